package org.epiguard.demo.internal;

import java.time.LocalDate;

/** A dose of the demo history, as written to vacc_dose. */
record DemoDose(long personId, int number, String product, LocalDate date, String lot) {
}
