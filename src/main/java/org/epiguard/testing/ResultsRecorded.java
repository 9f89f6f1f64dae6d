package org.epiguard.testing;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;

/**
 * Test results were recorded — one by single entry (with the negatives a pool gives its members), or
 * many by an upload — for whoever keeps figures over results (the situation dashboard). It names the
 * provinces of the people or pools tested and the span of calendar days, in Asia/Ho_Chi_Minh, of the
 * result times; {@code results} is how many tests were written. Single entry publishes it in the
 * recording transaction (listen with {@code @TransactionalEventListener(fallbackExecution = true)} to act
 * after the commit); an upload publishes it after its commit. Aggregate facts, no person.
 */
public record ResultsRecorded(Set<String> provinceCodes, LocalDate firstDay, LocalDate lastDay, long results) {

    public static final ZoneId DAY_ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    public ResultsRecorded {
        provinceCodes = Set.copyOf(provinceCodes);
    }
}
