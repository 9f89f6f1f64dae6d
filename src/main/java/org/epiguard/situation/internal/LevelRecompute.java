package org.epiguard.situation.internal;

import org.epiguard.geo.AdminLevel;
import org.epiguard.geo.AdminUnit;
import org.epiguard.situation.internal.LevelInputs.UnitRow;
import org.epiguard.situation.internal.LevelRules.Evaluation;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Assesses every commune, district and province of the country (or of one province) on a date from
 * the raw records and stores the result: bulk reads of the inputs, the rule in force that day applied
 * to each unit, one write. With the COMMUNE_SHARE setting a district's level is derived from its
 * communes' levels instead of its own totals.
 */
@Component
class LevelRecompute {

    private final LevelInputs inputs;
    private final RefreshedInputs refreshed;
    private final RuleBook rules;
    private final Assessments assessments;
    private final SituationSettings settings;

    LevelRecompute(LevelInputs inputs, RefreshedInputs refreshed, RuleBook rules, Assessments assessments,
                   SituationSettings settings) {
        this.inputs = inputs;
        this.refreshed = refreshed;
        this.rules = rules;
        this.assessments = assessments;
        this.settings = settings;
    }

    /** What a recomputation did: units assessed, in all and reading the inputs (the rest is rules and the write). */
    record Result(LocalDate date, String provinceCode, int units, long millis, long inputMillis) {
    }

    @Transactional
    Result recompute(LocalDate date, String provinceCode) {
        long start = System.nanoTime();
        List<UnitRow> rows = inputs.gather(date, provinceCode, settings.cutoffHour());
        long inputMillis = (System.nanoTime() - start) / 1_000_000;
        List<Assessment> out = assess(date, rows);
        assessments.store(date, out);
        return new Result(date, provinceCode, out.size(), (System.nanoTime() - start) / 1_000_000, inputMillis);
    }

    /**
     * Re-assesses a province on a date it was assessed already, after new records: the week's cases
     * re-read, the coverage of {@code coverageCommunes} re-read, the rest from the stored inputs
     * ({@link RefreshedInputs}); the whole province from the raw records when the stored day is incomplete.
     */
    @Transactional
    Result refresh(LocalDate date, String provinceCode, Set<String> coverageCommunes) {
        long start = System.nanoTime();
        Optional<List<UnitRow>> rows = refreshed.rows(date, provinceCode, coverageCommunes, settings.cutoffHour());
        if (rows.isEmpty()) {
            return recompute(date, provinceCode);
        }
        long inputMillis = (System.nanoTime() - start) / 1_000_000;
        List<Assessment> out = assess(date, rows.get());
        assessments.store(date, out);
        return new Result(date, provinceCode, out.size(), (System.nanoTime() - start) / 1_000_000, inputMillis);
    }

    /**
     * The rule in force on the date applied to each unit's inputs (communes first, then districts, then
     * provinces, as {@link LevelInputs#gather} gives them); with the COMMUNE_SHARE setting a district's level
     * is derived from its communes'.
     */
    List<Assessment> assess(LocalDate date, List<UnitRow> rows) {
        Optional<RuleSet> rule = rules.inForce(date);
        boolean derive = settings.districtDerivation() == SituationSettings.DistrictDerivation.COMMUNE_SHARE;
        double share = settings.districtShare();
        Map<String, long[]> communeLevels = new HashMap<>();
        List<Assessment> out = new ArrayList<>(rows.size());
        for (UnitRow row : rows) {
            AdminUnit u = row.unit();
            Evaluation e = rule.map(r -> LevelRules.evaluate(r, row.inputs())).orElse(null);
            Integer level = e == null ? null : e.level();
            Assessment.Derivation derivation = null;
            if (u.level() == AdminLevel.COMMUNE && level != null) {
                communeLevels.computeIfAbsent(u.districtCode(), k -> new long[4])[level - 1]++;
            }
            if (derive && u.level() == AdminLevel.DISTRICT && rule.isPresent()) {
                long[] counts = communeLevels.getOrDefault(u.code(), new long[4]);
                derivation = new Assessment.Derivation(share, counts);
                level = derivedLevel(counts, share);
            }
            out.add(new Assessment(u.code(), u.level().name(), date, u.provinceCode(),
                    u.level() == AdminLevel.DISTRICT ? u.code() : u.districtCode(), level,
                    rule.map(RuleSet::id).orElse(null), e == null ? null : e.band(), e == null ? null : e.response(),
                    e != null && e.raised() && derivation == null, row.inputs(), derivation));
        }
        return out;
    }

    /** The highest level L that at least {@code share} of the assessed communes reach (L or more); null when none is assessed. */
    static Integer derivedLevel(long[] communesAtLevel, double share) {
        long total = 0;
        for (long c : communesAtLevel) {
            total += c;
        }
        if (total == 0) {
            return null;
        }
        long atOrAbove = 0;
        for (int level = 4; level >= 1; level--) {
            atOrAbove += communesAtLevel[level - 1];
            if (atOrAbove >= share * total) {
                return level;
            }
        }
        return 1;
    }
}
