package org.epiguard.situation.internal;

import org.epiguard.isolation.TreatmentCapacity.CaseMix;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The ratios of a plan and where each comes from: entered by the planner; else observed in the isolation
 * module's records of the unit over the {@value #OBSERVED_DAYS} days before the date, when they hold at
 * least {@value #MIN_SAMPLE} people; else a default with its basis (a cited source, the Ministry's rule in
 * force on the date, or said to be an assumption) as a message key of situation.properties.
 */
final class PlanRatios {

    static final int OBSERVED_DAYS = 90;
    static final int MIN_SAMPLE = 20;

    private static final String WHO = "situation.plan.basis.who";
    private static final String ASSUMED = "situation.plan.basis.assumed";

    private PlanRatios() {
    }

    enum Source { ENTERED, OBSERVED, DEFAULT }

    /** One ratio as shown: its key, value, source, the sample it was observed on and the basis of a default (a message key, then its text). */
    record Line(String key, BigDecimal value, Source source, Long sample, String basis) {

        Line withBasis(String text) {
            return new Line(key, value, source, sample, text);
        }
    }

    record Result(PlanArithmetic.Ratios ratios, int stayDays, List<Line> lines) {
    }

    /** The ratios for a plan of a unit on a date, from what was entered and the unit's case mix. */
    static Result resolve(Map<String, BigDecimal> entered, CaseMix mix, LocalDate date) {
        List<Line> lines = new ArrayList<>();
        boolean shares = mix.cases() >= MIN_SAMPLE;
        lines.add(pick("shareHome", entered, shares ? percent(mix.atHome(), mix.cases()) : null, mix.cases(),
                BigDecimal.ZERO, "situation.plan.basis.whoHome"));
        lines.add(pick("shareFacility", entered, shares ? percent(mix.inFacility(), mix.cases()) : null, mix.cases(),
                BigDecimal.ZERO, "situation.plan.basis.whoFacility"));
        lines.add(pick("shareTier1", entered, shares ? percent(mix.tier1(), mix.cases()) : null, mix.cases(),
                BigDecimal.valueOf(40), WHO));
        lines.add(pick("shareTier2", entered, shares ? percent(mix.tier2(), mix.cases()) : null, mix.cases(),
                BigDecimal.valueOf(40), WHO));
        lines.add(pick("shareTier3", entered, shares ? percent(mix.tier3(), mix.cases()) : null, mix.cases(),
                BigDecimal.valueOf(20), WHO));
        BigDecimal sum = BigDecimal.ZERO;
        for (Line l : lines) {
            sum = sum.add(l.value());
        }
        if (lines.stream().anyMatch(l -> l.source() == Source.ENTERED)
                && sum.subtract(BigDecimal.valueOf(100)).abs().compareTo(new BigDecimal("0.05")) > 0) {
            String first = lines.stream().filter(l -> l.source() == Source.ENTERED).findFirst().orElseThrow().key();
            throw new InvalidField(first, "the shares of home, facility and tiers 1–3 add up to "
                    + sum.stripTrailingZeros().toPlainString() + "%, not 100%");
        }
        lines.add(pick("icuOfTier3", entered, null, null, BigDecimal.valueOf(25),
                "situation.plan.basis.whoIcu"));
        lines.add(pick("f1PerF0", entered, shares ? ratio(mix.contacts(), mix.cases()) : null, mix.cases(),
                BigDecimal.TEN, ASSUMED));
        boolean before = date.isBefore(LocalDate.of(2021, 10, 14));
        lines.add(pick("f1InFacility", entered, mix.contacts() >= MIN_SAMPLE ? percent(mix.contactsInFacility(),
                        mix.contacts()) : null, mix.contacts(), before ? BigDecimal.valueOf(100) : BigDecimal.ZERO,
                before ? "situation.plan.basis.f1Facility" : "situation.plan.basis.f1Home"));
        BigDecimal stay = mix.ended() >= MIN_SAMPLE && mix.meanStayDays() != null
                ? BigDecimal.valueOf(mix.meanStayDays()).setScale(1, RoundingMode.HALF_UP) : null;
        lines.add(pick("stayDays", entered, stay, mix.ended(), defaultStay(date), stayBasis(date)));
        lines.add(pick("doctorsHome", entered, null, null, new BigDecimal("0.5"), ASSUMED));
        lines.add(pick("doctorsTier1", entered, null, null, BigDecimal.valueOf(2), ASSUMED));
        lines.add(pick("doctorsTier2", entered, null, null, BigDecimal.valueOf(5), ASSUMED));
        lines.add(pick("doctorsTier3", entered, null, null, BigDecimal.valueOf(20), ASSUMED));
        lines.add(pick("testsPerF0", entered, null, null, BigDecimal.ONE,
                "situation.plan.basis.testsF0"));
        boolean late = !date.isBefore(LocalDate.of(2022, 2, 11));
        lines.add(pick("testsPerF1", entered, null, null, BigDecimal.valueOf(late ? 1 : before ? 3 : 2),
                late ? "situation.plan.basis.testsF1.feb2022" : before ? "situation.plan.basis.testsF1.jul2021"
                        : "situation.plan.basis.testsF1.oct2021"));
        Map<String, BigDecimal> v = new java.util.HashMap<>();
        lines.forEach(l -> v.put(l.key(), l.value()));
        var ratios = new PlanArithmetic.Ratios(v.get("shareHome"), v.get("shareFacility"), v.get("shareTier1"),
                v.get("shareTier2"), v.get("shareTier3"), v.get("icuOfTier3"), v.get("f1PerF0"), v.get("f1InFacility"),
                v.get("doctorsHome"), v.get("doctorsTier1"), v.get("doctorsTier2"), v.get("doctorsTier3"),
                v.get("testsPerF0"), v.get("testsPerF1"));
        int stayDays = v.get("stayDays").setScale(0, RoundingMode.CEILING).intValueExact();
        return new Result(ratios, Math.max(1, stayDays), lines);
    }

    private static Line pick(String key, Map<String, BigDecimal> entered, BigDecimal observed, Long sample,
                             BigDecimal fallback, String basis) {
        if (entered.containsKey(key)) {
            return new Line(key, entered.get(key), Source.ENTERED, null, null);
        }
        if (observed != null) {
            return new Line(key, observed, Source.OBSERVED, sample, null);
        }
        return new Line(key, fallback, Source.DEFAULT, sample, basis);
    }

    static BigDecimal percent(long part, long whole) {
        return BigDecimal.valueOf(part * 100L).divide(BigDecimal.valueOf(whole), 2, RoundingMode.HALF_UP);
    }

    private static BigDecimal ratio(long part, long whole) {
        return BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), 2, RoundingMode.HALF_UP);
    }

    static BigDecimal defaultStay(LocalDate date) {
        if (!date.isBefore(LocalDate.of(2022, 1, 31))) {
            return BigDecimal.valueOf(7);
        }
        return BigDecimal.valueOf(date.isBefore(LocalDate.of(2021, 9, 21)) ? 14 : 10);
    }

    private static String stayBasis(LocalDate date) {
        if (!date.isBefore(LocalDate.of(2022, 1, 31))) {
            return "situation.plan.basis.stay261";
        }
        return date.isBefore(LocalDate.of(2021, 9, 21)) ? "situation.plan.basis.stay3416" : "situation.plan.basis.stay4038";
    }
}
