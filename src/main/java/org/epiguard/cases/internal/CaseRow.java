package org.epiguard.cases.internal;

import org.epiguard.access.Location;
import org.epiguard.cases.CaseStatus;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A case (cases_case) with the person's name and birth for lists and pages. */
record CaseRow(long id, long personId, String fullName, int birthYear, LocalDate birthDate, String phone,
               String addressText, CaseStatus status, Origin origin, Long openingTestId, Long confirmingTestId,
               Instant suspectedAt, Instant confirmedAt, Instant isolatedAt, Instant recoveredAt, Instant diedAt,
               Instant discardedAt, boolean imported, boolean foundInQuarantine, Boolean sourceKnown,
               LocalDate onsetDate, Location location, Long reportingUnitId, Instant createdAt, Instant updatedAt,
               List<String> symptoms, Integer spo2, String vaccinationStatus, RiskGroup riskGroup, Instant riskAssessedAt) {

    /** How a case was opened. */
    enum Origin { PCR, RAPID_TEST, MANUAL }

    /** The time of the case's current step. */
    Instant statusAt() {
        return switch (status) {
            case SUSPECTED -> suspectedAt;
            case CONFIRMED -> confirmedAt;
            case ISOLATED -> isolatedAt;
            case RECOVERED -> recoveredAt;
            case DIED -> diedAt;
            case DISCARDED -> discardedAt;
        };
    }
}
