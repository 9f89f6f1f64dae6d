package org.epiguard.vaccination.internal;

/**
 * The dose form of a person's vaccination page as the browser sends it: the dose number as text
 * (empty: the next one), the site an organisation unit id (empty: none), and the confirmation of a
 * short interval when the user has seen the warning.
 */
record DoseForm(String productCode, String lot, String doseDate, String doseNumber, Long siteOrgId,
                Boolean confirmShortInterval) {

    /** A number that is not one is out of range, so that DoseEntry names the field. */
    static final int NOT_A_NUMBER = -1;

    DoseInput toInput(long personId) {
        return new DoseInput(personId, productCode, lot, doseDate, number(), siteOrgId, confirmShortInterval);
    }

    private Integer number() {
        if (doseNumber == null || doseNumber.isBlank()) {
            return null;
        }
        String t = doseNumber.strip();
        return t.matches("\\d{1,3}") ? Integer.valueOf(t) : NOT_A_NUMBER;
    }
}
