package org.epiguard.vaccination;

import java.time.LocalDate;

/**
 * Recoveries from COVID-19 that the vaccination status counts by the dated rule. The cases module
 * records a case's recovery here; a commune enters one from a recovery certificate on the person's
 * vaccination record.
 */
public interface RecoveryRecords {

    /** Records that the person recovered on the date (from a case); recording it again changes nothing. */
    void recordFromCase(long personId, LocalDate recoveredOn);
}
