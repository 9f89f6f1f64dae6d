package org.epiguard.vaccination.internal;

import java.time.LocalDate;

/** A recorded dose, as the pages and the API show it. */
record DoseRecord(long id, long personId, int doseNumber, String productCode, String productName, int productMinIntervalDays, String lot,
                  LocalDate doseDate, Long siteOrgId, String siteName, String source, Long importId) {
}
