package org.epiguard.people.internal;

import org.epiguard.people.Comorbidity;
import org.epiguard.people.Occupation;
import org.epiguard.people.Sex;

import java.util.List;

/** A person's details after normalisation and checks of each field on its own and together. */
record PersonDraft(String citizenId, boolean noId, String passportNo, String nationality, String fullName,
                   BirthDates birth, Sex sex, String phone, String communeCode, Long villageId, String addressText,
                   Long householdId, boolean newHousehold, Occupation occupation, Long workplaceId,
                   List<Comorbidity> comorbidities, boolean pregnant) {

    PersonDraft withWorkplace(Long id) {
        return new PersonDraft(citizenId, noId, passportNo, nationality, fullName, birth, sex, phone, communeCode,
                villageId, addressText, householdId, newHousehold, occupation, id, comorbidities, pregnant);
    }

    PersonDraft withHousehold(Long id) {
        return new PersonDraft(citizenId, noId, passportNo, nationality, fullName, birth, sex, phone, communeCode,
                villageId, addressText, id, false, occupation, workplaceId, comorbidities, pregnant);
    }
}
