package org.epiguard.people.internal;

import org.epiguard.people.Comorbidity;
import org.epiguard.people.Occupation;
import org.epiguard.people.Sex;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The rules a person's details follow on their own, without the database: formats, and the
 * identity rules — a foreigner needs a passport; a Vietnamese needs a citizen ID unless under 14 or
 * explicitly without one; pregnancy only for women. All problems are reported at once.
 */
final class PersonRules {

    static final int ID_CARD_AGE = 14;
    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    private PersonRules() {
    }

    static PersonDraft validate(PersonInput in, LocalDate today) {
        List<FieldProblem> problems = new ArrayList<>();
        String fullName = PersonNames.normalise(in.fullName());
        add(problems, PersonNames.check(fullName));
        BirthDates birth = null;
        try {
            birth = BirthDates.parse(in.birth(), today);
        } catch (InvalidPerson e) {
            problems.addAll(e.problems());
        }
        Sex sex = parseSex(in.sex(), problems);
        String nationality = blank(in.nationality()) ? "VN" : in.nationality().strip().toUpperCase(Locale.ROOT);
        if (!COUNTRIES.contains(nationality)) {
            problems.add(FieldProblem.of("nationality", "people.error.nationality"));
        }
        String citizenId = CitizenIds.clean(in.citizenId());
        if (citizenId != null) {
            add(problems, CitizenIds.check(citizenId, birth == null ? null : birth.year(), sex));
        }
        String passport = blank(in.passportNo()) ? null : in.passportNo().replaceAll("\\s", "").toUpperCase(Locale.ROOT);
        if (passport != null && !passport.matches("(?=.*\\d)[A-Z0-9]{5,20}")) {
            problems.add(FieldProblem.of("passportNo", "people.error.passportNo.format"));
        }
        boolean noId = in.flag(in.noId()) && citizenId == null;
        if (!"VN".equals(nationality)) {
            if (passport == null) {
                problems.add(FieldProblem.of("passportNo", "people.error.passportNo.required"));
            }
            if (citizenId != null) {
                problems.add(FieldProblem.of("citizenId", "people.error.citizenId.foreigner"));
            }
        } else if (citizenId == null && !noId && birth != null && birth.ageOn(today) >= ID_CARD_AGE) {
            problems.add(FieldProblem.of("citizenId", "people.error.citizenId.required", ID_CARD_AGE));
        }
        String phone = PhoneNumbers.normalise(in.phone());
        if (phone != null) {
            add(problems, PhoneNumbers.check(phone));
        }
        String commune = blank(in.communeCode()) ? null : in.communeCode().strip();
        if (commune == null) {
            problems.add(FieldProblem.of("communeCode", "people.error.communeCode.required"));
        }
        Occupation occupation = parseOccupation(in.occupation(), problems);
        List<Comorbidity> comorbidities = parseComorbidities(in.comorbidities(), problems);
        boolean pregnant = in.flag(in.pregnant());
        if (pregnant && sex != Sex.F) {
            problems.add(FieldProblem.of("pregnant", "people.error.pregnant.sex"));
        }
        String address = blank(in.addressText()) ? null : in.addressText().strip().replaceAll("\\s+", " ");
        if (address != null && address.length() > 300) {
            problems.add(FieldProblem.of("addressText", "people.error.addressText.length", 300));
        }
        if (!problems.isEmpty()) {
            throw new InvalidPerson(problems);
        }
        return new PersonDraft(citizenId, noId, passport, nationality, fullName, birth, sex, phone, commune,
                in.villageId(), address, in.householdId(), in.flag(in.newHousehold()), occupation, in.workplaceId(),
                comorbidities, pregnant);
    }

    private static Sex parseSex(String raw, List<FieldProblem> problems) {
        if (blank(raw)) {
            return null;
        }
        try {
            return Sex.valueOf(raw.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            problems.add(FieldProblem.of("sex", "people.error.sex"));
            return null;
        }
    }

    private static Occupation parseOccupation(String raw, List<FieldProblem> problems) {
        if (blank(raw)) {
            return Occupation.OTHER;
        }
        try {
            return Occupation.valueOf(raw.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            problems.add(FieldProblem.of("occupation", "people.error.occupation"));
            return Occupation.OTHER;
        }
    }

    private static List<Comorbidity> parseComorbidities(List<String> raw, List<FieldProblem> problems) {
        EnumSet<Comorbidity> set = EnumSet.noneOf(Comorbidity.class);
        for (String s : raw == null ? List.<String>of() : raw) {
            if (blank(s)) {
                continue;
            }
            try {
                set.add(Comorbidity.valueOf(s.strip().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                problems.add(FieldProblem.of("comorbidities", "people.error.comorbidities", s.strip()));
            }
        }
        return List.copyOf(set);
    }

    private static void add(List<FieldProblem> problems, FieldProblem p) {
        if (p != null) {
            problems.add(p);
        }
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
