package org.epiguard.tracing.internal;

import org.epiguard.access.AccessContext;
import org.epiguard.access.AuditTrail;
import org.epiguard.access.CurrentUser;
import org.epiguard.platform.web.ListPage;
import org.epiguard.platform.web.ListQuery;
import org.epiguard.platform.web.XlsxExport;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.function.Consumer;

/** The contact lists a user reads (inside their view scope), one contact, and the audited export. */
@Service
class ContactLists {

    private final AccessContext access;
    private final ContactRepository contacts;
    private final AuditTrail audit;

    ContactLists(AccessContext access, ContactRepository contacts, AuditTrail audit) {
        this.access = access;
        this.contacts = contacts;
        this.audit = audit;
    }

    CurrentUser reader() {
        CurrentUser user = access.currentUser();
        ContactAccess.requireRead(user);
        return user;
    }

    ListPage<ContactRow> page(ContactFilter filter, ListQuery query) {
        return contacts.page(reader().viewScope(), filter, query);
    }

    ContactRow one(long id) {
        return contacts.find(reader().viewScope(), id).orElseThrow(ContactAccess::notFound);
    }

    /** Writes every contact of the filter to the export and records the export in the audit trail. */
    @Transactional
    void export(ContactFilter filter, Consumer<ContactRow> sink) {
        CurrentUser user = reader();
        int[] rows = {0};
        contacts.each(user.viewScope(), filter, r -> {
            rows[0]++;
            sink.accept(r);
        });
        audit.record(AuditTrail.Action.EXPORT, "tracing_contact", null, null,
                "contact list export (" + rows[0] + " rows)", null, filter.asMap());
    }

    static List<String> exportHeaderKeys() {
        return List.of("tracing.contact.level", "tracing.contact.person", "tracing.contact.birthYear",
                "tracing.contact.phone", "tracing.contact.address", "tracing.contact.commune", "tracing.contact.case",
                "tracing.contact.source", "tracing.contact.exposure", "tracing.contact.place",
                "tracing.contact.lastExposure", "tracing.contact.status");
    }

    static void exportRow(XlsxExport x, ContactRow r, java.util.function.Function<String, String> label,
                          java.util.function.Function<String, String> communeName) {
        x.row(r.levelLabel(), r.fullName(), r.birthYear(), r.phone(), r.addressText(), communeName.apply(r.communeCode()),
                r.caseId(), r.sourceName(), label.apply(r.exposure().labelKey()), r.place(),
                ContactTimes.show(r.lastExposureAt()), label.apply(r.status().labelKey()));
    }
}
