package org.epiguard.situation.internal;

import org.epiguard.geo.AdminLevel;
import org.epiguard.isolation.TreatmentCapacity.CaseMix;
import org.epiguard.isolation.TreatmentCapacity.CommuneCapacity;
import org.epiguard.situation.internal.PlanArithmetic.Ratios;
import org.epiguard.situation.internal.PlanArithmetic.Reach;
import org.epiguard.situation.internal.PlanArithmetic.Resource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The planner's formulas, roundings and edge cases, and the levels' clinical inputs from capacity figures. */
class PlanArithmeticTest {

    static final LocalDate DAY = LocalDate.of(2022, 2, 20);

    /** Shares home/facility/tier1/tier2/tier3 (%), ICU of tier 3 (%), F1 per F0, F1 in facility (%). */
    static Ratios ratios(double home, double facility, double t1, double t2, double t3, double icu, double f1,
                         double f1Facility) {
        return new Ratios(bd(home), bd(facility), bd(t1), bd(t2), bd(t3), bd(icu), bd(f1), bd(f1Facility),
                bd(0.5), bd(2), bd(5), bd(20), bd(1), bd(1));
    }

    static BigDecimal bd(double v) {
        return new BigDecimal(Double.toString(v));
    }

    static final Ratios WHO = ratios(0, 0, 40, 40, 20, 25, 10, 0);

    @Test
    void one_thousand_f0_by_the_who_default_shares() {
        Map<Resource, Long> n = PlanArithmetic.needs(1000, WHO);
        assertThat(n).containsExactly(Map.entry(Resource.ISOLATION_PLACES, 0L), Map.entry(Resource.TIER1_BEDS, 400L),
                Map.entry(Resource.TIER2_BEDS, 400L), Map.entry(Resource.TIER3_BEDS, 200L),
                Map.entry(Resource.ICU_BEDS, 50L), Map.entry(Resource.OXYGEN_BEDS, 600L),
                // doctors: 1000 × (40 × 2 + 40 × 5 + 20 × 20) / 10,000 = 68
                Map.entry(Resource.DOCTORS, 68L),
                // rapid tests: 1000 × (1 + 10 × 1)
                Map.entry(Resource.RAPID_TESTS, 11_000L));
    }

    @Test
    void isolation_places_count_f0_in_facilities_and_f1_quarantined_in_facilities() {
        // 1000 × (10 + 3 × 50) / 100 = 1600
        assertThat(PlanArithmetic.needs(1000, ratios(50, 10, 20, 15, 5, 25, 3, 50)).get(Resource.ISOLATION_PLACES))
                .isEqualTo(1600);
        // 7 × (0 + 1.5 × 10) / 100 = 1.05 → 2
        assertThat(PlanArithmetic.needs(7, ratios(60, 0, 20, 15, 5, 25, 1.5, 10)).get(Resource.ISOLATION_PLACES))
                .isEqualTo(2);
    }

    @ParameterizedTest(name = "{0} F0 × {1}% → {2} beds")
    @CsvSource({"1000, 7, 70", "1001, 7, 71", "1, 40, 1", "100, 0.01, 1", "3, 33.34, 2", "10000, 0.1, 10", "0, 40, 0"})
    void resources_are_rounded_up_from_exact_decimals(long f0, double share, long beds) {
        Ratios r = ratios(100 - share, 0, share, 0, 0, 25, 0, 0);
        assertThat(PlanArithmetic.needs(f0, r).get(Resource.TIER1_BEDS)).isEqualTo(beds);
    }

    @Test
    void icu_is_a_share_of_tier_3_and_oxygen_serves_tiers_2_and_3() {
        Map<Resource, Long> n = PlanArithmetic.needs(333, ratios(0, 0, 40, 40, 20, 25, 0, 0));
        assertThat(n.get(Resource.TIER3_BEDS)).isEqualTo(67);      // 66.6
        assertThat(n.get(Resource.ICU_BEDS)).isEqualTo(17);        // 333 × 20% × 25% = 16.65
        assertThat(n.get(Resource.OXYGEN_BEDS)).isEqualTo(200);    // 333 × 60% = 199.8
        assertThat(n.get(Resource.DOCTORS)).isEqualTo(23);         // 333 × 680 / 10,000 = 22.644
    }

    @Test
    void zero_f0_need_nothing_and_a_million_f0_do_not_overflow() {
        assertThat(PlanArithmetic.needs(0, WHO).values()).containsOnly(0L);
        Ratios most = ratios(0, 100, 0, 0, 0, 100, 1000, 100);
        var n = new Ratios(most.shareHome(), most.shareFacility(), most.shareTier1(), most.shareTier2(),
                most.shareTier3(), most.icuOfTier3(), most.f1PerF0(), most.f1InFacility(), bd(1000), bd(1000),
                bd(1000), bd(1000), bd(100), bd(100));
        Map<Resource, Long> big = PlanArithmetic.needs(PlanRequest.MAX_F0, n);
        assertThat(big.get(Resource.RAPID_TESTS)).isEqualTo(1_000_000L * (100 + 1000 * 100));
        assertThat(big.get(Resource.ISOLATION_PLACES)).isEqualTo(1_000_000L * 1001);
    }

    @Test
    void the_spread_gives_whole_f0_adding_up_to_n_the_rest_to_the_largest_remainders() {
        Map<String, BigDecimal> w = new LinkedHashMap<>();
        w.put("193", bd(97));
        w.put("194", bd(54));
        w.put("195", bd(0));
        w.put("196", bd(49));
        // 1000 × 97/200 = 485, × 54/200 = 270, 0, × 49/200 = 245
        assertThat(PlanArithmetic.apportion(1000, w)).containsExactly(Map.entry("193", 485L), Map.entry("194", 270L),
                Map.entry("195", 0L), Map.entry("196", 245L));
        // 10 over 3 equal weights: 3.33 each, the one left over to the first code
        Map<String, BigDecimal> even = new LinkedHashMap<>();
        for (String c : List.of("c", "a", "b")) {
            even.put(c, BigDecimal.ONE);
        }
        assertThat(PlanArithmetic.apportion(10, even)).containsEntry("a", 4L).containsEntry("b", 3L).containsEntry("c", 3L);
        // 5 over 4.5 / 3.5 / 2: 2.25, 1.75, 1.0 → 2, 2, 1
        Map<String, BigDecimal> r = new LinkedHashMap<>(Map.of("x", bd(4.5), "y", bd(3.5), "z", bd(2)));
        assertThat(PlanArithmetic.apportion(5, r)).containsEntry("x", 2L).containsEntry("y", 2L).containsEntry("z", 1L);
        assertThat(PlanArithmetic.apportion(0, w).values()).containsOnly(0L);
        assertThatThrownBy(() -> PlanArithmetic.apportion(10, Map.of("a", BigDecimal.ZERO)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    static List<Long> days(long first, long second, int half) {
        List<Long> d = new ArrayList<>();
        d.addAll(Collections.nCopies(half, first));
        d.addAll(Collections.nCopies(half, second));
        return d;
    }

    @Test
    void a_doubling_every_week_reaches_1000_in_20_days_and_280_in_exactly_7() {
        // 10 a day, then 20 a day: r = ln 2 / 7, doubling in 7 days; under care now: the last 7 days = 140
        var t = PlanArithmetic.trend(days(10, 20, 7), DAY, 14, 7, List.of(100L, 280L, 1000L));
        assertThat(t.firstHalf()).isEqualTo(70);
        assertThat(t.secondHalf()).isEqualTo(140);
        assertThat(t.growthPerDay()).isCloseTo(Math.log(2) / 7, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(t.doublingDays()).isCloseTo(7.0, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(t.activeNow()).isEqualTo(140);
        assertThat(t.scenarios().get(0).reach()).isEqualTo(Reach.ALREADY);
        assertThat(t.scenarios().get(0).date()).isEqualTo(DAY);
        assertThat(t.scenarios().get(1).days()).isEqualTo(7);                 // 140 · 2 = 280 after exactly 7 days
        assertThat(t.scenarios().get(1).date()).isEqualTo(DAY.plusDays(7));
        // 7 · log2(1000 / 140) = 19.86 → 20 days
        assertThat(t.scenarios().get(2).reach()).isEqualTo(Reach.ON_DATE);
        assertThat(t.scenarios().get(2).date()).isEqualTo(LocalDate.of(2022, 3, 12));
    }

    @Test
    void a_falling_or_flat_trend_does_not_reach_a_scenario_and_no_cases_cannot_be_measured() {
        var falling = PlanArithmetic.trend(days(20, 10, 7), DAY, 14, 7, List.of(1000L, 50L));
        assertThat(falling.growthPerDay()).isNegative();
        assertThat(falling.doublingDays()).isNull();
        assertThat(falling.scenarios().get(0).reach()).isEqualTo(Reach.NOT_REACHED);
        assertThat(falling.scenarios().get(0).date()).isNull();
        assertThat(falling.scenarios().get(1).reach()).isEqualTo(Reach.ALREADY);
        assertThat(PlanArithmetic.trend(days(10, 10, 7), DAY, 14, 7, List.of(1000L)).scenarios().getFirst().reach())
                .isEqualTo(Reach.NOT_REACHED);
        var none = PlanArithmetic.trend(days(0, 0, 7), DAY, 14, 7, List.of(0L, 1000L));
        assertThat(none.growthPerDay()).isNull();
        assertThat(none.scenarios().get(0).reach()).isEqualTo(Reach.ALREADY);
        assertThat(none.scenarios().get(1).reach()).isEqualTo(Reach.UNKNOWN);
        assertThat(PlanArithmetic.trend(days(0, 5, 7), DAY, 14, 7, List.of(1000L)).scenarios().getFirst().reach())
                .isEqualTo(Reach.UNKNOWN);
        // cases in the first half, none since: falling to none, not reached (growth not measurable: null)
        var gone = PlanArithmetic.trend(days(5, 0, 7), DAY, 14, 14, List.of(1000L));
        assertThat(gone.growthPerDay()).isNull();
        assertThat(gone.scenarios().getFirst().reach()).isEqualTo(Reach.NOT_REACHED);
    }

    @Test
    void a_growth_too_slow_to_reach_a_scenario_within_365_days_is_not_reached() {
        // 100 then 101 a day over two weeks: r = ln(1.01) / 7; 10,000 from 707 takes ~1,870 days
        var t = PlanArithmetic.trend(days(100, 101, 7), DAY, 14, 7, List.of(10_000L, 720L));
        assertThat(t.scenarios().get(0).reach()).isEqualTo(Reach.NOT_REACHED);
        assertThat(t.scenarios().get(1).reach()).isEqualTo(Reach.ON_DATE);   // 707 → 720: 13 days
        assertThat(t.scenarios().get(1).days()).isEqualTo(13);
    }

    @Test
    void the_trend_window_must_be_even_and_covered_by_the_days() {
        assertThatThrownBy(() -> PlanArithmetic.trend(days(1, 1, 7), DAY, 13, 7, List.of(1L)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PlanArithmetic.trend(days(1, 1, 7), DAY, 14, 20, List.of(1L)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    static Map<String, String> params(String... kv) {
        Map<String, String> m = new HashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put(kv[i], kv[i + 1]);
        }
        return m;
    }

    @ParameterizedTest(name = "{0}={1} refused")
    @CsvSource({"f0, -1", "f0, 1000001", "f0, 10.5", "f0, mười", "f0, 1e9", "shareTier1, 150", "shareTier1, -5",
            "f1PerF0, 1001", "f1PerF0, NaN", "stayDays, 0", "stayDays, 61", "stayDays, 7.5", "trendDays, 7",
            "trendDays, 2", "trendDays, 58", "testsPerF1, 101", "doctorsTier3, -0.1", "w.193, -1", "w.193, 1e12",
            "date, 31/02/2022", "preset, 2000000"})
    void bad_inputs_are_refused_naming_the_field(String field, String value) {
        assertThatThrownBy(() -> PlanRequest.of(params(field, value)))
                .isInstanceOfSatisfying(InvalidField.class, e -> assertThat(e.field()).isEqualTo(field));
    }

    @Test
    void a_request_reads_presets_ratios_and_weights() {
        PlanRequest q = PlanRequest.of(params("f0", "5000", "date", "20/02/2022", "shareTier1", "12,5", "w.193", "3",
                "w.194", "", "stayDays", "7.0"));
        assertThat(q.f0()).isEqualTo(5000);
        assertThat(q.date()).isEqualTo(DAY);
        assertThat(q.trendDays()).isEqualTo(14);
        assertThat(q.entered()).containsEntry("shareTier1", new BigDecimal("12.5")).containsEntry("stayDays", BigDecimal.valueOf(7));
        assertThat(q.weights()).containsOnlyKeys("193");
        assertThat(PlanRequest.of(params()).f0()).isEqualTo(1000);
        assertThat(PlanRequest.of(params("f0", "0")).f0()).isZero();
    }

    static CaseMix mix(long cases, long home, long facility, long t1, long t2, long t3, long ended, Double stay,
                       long contacts, long contactsFacility) {
        return new CaseMix(cases, home, facility, t1, t2, t3, ended, stay, contacts, contactsFacility);
    }

    @Test
    void ratios_are_observed_from_20_people_else_default_with_their_basis_and_entered_ones_win() {
        var observed = PlanRatios.resolve(Map.of(), mix(40, 20, 4, 10, 4, 2, 30, 8.26, 120, 30), DAY);
        Map<String, PlanRatios.Line> l = new HashMap<>();
        observed.lines().forEach(x -> l.put(x.key(), x));
        assertThat(l.get("shareHome").value()).isEqualByComparingTo("50");
        assertThat(l.get("shareHome").source()).isEqualTo(PlanRatios.Source.OBSERVED);
        assertThat(l.get("shareHome").sample()).isEqualTo(40);
        assertThat(l.get("shareTier3").value()).isEqualByComparingTo("5");
        assertThat(l.get("f1PerF0").value()).isEqualByComparingTo("3");
        assertThat(l.get("f1InFacility").value()).isEqualByComparingTo("25");
        assertThat(l.get("stayDays").value()).isEqualByComparingTo("8.3");
        assertThat(observed.stayDays()).isEqualTo(9);                          // rounded up for the trend
        assertThat(l.get("icuOfTier3").source()).isEqualTo(PlanRatios.Source.DEFAULT);
        assertThat(l.get("icuOfTier3").basis()).isEqualTo("situation.plan.basis.whoIcu");

        var few = PlanRatios.resolve(Map.of(), mix(19, 19, 0, 0, 0, 0, 19, 3.0, 19, 19), DAY);
        few.lines().forEach(x -> l.put(x.key(), x));
        assertThat(l.get("shareTier1").source()).isEqualTo(PlanRatios.Source.DEFAULT);
        assertThat(l.get("shareTier1").value()).isEqualByComparingTo("40");
        assertThat(l.get("shareTier1").sample()).isEqualTo(19);
        assertThat(l.get("stayDays").value()).isEqualByComparingTo("7");         // 261/QĐ-BYT from 31/01/2022
        assertThat(l.get("stayDays").basis()).isEqualTo("situation.plan.basis.stay261");
        assertThat(l.get("f1PerF0").basis()).isEqualTo("situation.plan.basis.assumed");
        assertThat(PlanRatios.resolve(Map.of(), mix(0, 0, 0, 0, 0, 0, 0, null, 0, 0), LocalDate.of(2021, 11, 1))
                .lines().stream().filter(x -> x.key().equals("stayDays")).findFirst().orElseThrow().value())
                .isEqualByComparingTo("10");

        CaseMix seen = mix(40, 20, 4, 10, 4, 2, 30, 8.26, 120, 30);
        var entered = PlanRatios.resolve(Map.of("shareHome", bd(70), "shareTier1", bd(15), "shareTier2", bd(4),
                "shareTier3", bd(1), "stayDays", bd(5)), seen, DAY);
        assertThat(entered.lines().getFirst().source()).isEqualTo(PlanRatios.Source.ENTERED);
        assertThat(entered.lines().get(1).source()).isEqualTo(PlanRatios.Source.OBSERVED);   // facility 10% observed
        assertThat(entered.ratios().shareHome()).isEqualByComparingTo("70");
        assertThat(entered.stayDays()).isEqualTo(5);
        // 80 + 10 (observed) + 15 + 4 + 1 = 110%: refused on the first entered share
        assertThatThrownBy(() -> PlanRatios.resolve(Map.of("shareTier1", bd(15), "shareHome", bd(80),
                "shareTier2", bd(4), "shareTier3", bd(1)), seen, DAY))
                .isInstanceOfSatisfying(InvalidField.class, e -> {
                    assertThat(e.field()).isEqualTo("shareHome");
                    assertThat(e.getMessage()).contains("110%");
                });
    }

    static CommuneCapacity place(long tier1, long tier1Occupied, long tier2, long tier2Occupied, long icu, long higher) {
        return new CommuneCapacity("91", "916", "31000", 0, 0, 1, tier1, tier2, 0, tier1Occupied, tier2Occupied, 0, 0,
                icu, 0, higher);
    }

    @Test
    void clinical_inputs_are_unknown_without_a_treatment_place_and_met_while_a_bed_is_free() {
        assertThat(PlanClinicalInputs.clinical(AdminLevel.DISTRICT, null, false)).isEqualTo(ClinicalInputs.Clinical.UNKNOWN);
        // a province that records treatment places: a unit without one has 0 F0 on oxygen, the rest unknown
        assertThat(PlanClinicalInputs.clinical(AdminLevel.COMMUNE, null, true))
                .isEqualTo(new ClinicalInputs.Clinical(0L, null, null, null, null));
        var free = PlanClinicalInputs.clinical(AdminLevel.DISTRICT, place(10, 9, 5, 5, 2, 3), true);
        assertThat(free).isEqualTo(new ClinicalInputs.Clinical(3L, true, true, true, true));
        var full = PlanClinicalInputs.clinical(AdminLevel.DISTRICT, place(10, 10, 5, 5, 0, 0), true);
        assertThat(full).isEqualTo(new ClinicalInputs.Clinical(0L, false, false, false, false));
        // tier 1 full but a tier-2 bed free: beds met, commune care not
        assertThat(PlanClinicalInputs.clinical(AdminLevel.PROVINCE, place(10, 10, 5, 4, 1, 0), true))
                .isEqualTo(new ClinicalInputs.Clinical(0L, true, false, true, true));
        // a commune's ICU is not assessed; no tier-1 bed: commune care unknown
        assertThat(PlanClinicalInputs.clinical(AdminLevel.COMMUNE, place(0, 0, 5, 5, 0, 1), true))
                .isEqualTo(new ClinicalInputs.Clinical(1L, false, null, false, null));
    }
}
