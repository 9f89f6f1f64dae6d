package org.epiguard.vaccination.internal;

import java.time.LocalDate;

/** A recorded recovery from COVID-19: from a case (CASE) or entered from a recovery certificate (MANUAL). */
record RecoveryRecord(long id, long personId, LocalDate recoveredOn, String source, String note) {
}
