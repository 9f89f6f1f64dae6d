package org.epiguard.situation.internal;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The planner's arithmetic, pure: what N F0 under care at the same time need, how N is spread over the
 * districts, and when the current trend would reach N. Resources are rounded up (a bed is a bed); the
 * products are computed in decimals so that 1,000 × 7% is 70, not 70.00000000000001 → 71.
 */
final class PlanArithmetic {

    private PlanArithmetic() {
    }

    /** Beyond this many days a scenario counts as not reached at the current trend. */
    static final int HORIZON_DAYS = 365;

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** What the plan counts, in the order of the tables. */
    enum Resource { ISOLATION_PLACES, TIER1_BEDS, TIER2_BEDS, TIER3_BEDS, ICU_BEDS, OXYGEN_BEDS, DOCTORS, RAPID_TESTS }

    /**
     * The ratios a plan is built on (shares in percent of the F0; doctors per 100 F0 of each group; tests
     * per person): where each F0 is cared for (home, facility, tier 1/2/3, summing to 100), the share of
     * tier 3 needing ICU, F1 per F0 and the share of F1 quarantined in a facility, rapid tests per F0 and F1.
     */
    record Ratios(BigDecimal shareHome, BigDecimal shareFacility, BigDecimal shareTier1, BigDecimal shareTier2,
                  BigDecimal shareTier3, BigDecimal icuOfTier3, BigDecimal f1PerF0, BigDecimal f1InFacility,
                  BigDecimal doctorsHome, BigDecimal doctorsTier1, BigDecimal doctorsTier2, BigDecimal doctorsTier3,
                  BigDecimal testsPerF0, BigDecimal testsPerF1) {
    }

    /** The need of {@code f0} F0 under care at once, per resource. */
    static Map<Resource, Long> needs(long f0, Ratios r) {
        BigDecimal n = BigDecimal.valueOf(f0);
        Map<Resource, Long> out = new LinkedHashMap<>();
        out.put(Resource.ISOLATION_PLACES, ceil(n.multiply(r.shareFacility().add(r.f1PerF0().multiply(r.f1InFacility())))
                .divide(HUNDRED)));
        out.put(Resource.TIER1_BEDS, ceil(n.multiply(r.shareTier1()).divide(HUNDRED)));
        out.put(Resource.TIER2_BEDS, ceil(n.multiply(r.shareTier2()).divide(HUNDRED)));
        out.put(Resource.TIER3_BEDS, ceil(n.multiply(r.shareTier3()).divide(HUNDRED)));
        out.put(Resource.ICU_BEDS, ceil(n.multiply(r.shareTier3()).multiply(r.icuOfTier3()).divide(HUNDRED.pow(2))));
        out.put(Resource.OXYGEN_BEDS, ceil(n.multiply(r.shareTier2().add(r.shareTier3())).divide(HUNDRED)));
        BigDecimal doctors = r.shareHome().add(r.shareFacility()).multiply(r.doctorsHome())
                .add(r.shareTier1().multiply(r.doctorsTier1()))
                .add(r.shareTier2().multiply(r.doctorsTier2()))
                .add(r.shareTier3().multiply(r.doctorsTier3()));
        out.put(Resource.DOCTORS, ceil(n.multiply(doctors).divide(HUNDRED.pow(2))));
        out.put(Resource.RAPID_TESTS, ceil(n.multiply(r.testsPerF0().add(r.f1PerF0().multiply(r.testsPerF1())))));
        return out;
    }

    /** Rounded up to a whole unit. */
    static long ceil(BigDecimal x) {
        return x.setScale(0, RoundingMode.CEILING).longValueExact();
    }

    /**
     * N spread over the districts in proportion to their weights, in whole F0 that add up to N: each gets
     * the whole part of its share, the rest go one by one to the largest remainders (ties: the earlier
     * key). Weights must be ≥ 0 with a positive sum.
     */
    static Map<String, Long> apportion(long total, Map<String, BigDecimal> weights) {
        BigDecimal sum = weights.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        if (sum.signum() <= 0) {
            throw new IllegalArgumentException("weights must have a positive sum");
        }
        Map<String, Long> out = new LinkedHashMap<>();
        List<Map.Entry<String, BigDecimal>> remainders = new ArrayList<>();
        long given = 0;
        for (var w : weights.entrySet()) {
            BigDecimal exact = BigDecimal.valueOf(total).multiply(w.getValue()).divide(sum, MathContext.DECIMAL128);
            long whole = exact.setScale(0, RoundingMode.FLOOR).longValueExact();
            out.put(w.getKey(), whole);
            given += whole;
            remainders.add(Map.entry(w.getKey(), exact.subtract(BigDecimal.valueOf(whole))));
        }
        remainders.sort(Comparator.comparing((Map.Entry<String, BigDecimal> e) -> e.getValue()).reversed()
                .thenComparing(Map.Entry::getKey));
        for (int i = 0; given < total; i++, given++) {
            out.merge(remainders.get(i).getKey(), 1L, Long::sum);
        }
        return out;
    }

    /** Whether and when a scenario is reached at the current trend. */
    enum Reach { ALREADY, ON_DATE, NOT_REACHED, UNKNOWN }

    record ScenarioDate(long f0, Reach reach, LocalDate date, Long days) {
    }

    /**
     * The trend: the daily growth rate r = ln(C₂ / C₁) / h from the cases of the last h days (C₂) and of
     * the h days before (C₁) — null when either is 0 —, the doubling time ln 2 / r when r &gt; 0, and the F0
     * under care now: the cases of the last {@code stayDays} days.
     */
    record Trend(int windowDays, long firstHalf, long secondHalf, Double growthPerDay, Double doublingDays,
                 int stayDays, long activeNow, List<ScenarioDate> scenarios) {
    }

    /**
     * When each scenario is reached: the F0 under care grow as A(t) = A₀·e^(rt), so N is reached after
     * t = ln(N / A₀) / r days, rounded up; already when A₀ ≥ N; not reached when r ≤ 0, when the cases fell
     * to none in the last half of the window, or t &gt; 365 days; unknown when r cannot be measured (no case
     * in the first half of the window) or no one is under care now.
     *
     * @param daily cases per day, oldest first, ending on {@code date}; at least {@code windowDays} and
     *              {@code stayDays} days (windowDays even)
     */
    static Trend trend(List<Long> daily, LocalDate date, int windowDays, int stayDays, List<Long> scenarios) {
        if (windowDays < 2 || windowDays % 2 != 0 || daily.size() < Math.max(windowDays, stayDays) || stayDays < 1) {
            throw new IllegalArgumentException("window " + windowDays + ", stay " + stayDays + ", days " + daily.size());
        }
        int h = windowDays / 2;
        int size = daily.size();
        long first = sum(daily.subList(size - windowDays, size - h));
        long second = sum(daily.subList(size - h, size));
        long active = sum(daily.subList(size - stayDays, size));
        Double r = first == 0 || second == 0 ? null : Math.log((double) second / first) / h;
        Double doubling = r == null || r <= 0 ? null : Math.log(2) / r;
        List<ScenarioDate> out = new ArrayList<>();
        for (long n : scenarios) {
            out.add(reach(n, active, first > 0 && second == 0 ? Double.valueOf(-1) : r, date));
        }
        return new Trend(windowDays, first, second, r, doubling, stayDays, active, out);
    }

    static ScenarioDate reach(long n, long active, Double r, LocalDate date) {
        if (active >= n) {
            return new ScenarioDate(n, Reach.ALREADY, date, 0L);
        }
        if (r != null && r <= 0) {
            return new ScenarioDate(n, Reach.NOT_REACHED, null, null);
        }
        if (r == null || active == 0) {
            return new ScenarioDate(n, Reach.UNKNOWN, null, null);
        }
        double t = Math.log((double) n / active) / r;
        if (t > HORIZON_DAYS) {
            return new ScenarioDate(n, Reach.NOT_REACHED, null, null);
        }
        long days = (long) Math.ceil(t - 1e-9);
        return new ScenarioDate(n, Reach.ON_DATE, date.plusDays(days), days);
    }

    private static long sum(List<Long> xs) {
        long s = 0;
        for (long x : xs) {
            s += x;
        }
        return s;
    }
}
