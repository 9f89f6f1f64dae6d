package org.epiguard.vaccination.internal;

/**
 * An out-of-province worker as the form, the API or a row of an uploaded list gives them, as typed:
 * an existing person of the registry ({@code personId}) or the details to find them by citizen ID or
 * create them; the home province (GSO code or name); the period of work (dd/MM/yyyy or yyyy-MM-dd).
 */
record WorkerInput(Long personId, String citizenId, String fullName, String birth, String sex, String phone,
                   String communeCode, String homeProvince, String startDate, String endDate,
                   Boolean confirmNotDuplicate) {

    boolean confirmed() {
        return Boolean.TRUE.equals(confirmNotDuplicate);
    }
}
