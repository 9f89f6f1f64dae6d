package org.epiguard.testing.internal;

import org.epiguard.testing.TestKind;

import java.util.EnumMap;
import java.util.Map;

/**
 * Tests counted by kind and outcome over a day or a unit. A pool's RT-PCR counts once (the results
 * it gives its members are not tests of their own). The positivity rate is positive over positive
 * plus negative (an invalid test says nothing), in percent, null without a valid test.
 */
record TestCounts(Map<TestKind, Counts> byKind, Counts all) {

    record Counts(long tests, long positive, long negative, long invalid, Double positivity) {

        static final Counts ZERO = of(0, 0, 0, 0);

        static Counts of(long tests, long positive, long negative, long invalid) {
            long valid = positive + negative;
            return new Counts(tests, positive, negative, invalid,
                    valid == 0 ? null : Math.round(positive * 10000.0 / valid) / 100.0);
        }

        Counts plus(Outcome outcome, long n) {
            return of(tests + n, positive + (outcome == Outcome.POSITIVE ? n : 0),
                    negative + (outcome == Outcome.NEGATIVE ? n : 0), invalid + (outcome == Outcome.INVALID ? n : 0));
        }
    }

    static TestCounts empty() {
        Map<TestKind, Counts> byKind = new EnumMap<>(TestKind.class);
        for (TestKind kind : TestKind.values()) {
            byKind.put(kind, Counts.ZERO);
        }
        return new TestCounts(byKind, Counts.ZERO);
    }

    TestCounts plus(TestKind kind, Outcome outcome, long n) {
        Map<TestKind, Counts> next = new EnumMap<>(byKind);
        next.put(kind, byKind.get(kind).plus(outcome, n));
        return new TestCounts(next, all.plus(outcome, n));
    }

    public Counts of(TestKind kind) {
        return byKind.get(kind);
    }
}
