package org.epiguard.people.internal;

import org.epiguard.access.AccessContext;
import org.epiguard.access.AuditTrail;
import org.epiguard.access.CurrentUser;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Creating and changing people: validation, the user's capture scope, duplicate detection, and one
 * audit record per change in the same transaction.
 */
@Service
class PersonRegistry {

    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    /** What became of a request to create a person. */
    sealed interface Outcome permits Created, PossibleDuplicates {
    }

    record Created(long id) implements Outcome {
    }

    record PossibleDuplicates(Duplicates duplicates) implements Outcome {
    }

    private final PersonRepository people;
    private final Households households;
    private final PlaceRules places;
    private final DuplicateFinder duplicates;
    private final AccessContext access;
    private final AuditTrail audit;
    private final Clock clock = Clock.system(VIETNAM);

    PersonRegistry(PersonRepository people, Households households, PlaceRules places, DuplicateFinder duplicates,
                   AccessContext access, AuditTrail audit) {
        this.people = people;
        this.households = households;
        this.places = places;
        this.duplicates = duplicates;
        this.access = access;
        this.audit = audit;
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    /**
     * Creates the person unless it may already exist: then nothing is written and the candidates are
     * returned. The user can confirm a namesake (same name, birth and phone) but never a second
     * person with the same citizen ID or passport.
     */
    @Transactional
    Outcome create(PersonInput input) {
        CurrentUser user = access.currentUser();
        PersonDraft draft = PersonRules.validate(input, today());
        PlaceRules.Placed placed = places.place(user, draft);
        Duplicates found = duplicates.find(placed.draft(), user.viewScope(), null);
        if (found.sameDocument() || (found.any() && !input.flag(input.confirmNotDuplicate()))) {
            return new PossibleDuplicates(found);
        }
        PersonDraft toSave = withNewHousehold(placed);
        long id = people.insert(toSave, placed.location());
        Person created = people.find(id, user.viewScope()).orElseThrow();
        audit.record(AuditTrail.Action.CREATE, "person", id, placed.location(), "person created", null,
                created.auditMap());
        return new Created(id);
    }

    /** Replaces a person's details; the person must lie in the user's capture scope before and after. */
    @Transactional
    Person update(long id, PersonInput input) {
        CurrentUser user = access.currentUser();
        Person before = people.lock(id, user.viewScope())
                .filter(p -> p.mergedInto() == null)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        access.requireCapture(before.location());
        PersonDraft draft = PersonRules.validate(input, today());
        PlaceRules.Placed placed = places.place(user, draft);
        Duplicates found = duplicates.find(placed.draft(), user.viewScope(), id);
        if (found.sameDocument()) {
            String field = placed.draft().citizenId() != null ? "citizenId" : "passportNo";
            throw new InvalidPerson(FieldProblem.of(field, "people.error.document.taken"));
        }
        people.update(id, withNewHousehold(placed), placed.location());
        Person after = people.find(id, user.viewScope()).orElseGet(() -> people.find(id, user.captureScope()).orElseThrow());
        audit.record(AuditTrail.Action.UPDATE, "person", id, placed.location(), "person updated",
                before.auditMap(), after.auditMap());
        return after;
    }

    private PersonDraft withNewHousehold(PlaceRules.Placed placed) {
        PersonDraft d = placed.draft();
        if (!d.newHousehold() || d.householdId() != null) {
            return d;
        }
        long household = households.create(placed.location(), d.villageId(), d.addressText());
        return d.withHousehold(household);
    }
}
