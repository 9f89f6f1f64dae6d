package org.epiguard.tracing.internal;

/**
 * A contact to list: the person, and either the case they were exposed to (F1) or the F1 they were
 * exposed to (F2), with the exposure type, the place and the last exposure time (dd/MM/yyyy HH:mm or ISO).
 */
record ContactInput(Long caseId, Long f1PersonId, Long personId, String exposure, String place, String lastExposureAt) {
}
