package org.epiguard.testing;

import org.epiguard.access.Scope;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The RT-PCR and rapid-test results of people's own samples in a time range, as the testing module recorded
 * them: a negative pool gives each member its negative (kind PCR_POOL); a positive pool is no one's result
 * (it orders retests). Only the results the given view scope sees.
 */
public interface PersonResults {

    /** One result: its kind, outcome ({@code POSITIVE}, {@code NEGATIVE} or {@code INVALID}) and time. */
    record Result(long testId, long personId, TestKind kind, String outcome, Instant resultAt) {

        public boolean negative() {
            return "NEGATIVE".equals(outcome);
        }

        public boolean positive() {
            return "POSITIVE".equals(outcome);
        }
    }

    /** The person's results with {@code from <= resultAt < to} inside the scope, oldest first. */
    List<Result> of(long personId, Instant from, Instant to, Scope scope);

    /** The results of several people at once (each person's oldest first; people without results are absent). */
    Map<Long, List<Result>> ofPeople(Collection<Long> personIds, Instant from, Instant to, Scope scope);
}
