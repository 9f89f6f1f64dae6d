package org.epiguard.vaccination.internal;

import java.time.LocalDate;

/** A person due for their next dose on a date: doses so far, the product of the last one and since when the next is due. */
record DueEntry(long personId, String fullName, int birthYear, String phone, String villageName, int doses,
                LocalDate lastDoseDate, String productName, LocalDate dueFrom) {

    public int nextDose() {
        return doses + 1;
    }

    public String lastDoseText() {
        return lastDoseDate.format(OutreachDates.SHOWN);
    }

    public String dueFromText() {
        return dueFrom.format(OutreachDates.SHOWN);
    }
}
