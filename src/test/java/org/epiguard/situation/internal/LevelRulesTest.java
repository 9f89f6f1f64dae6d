package org.epiguard.situation.internal;

import org.epiguard.situation.internal.RuleSet.MatrixCell;
import org.epiguard.situation.internal.RuleSet.Method;
import org.epiguard.situation.internal.RuleSet.Response;
import org.epiguard.situation.internal.RuleSet.Threshold;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Every band edge and matrix cell of the two rule sets, as seeded by the migration ({@link SeededRulesTest} checks they are). */
class LevelRulesTest {

    static RuleSet rule(Method method, Map<String, Double> thresholds, int[][] matrix) {
        Map<String, Threshold> t = new LinkedHashMap<>();
        thresholds.forEach((k, v) -> t.put(k, new Threshold(k, BigDecimal.valueOf(v), !k.startsWith("oxygen"), null)));
        Map<String, MatrixCell> m = new LinkedHashMap<>();
        for (int band = 1; band <= 4; band++) {
            for (int r = 0; r < method.responses().size(); r++) {
                Response response = method.responses().get(r);
                m.put(RuleSet.cellKey(band, response), new MatrixCell(band, response, matrix[band - 1][r], true));
            }
        }
        return new RuleSet(1, method, method == Method.MOH_4800 ? "4800/QĐ-BYT" : "218/QĐ-BYT", 1,
                LocalDate.of(2021, 10, 12), "test", null, "test", t, m);
    }

    static final RuleSet R4800 = rule(Method.MOH_4800, Map.of("cases.band2", 20.0, "cases.band3", 50.0, "cases.band4", 150.0,
            "coverage.adult.dose1", 70.0, "coverage.older.full", 80.0), new int[][]{{1, 2}, {2, 3}, {3, 4}, {4, 4}});

    static final RuleSet R218 = rule(Method.MOH_218, Map.ofEntries(Map.entry("cases.band2", 20.0),
            Map.entry("cases.band3", 150.0), Map.entry("cases.band4", 600.0), Map.entry("oxygen.band2", 1.0),
            Map.entry("oxygen.band3", 3.0), Map.entry("oxygen.band4", 5.0), Map.entry("deaths.band2", 0.1),
            Map.entry("deaths.band3", 0.3), Map.entry("deaths.band4", 1.0), Map.entry("coverage.population.full", 75.0),
            Map.entry("coverage.highrisk.full", 90.0)), new int[][]{{1, 1, 2}, {1, 2, 3}, {2, 3, 4}, {3, 4, 4}});

    /** 100,000 people: a count is its own rate per 100,000. */
    static UnitInputs inputs4800(long community, long adultsDose1Of100, long olderFullOf100, Boolean treatment) {
        return new UnitInputs(100_000, community, community, 0, null, 100L, adultsDose1Of100, 100L, olderFullOf100,
                0, treatment, null, null, null);
    }

    @ParameterizedTest(name = "{0} community cases per 100,000 → band {1}")
    @CsvSource({"0,1", "19,1", "20,2", "49,2", "50,3", "149,3", "150,4", "10000,4"})
    void criterion_1_bands_start_at_20_50_and_150(long cases, int band) {
        assertThat(LevelRules.evaluate(R4800, inputs4800(cases, 90, 90, null)).band()).isEqualTo(band);
    }

    @ParameterizedTest(name = "band {0}, adults {1}%, 50+ {2}% → {3}, level {4}")
    @CsvSource({
            "0,70,80,HIGH,1", "0,69,80,LOW,2", "0,70,79,LOW,2",
            "20,70,80,HIGH,2", "20,69,80,LOW,3",
            "50,70,80,HIGH,3", "50,69,80,LOW,4",
            "150,70,80,HIGH,4", "150,69,80,LOW,4"})
    void coverage_is_high_from_70_percent_of_adults_with_80_percent_of_50_plus_and_the_matrix_decides(
            long cases, long adults, long older, Response response, int level) {
        var e = LevelRules.evaluate(R4800, inputs4800(cases, adults, older, null));
        assertThat(e.response()).isEqualTo(response);
        assertThat(e.level()).isEqualTo(level);
        assertThat(e.raised()).isFalse();
    }

    @Test
    void unmet_treatment_capacity_raises_the_level_by_one_but_not_past_4() {
        assertThat(LevelRules.evaluate(R4800, inputs4800(0, 90, 90, false)).level()).isEqualTo(2);
        assertThat(LevelRules.evaluate(R4800, inputs4800(0, 90, 90, false)).raised()).isTrue();
        assertThat(LevelRules.evaluate(R4800, inputs4800(50, 90, 90, false)).level()).isEqualTo(4);
        assertThat(LevelRules.evaluate(R4800, inputs4800(150, 10, 10, false)).level()).isEqualTo(4);
        assertThat(LevelRules.evaluate(R4800, inputs4800(0, 90, 90, true)).level()).isEqualTo(1);
        var unknown = LevelRules.evaluate(R4800, inputs4800(0, 90, 90, null));
        assertThat(unknown.level()).isEqualTo(1);
        assertThat(unknown.findings()).extracting(LevelRules.Finding::key).contains("situation.why.treatment.unknown");
    }

    @Test
    void without_a_population_no_level_is_given() {
        var e = LevelRules.evaluate(R4800, new UnitInputs(0, 5, 5, 0, null, null, 0, null, 0, 0, null, null, null, null));
        assertThat(e.level()).isNull();
        assertThat(e.findings()).extracting(LevelRules.Finding::key).contains("situation.why.noPopulation");
    }

    static UnitInputs inputs218(long cases, Long oxygen, long deathsPerMillion, long fullOf100, long olderFullOf100,
                                Boolean beds) {
        // 1,000,000 people: deaths per 100,000 = deathsPerMillion / 10
        return new UnitInputs(1_000_000, cases * 10, cases * 10, deathsPerMillion, oxygen == null ? null : oxygen * 10,
                100L, 100, 100L, olderFullOf100, fullOf100 * 10_000, null, null, beds, null);
    }

    @ParameterizedTest(name = "218: {0} cases, {1} oxygen, {2} deaths per million → band {3}")
    @CsvSource({"19,,0,1", "20,,0,2", "149,,0,2", "150,,0,3", "599,,0,3", "600,,0,4",
            "0,1,0,2", "0,3,0,3", "0,5,0,4", "0,,1,2", "0,,3,3", "0,,10,4", "0,,0,1", "0,,2,2", "0,,9,3"})
    void transmission_is_the_highest_band_of_cases_oxygen_and_deaths(long cases, Long oxygen, long deaths, int band) {
        assertThat(LevelRules.evaluate(R218, inputs218(cases, oxygen, deaths, 80, 95, null)).band()).isEqualTo(band);
    }

    @ParameterizedTest(name = "218: {0} cases on oxygen per million → band {1}")
    @CsvSource({"0,1", "9,1", "10,2", "29,2", "30,3", "49,3", "50,4"})
    void oxygen_bands_start_at_1_3_and_5_per_100000(long oxygenPerMillion, int band) {
        var in = new UnitInputs(1_000_000, 0, 0, 0, oxygenPerMillion, 100L, 100, 100L, 95, 800_000, null, null, null,
                null);
        assertThat(LevelRules.evaluate(R218, in).band()).isEqualTo(band);
    }

    @ParameterizedTest(name = "218: band {0}, full {1}%, high-risk {2}%, beds met {3} → {4}, level {5}")
    @CsvSource({
            "0,75,90,,HIGH,1", "0,74,90,,MEDIUM,1", "0,74,90,false,LOW,2",
            "20,75,90,,HIGH,1", "20,75,89,,MEDIUM,2", "20,75,89,false,LOW,3",
            "150,75,90,,HIGH,2", "150,75,90,false,MEDIUM,3", "150,10,10,false,LOW,4",
            "600,75,90,,HIGH,3", "600,74,90,,MEDIUM,4", "600,74,90,false,LOW,4"})
    void response_capacity_from_coverage_and_care_capacity_and_the_matrix(long cases, long full, long older, Boolean beds,
                                                                         Response response, int level) {
        var e = LevelRules.evaluate(R218, inputs218(cases, null, 0, full, older, beds));
        assertThat(e.response()).isEqualTo(response);
        assertThat(e.level()).isEqualTo(level);
    }

    @Test
    void a_district_derived_from_its_communes_takes_the_highest_level_that_the_share_reaches() {
        assertThat(LevelRecompute.derivedLevel(new long[]{5, 0, 5, 0}, 0.5)).isEqualTo(3);
        assertThat(LevelRecompute.derivedLevel(new long[]{6, 0, 4, 0}, 0.5)).isEqualTo(1);
        assertThat(LevelRecompute.derivedLevel(new long[]{6, 0, 2, 2}, 0.4)).isEqualTo(3);
        assertThat(LevelRecompute.derivedLevel(new long[]{0, 0, 0, 0}, 0.5)).isNull();
    }
}
