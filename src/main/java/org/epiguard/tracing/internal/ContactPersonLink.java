package org.epiguard.tracing.internal;

import org.epiguard.access.CurrentUser;
import org.epiguard.people.PersonPageLink;
import org.epiguard.platform.web.ListQuery;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import java.util.Optional;

/** "Tiếp xúc" on a person's page when they are listed as a contact: how many cases, linking to the list. */
@Component
@Order(50)
class ContactPersonLink implements PersonPageLink {

    private final ContactRepository contacts;
    private final MessageSource messages;

    ContactPersonLink(ContactRepository contacts, MessageSource messages) {
        this.contacts = contacts;
        this.messages = messages;
    }

    @Override
    public Optional<Rendered> render(CurrentUser user, long personId) {
        if (!ContactAccess.READ.contains(user.role())) {
            return Optional.empty();
        }
        long listed = contacts.page(user.viewScope(), ContactFilter.of(null, personId, null, null, null),
                new ListQuery(0, 1, "exposure", true)).total();
        if (listed == 0) {
            return Optional.empty();
        }
        String detail = messages.getMessage("tracing.contacts.personLinkDetail", new Object[]{listed},
                LocaleContextHolder.getLocale());
        return Optional.of(new Rendered("tracing.contacts.personLink", "/tracing/contacts?personId=" + personId, detail));
    }
}
