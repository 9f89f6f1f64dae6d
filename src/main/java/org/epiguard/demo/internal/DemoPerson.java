package org.epiguard.demo.internal;

import java.time.LocalDate;
import java.util.List;

/**
 * A person of the demo, as written to people_person. birthDate is null when only the year is known;
 * citizenId is a 12-digit CCCD, a 9-digit CMND, or null (children under 14); workplaceKey is the key
 * of a {@link DemoPlace} or -1.
 */
record DemoPerson(long householdKey, String communeCode, String districtCode, int villageKey, String fullName,
                  char sex, int birthYear, LocalDate birthDate, String citizenId, String phone, String occupation,
                  int workplaceKey, List<String> comorbidities, boolean pregnant, String addressText) {

    DemoPerson {
        comorbidities = List.copyOf(comorbidities);
    }
}
