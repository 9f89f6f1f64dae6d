package org.epiguard.geo.internal;

import org.epiguard.geo.OrgUnitType;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The checked values of an organisation unit form: type known, name given, capacity a whole
 * number >= 0 and only for types that have one, phone a Vietnamese number. The commune and the
 * village are checked against the database by {@link OrgUnitService}.
 */
record OrgUnitValues(OrgUnitType type, String name, String address, Integer capacity, String phone,
                     String commune, Long villageId) {

    static final int MAX_NAME = 200;

    static OrgUnitValues check(OrgUnitForm form) {
        List<InvalidInput.Problem> problems = new ArrayList<>();
        OrgUnitType type = null;
        try {
            type = OrgUnitType.valueOf(blankToNull(form.type()) == null ? "" : form.type().strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            problems.add(new InvalidInput.Problem("type", "geo.orgUnit.error.type"));
        }
        String name = form.name() == null ? "" : form.name().strip().replaceAll("\\s+", " ");
        if (name.isEmpty()) {
            problems.add(new InvalidInput.Problem("name", "geo.orgUnit.error.nameRequired"));
        } else if (name.length() > MAX_NAME) {
            problems.add(new InvalidInput.Problem("name", "geo.orgUnit.error.nameTooLong", MAX_NAME));
        }
        Integer capacity = capacity(form.capacity(), type, problems);
        String phone = blankToNull(form.phone());
        if (phone != null) {
            var normalised = PhoneNumber.normalise(phone);
            if (normalised.isEmpty()) {
                problems.add(new InvalidInput.Problem("phone", "geo.orgUnit.error.phone"));
            }
            phone = normalised.orElse(null);
        }
        Long village = null;
        String villageText = blankToNull(form.village());
        if (villageText != null) {
            if (villageText.matches("\\d{1,18}")) {
                village = Long.parseLong(villageText);
            } else {
                problems.add(new InvalidInput.Problem("village", "geo.orgUnit.error.village"));
            }
        }
        String commune = blankToNull(form.commune());
        if (commune == null) {
            problems.add(new InvalidInput.Problem("commune", "geo.orgUnit.error.communeRequired"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        return new OrgUnitValues(type, name, blankToNull(form.address()), capacity, phone, commune.strip(), village);
    }

    private static Integer capacity(String text, OrgUnitType type, List<InvalidInput.Problem> problems) {
        String t = blankToNull(text);
        if (t == null) {
            return null;
        }
        if (type != null && !type.hasCapacity()) {
            problems.add(new InvalidInput.Problem("capacity", "geo.orgUnit.error.capacityNotApplicable"));
            return null;
        }
        WholeNumber n = WholeNumber.parse(t);
        if (!n.ok()) {
            problems.add(new InvalidInput.Problem("capacity", n.problemKey()));
            return null;
        }
        return n.value().intValue();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
