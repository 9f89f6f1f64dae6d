package org.epiguard.people.internal;

import org.epiguard.access.Location;
import org.epiguard.people.Occupation;
import org.epiguard.people.Sex;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A row of the registry. */
public record Person(long id, String citizenId, boolean noId, String passportNo, String nationality, String fullName,
              int birthYear, LocalDate birthDate, Sex sex, String phone, String provinceCode, String districtCode,
              String communeCode, Long villageId, String addressText, Long householdId, Occupation occupation,
              Long workplaceId, List<String> comorbidities, boolean pregnant, Long mergedInto) {

    /** Where the person belongs, for scope checks: the commune of residence and the workplace or school. */
    Location location() {
        return new Location(provinceCode, districtCode, communeCode, workplaceId);
    }

    BirthDates birth() {
        return birthDate == null ? BirthDates.ofYear(birthYear) : BirthDates.of(birthDate);
    }

    /** dd/MM/yyyy, or the year alone. */
    public String birthText() {
        return birth().text();
    }

    /** The fields as the audit trail records them. */
    Map<String, Object> auditMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", id);
        m.put("citizenId", citizenId);
        m.put("noId", noId);
        m.put("passportNo", passportNo);
        m.put("nationality", nationality);
        m.put("fullName", fullName);
        m.put("birth", birth().text());
        m.put("sex", sex == null ? null : sex.name());
        m.put("phone", phone);
        m.put("communeCode", communeCode);
        m.put("villageId", villageId);
        m.put("addressText", addressText);
        m.put("householdId", householdId);
        m.put("occupation", occupation.name());
        m.put("workplaceId", workplaceId);
        m.put("comorbidities", comorbidities);
        m.put("pregnant", pregnant);
        m.put("mergedInto", mergedInto);
        return m;
    }
}
