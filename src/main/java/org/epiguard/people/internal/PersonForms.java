package org.epiguard.people.internal;

import java.util.List;

/** The form's starting values: empty for a new person, the stored details for an edit. */
final class PersonForms {

    private PersonForms() {
    }

    static PersonInput empty() {
        return new PersonInput(null, null, null, "VN", null, null, null, null, null, null, null, null, null, "OTHER",
                null, List.of(), null, null);
    }

    static PersonInput of(Person p) {
        return new PersonInput(p.citizenId(), p.noId(), p.passportNo(), p.nationality(), p.fullName(), p.birthText(),
                p.sex() == null ? null : p.sex().name(), p.phone(), p.communeCode(), p.villageId(), p.addressText(),
                p.householdId(), null, p.occupation().name(), p.workplaceId(), p.comorbidities(), p.pregnant(), null);
    }
}
