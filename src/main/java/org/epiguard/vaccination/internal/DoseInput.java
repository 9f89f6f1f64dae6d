package org.epiguard.vaccination.internal;

/**
 * A dose as a user enters it: the date as dd/MM/yyyy, the dose number empty for "the next one",
 * the site an organisation unit (optional). {@code confirmShortInterval} accepts a shorter interval
 * than the product's minimum (a warning, not an error: the Ministry shortened intervals in outbreaks).
 */
record DoseInput(Long personId, String productCode, String lot, String doseDate, Integer doseNumber, Long siteOrgId,
                 Boolean confirmShortInterval) {
}
