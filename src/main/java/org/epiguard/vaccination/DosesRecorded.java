package org.epiguard.vaccination;

import java.time.LocalDate;
import java.util.Set;

/**
 * Doses were recorded — one by single entry, or many by an import — for whoever keeps figures over
 * doses (the epidemic levels' coverage, the situation dashboard). It names the provinces, districts and
 * communes of the vaccinated people's homes and the span of dose dates; {@code doses} is how many were written.
 * Single entry publishes it in the recording transaction (listen with
 * {@code @TransactionalEventListener(fallbackExecution = true)} to act after the commit); an import
 * publishes it after its commit. Aggregate facts, no person.
 */
public record DosesRecorded(Set<String> provinceCodes, Set<String> districtCodes, Set<String> communeCodes,
                            LocalDate firstDay, LocalDate lastDay, long doses) {

    public DosesRecorded {
        provinceCodes = Set.copyOf(provinceCodes);
        districtCodes = Set.copyOf(districtCodes);
        communeCodes = Set.copyOf(communeCodes);
    }
}
