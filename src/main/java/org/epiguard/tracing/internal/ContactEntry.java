package org.epiguard.tracing.internal;

import org.epiguard.access.AccessContext;
import org.epiguard.access.AuditTrail;
import org.epiguard.access.CurrentUser;
import org.epiguard.cases.CaseContactsView;
import org.epiguard.cases.CaseContactsView.TracedCase;
import org.epiguard.geo.OrgUnit;
import org.epiguard.geo.OrgUnits;
import org.epiguard.people.PeopleDirectory;
import org.epiguard.people.PersonHit;
import org.epiguard.tracing.ContactCandidatesConfirmed;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Listing contacts. An F1 is listed under a case the user may enter data for; an F2 under an F1 the
 * user may enter data for. The person must be one the user can see; the same person is refused a
 * second time under the same case (or F1). Each listing is audited in its transaction.
 */
@Service
class ContactEntry {

    record HouseholdResult(long caseId, int added, int alreadyListed) {
    }

    private final AccessContext access;
    private final CaseContactsView cases;
    private final PeopleDirectory people;
    private final ContactRepository contacts;
    private final AuditTrail audit;
    private final ClusterTrigger clusters;
    private final OrgUnits units;

    ContactEntry(AccessContext access, CaseContactsView cases, PeopleDirectory people, ContactRepository contacts,
                 AuditTrail audit, ClusterTrigger clusters, OrgUnits units) {
        this.units = units;
        this.access = access;
        this.cases = cases;
        this.people = people;
        this.contacts = contacts;
        this.audit = audit;
        this.clusters = clusters;
    }

    /** The case for listing its contacts: 404 outside the view scope, 403 outside the capture scope. */
    TracedCase caseForEntry(CurrentUser user, long caseId) {
        ContactAccess.requireEntry(user);
        TracedCase c = cases.find(user.viewScope(), caseId).orElseThrow(ContactAccess::notFound);
        if (!user.canCapture(c.location())) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, "outside your capture scope");
        }
        return c;
    }

    @Transactional
    long list(ContactInput in) {
        CurrentUser user = access.currentUser();
        ContactAccess.requireEntry(user);
        List<ContactProblem> problems = new ArrayList<>();
        if ((in.caseId() == null) == (in.f1PersonId() == null)) {
            problems.add(ContactProblem.of("caseId", "CASE_OR_F1"));
        }
        ContactExposure exposure = exposure(in.exposure(), problems);
        Instant at = ContactTimes.past("lastExposureAt", in.lastExposureAt(), problems);
        String place = in.place() == null || in.place().isBlank() ? null : in.place().strip();
        if (place != null && place.length() > 300) {
            problems.add(ContactProblem.of("place", "TOO_LONG", 300));
        }
        ContactRepository.ContactPerson person = null;
        if (in.personId() == null) {
            problems.add(ContactProblem.of("personId", "REQUIRED"));
        } else {
            PersonHit hit = people.find(user, in.personId()).orElse(null);
            person = hit == null ? null : contacts.person(hit.id()).orElse(null);
            if (person == null) {
                problems.add(ContactProblem.of("personId", "PERSON_NOT_FOUND", in.personId()));
            }
        }
        InvalidContactInput.throwIfAny(problems);

        int level;
        Long caseId;
        long source;
        if (in.caseId() != null) {
            TracedCase c = caseForEntry(user, in.caseId());
            level = 1;
            caseId = c.id();
            source = c.personId();
        } else {
            ContactRow f1 = contacts.latestAsF1(user.viewScope(), in.f1PersonId())
                    .orElseThrow(() -> InvalidContactInput.of("f1PersonId", "NOT_F1", in.f1PersonId()));
            if (!user.canCapture(f1.location())) {
                throw new ResponseStatusException(HttpStatus.FORBIDDEN, "outside your capture scope");
            }
            cases.latestOfPerson(f1.personId()).filter(TracedCase::confirmed).ifPresent(c -> {
                throw InvalidContactInput.of("f1PersonId", "F1_IS_CASE", c.id());
            });
            level = 2;
            caseId = null;
            source = f1.personId();
        }
        if (person.id() == source) {
            throw InvalidContactInput.of("personId", "SELF");
        }
        if (contacts.listed(person.id(), caseId, source)) {
            throw alreadyListed(caseId, person.id());
        }
        long id;
        try {
            id = contacts.insert(new ContactRepository.NewContact(person.id(), level, caseId, source, exposure, place, at,
                    person, user.id()));
        } catch (DuplicateKeyException e) {
            throw alreadyListed(caseId, person.id());
        }
        audited(id, person, level, caseId, source, exposure, place, at);
        clusters.contactsChanged();
        return id;
    }

    private static InvalidContactInput alreadyListed(Long caseId, long personId) {
        return caseId != null ? InvalidContactInput.conflict("personId", "ALREADY_LISTED", personId, caseId)
                : InvalidContactInput.conflict("personId", "ALREADY_LISTED_F2", personId);
    }

    /** Every other member of the case person's household becomes an F1 of the case (HOUSEHOLD). */
    @Transactional
    HouseholdResult listHousehold(long caseId, String lastExposureAt) {
        CurrentUser user = access.currentUser();
        TracedCase c = caseForEntry(user, caseId);
        List<ContactProblem> problems = new ArrayList<>();
        Instant at = lastExposureAt == null || lastExposureAt.isBlank()
                ? (c.confirmedAt() != null ? c.confirmedAt() : Instant.now())
                : ContactTimes.past("lastExposureAt", lastExposureAt, problems);
        InvalidContactInput.throwIfAny(problems);
        String place = contacts.householdAddress(c.personId()).orElse(null);
        int added = 0;
        int already = 0;
        for (ContactRepository.ContactPerson m : contacts.householdOf(c.personId())) {
            if (contacts.listed(m.id(), c.id(), c.personId())) {
                already++;
                continue;
            }
            long id = contacts.insert(new ContactRepository.NewContact(m.id(), 1, c.id(), c.personId(),
                    ContactExposure.HOUSEHOLD, place, at, m, user.id()));
            audited(id, m, 1, c.id(), c.personId(), ContactExposure.HOUSEHOLD, place, at);
            added++;
        }
        if (added > 0) {
            clusters.contactsChanged();
        }
        return new HouseholdResult(c.id(), added, already);
    }

    /**
     * F1 candidates the commune confirmed from venue check-ins become F1 of the case, exposed at the
     * venue of their closest shared visit at their last shared time, in the transaction that records
     * the confirmation (one already listed under the case stays as listed).
     */
    @EventListener
    void on(ContactCandidatesConfirmed confirmed) {
        int added = 0;
        for (ContactCandidatesConfirmed.VenueContact v : confirmed.contacts()) {
            ContactRepository.ContactPerson person = contacts.person(v.personId()).orElse(null);
            if (person == null || v.personId() == confirmed.casePersonId()
                    || contacts.listed(v.personId(), confirmed.caseId(), confirmed.casePersonId())) {
                continue;
            }
            String place = units.find(v.venueId()).map(OrgUnit::name).orElse(null);
            long id = contacts.insert(new ContactRepository.NewContact(v.personId(), 1, confirmed.caseId(),
                    confirmed.casePersonId(), ContactExposure.VENUE, place, v.lastExposureAt(), person,
                    confirmed.confirmedByUserId()));
            audited(id, person, 1, confirmed.caseId(), confirmed.casePersonId(), ContactExposure.VENUE, place,
                    v.lastExposureAt());
            added++;
        }
        if (added > 0) {
            clusters.contactsChanged();
        }
    }

    /** Records the tracing work done on a contact (reached, quarantined, released). */
    @Transactional
    ContactRow changeStatus(long id, String status) {
        CurrentUser user = access.currentUser();
        ContactAccess.requireEntry(user);
        ContactRow row = contacts.find(user.viewScope(), id).orElseThrow(ContactAccess::notFound);
        if (!user.canCapture(row.location())) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, "outside your capture scope");
        }
        List<ContactProblem> problems = new ArrayList<>();
        ContactStatus next = choice(ContactStatus.class, "status", status, problems);
        InvalidContactInput.throwIfAny(problems);
        contacts.updateStatus(id, next);
        audit.record(AuditTrail.Action.UPDATE, "tracing_contact", id, row.location(), "contact status",
                Map.of("status", row.status().name()), Map.of("status", next.name()));
        return contacts.find(user.viewScope(), id).orElseThrow();
    }

    private void audited(long id, ContactRepository.ContactPerson person, int level, Long caseId, long source,
                         ContactExposure exposure, String place, Instant at) {
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("personId", person.id());
        after.put("level", level);
        after.put("caseId", caseId);
        after.put("sourcePersonId", source);
        after.put("exposure", exposure.name());
        after.put("place", place);
        after.put("lastExposureAt", at.toString());
        audit.record(AuditTrail.Action.CREATE, "tracing_contact", id, person.location(), "F" + level + " listed",
                null, after);
    }

    private static ContactExposure exposure(String text, List<ContactProblem> problems) {
        return choice(ContactExposure.class, "exposure", text, problems);
    }

    static <E extends Enum<E>> E choice(Class<E> type, String field, String text, List<ContactProblem> problems) {
        if (text == null || text.isBlank()) {
            problems.add(ContactProblem.of(field, "REQUIRED"));
            return null;
        }
        try {
            return Enum.valueOf(type, text.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            problems.add(ContactProblem.of(field, "UNKNOWN_VALUE", text.strip()));
            return null;
        }
    }
}
