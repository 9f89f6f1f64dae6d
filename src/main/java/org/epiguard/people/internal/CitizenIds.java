package org.epiguard.people.internal;

import org.epiguard.people.Sex;

import java.util.Set;

/**
 * Vietnamese citizen identity numbers. A CCCD (căn cước công dân) has 12 digits: the birth
 * province (0 + the GSO province code), one digit for century and sex (0/1 = male/female born
 * 1900–1999, 2/3 = 2000–2099, and so on every century), the last two digits of the birth year, and six
 * serial digits. The older CMND has 9 digits.
 */
final class CitizenIds {

    /** The 63 GSO province codes, as the first three digits of a CCCD. */
    static final Set<String> PROVINCES = Set.of("001", "002", "004", "006", "008", "010", "011", "012", "014", "015",
            "017", "019", "020", "022", "024", "025", "026", "027", "030", "031", "033", "034", "035", "036", "037",
            "038", "040", "042", "044", "045", "046", "048", "049", "051", "052", "054", "056", "058", "060", "062",
            "064", "066", "067", "068", "070", "072", "074", "075", "077", "079", "080", "082", "083", "084", "086",
            "087", "089", "091", "092", "093", "094", "095", "096");

    private CitizenIds() {
    }

    /** Spaces, dots and dashes removed; null for a blank entry. */
    static String clean(String raw) {
        if (raw == null) {
            return null;
        }
        String s = raw.replaceAll("[\\s.\\-]", "");
        return s.isEmpty() ? null : s;
    }

    /**
     * The problem with a citizen ID, or null when it is valid. Birth year and sex, when known, must
     * agree with what a CCCD encodes.
     */
    static FieldProblem check(String id, Integer birthYear, Sex sex) {
        if (!id.matches("\\d+") || (id.length() != 12 && id.length() != 9)) {
            return FieldProblem.of("citizenId", "people.error.citizenId.format");
        }
        if (id.length() == 9) {
            return null;
        }
        if (!PROVINCES.contains(id.substring(0, 3))) {
            return FieldProblem.of("citizenId", "people.error.citizenId.province", id.substring(0, 3));
        }
        int code = id.charAt(3) - '0';
        if (birthYear != null) {
            int century = 1900 + (code / 2) * 100;
            int yy = Integer.parseInt(id.substring(4, 6));
            if (birthYear / 100 * 100 != century || birthYear % 100 != yy) {
                return FieldProblem.of("citizenId", "people.error.citizenId.birthYear", birthYear);
            }
        }
        if (sex != null && sexOf(id) != sex) {
            return FieldProblem.of("citizenId", "people.error.citizenId.sex");
        }
        return null;
    }

    /** The sex a CCCD encodes in its fourth digit. */
    static Sex sexOf(String cccd) {
        return (cccd.charAt(3) - '0') % 2 == 0 ? Sex.M : Sex.F;
    }
}
