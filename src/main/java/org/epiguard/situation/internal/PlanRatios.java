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
 * force on the date, or said to be an assumption).
 */
final class PlanRatios {

    static final int OBSERVED_DAYS = 90;
    static final int MIN_SAMPLE = 20;

    private static final String WHO = "WHO, Clinical management of COVID-19, interim guidance 27/05/2020: of symptomatic "
            + "cases 40% mild (tier 1), 40% moderate (tier 2), 15% severe and 5% critical (tier 3)";
    private static final String ASSUMED = "assumption (no source found): enter the province's own figure";

    private PlanRatios() {
    }

    enum Source { ENTERED, OBSERVED, DEFAULT }

    /** One ratio as shown: its key, value, source, the sample it was observed on and the basis of a default. */
    record Line(String key, BigDecimal value, Source source, Long sample, String basis) {
    }

    record Result(PlanArithmetic.Ratios ratios, int stayDays, List<Line> lines) {
    }

    /** The ratios for a plan of a unit on a date, from what was entered and the unit's case mix. */
    static Result resolve(Map<String, BigDecimal> entered, CaseMix mix, LocalDate date) {
        List<Line> lines = new ArrayList<>();
        boolean shares = mix.cases() >= MIN_SAMPLE;
        lines.add(pick("shareHome", entered, shares ? percent(mix.atHome(), mix.cases()) : null, mix.cases(),
                BigDecimal.ZERO, WHO + "; home treatment not assumed"));
        lines.add(pick("shareFacility", entered, shares ? percent(mix.inFacility(), mix.cases()) : null, mix.cases(),
                BigDecimal.ZERO, WHO + "; facility isolation of F0 not assumed"));
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
                WHO + ": critical 5 of the 20 severe and critical"));
        lines.add(pick("f1PerF0", entered, shares ? ratio(mix.contacts(), mix.cases()) : null, mix.cases(),
                BigDecimal.TEN, ASSUMED));
        boolean before = date.isBefore(LocalDate.of(2021, 10, 14));
        lines.add(pick("f1InFacility", entered, mix.contacts() >= MIN_SAMPLE ? percent(mix.contactsInFacility(),
                        mix.contacts()) : null, mix.contacts(), before ? BigDecimal.valueOf(100) : BigDecimal.ZERO,
                before ? "Công văn 5599/BYT-MT (14/07/2021): F1 in facility quarantine"
                        : "Ministry's guidance from 14/10/2021: F1 quarantined at home (the isolation module's contact rule)"));
        BigDecimal stay = mix.ended() >= MIN_SAMPLE && mix.meanStayDays() != null
                ? BigDecimal.valueOf(mix.meanStayDays()).setScale(1, RoundingMode.HALF_UP) : null;
        lines.add(pick("stayDays", entered, stay, mix.ended(), defaultStay(date), stayBasis(date)));
        lines.add(pick("doctorsHome", entered, null, null, new BigDecimal("0.5"), ASSUMED));
        lines.add(pick("doctorsTier1", entered, null, null, BigDecimal.valueOf(2), ASSUMED));
        lines.add(pick("doctorsTier2", entered, null, null, BigDecimal.valueOf(5), ASSUMED));
        lines.add(pick("doctorsTier3", entered, null, null, BigDecimal.valueOf(20), ASSUMED));
        lines.add(pick("testsPerF0", entered, null, null, BigDecimal.ONE,
                "one rapid test at the end of isolation (Quyết định 4038/QĐ-BYT day 10, 261/QĐ-BYT day 7)"));
        boolean late = !date.isBefore(LocalDate.of(2022, 2, 11));
        lines.add(pick("testsPerF1", entered, null, null, BigDecimal.valueOf(late ? 1 : before ? 3 : 2),
                "test days of the contact-quarantine rule in force (isolation module: " + (late ? "day 5 or 7 from 11/02/2022"
                        : before ? "days 1, 7, 14 from 14/07/2021" : "days 1 and 7 for the vaccinated from 14/10/2021")
                        + "; not confirmed)"));
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
            return "Quyết định 261/QĐ-BYT (31/01/2022): 7 days";
        }
        return date.isBefore(LocalDate.of(2021, 9, 21)) ? "Quyết định 3416/QĐ-BYT (14/07/2021): 14 days"
                : "Quyết định 4038/QĐ-BYT (21/09/2021): 10 days";
    }
}
