package org.epiguard.situation.internal;

import org.epiguard.access.Scope;
import org.epiguard.access.ScopeLevel;
import org.epiguard.geo.AdminUnit;
import org.epiguard.geo.GeoDirectory;
import org.epiguard.situation.internal.LevelInputs.UnitRow;
import org.epiguard.vaccination.UnitCoverage;
import org.epiguard.vaccination.VaccinationCoverage;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The inputs of a province's units on a date that was assessed already, re-reading only what new records
 * can have changed: the week's cases of every commune (one grouped read of the province) and the coverage
 * of the communes named (one registry read of each commune's people, or one of the province's when more
 * than {@link #COMMUNE_READS} communes are named); each unit's population comes from its stored inputs. Empty when a unit of the province has no stored assessment that day (a new commune, a first
 * assessment): then the whole province is gathered again from the raw records.
 */
@Component
class RefreshedInputs {

    /** Up to this many communes with new doses are re-read one by one; more, and the province is read at once. */
    static final int COMMUNE_READS = 60;

    private final Assessments assessments;
    private final LevelInputs inputs;
    private final VaccinationCoverage coverage;
    private final GeoDirectory geo;

    RefreshedInputs(Assessments assessments, LevelInputs inputs, VaccinationCoverage coverage, GeoDirectory geo) {
        this.assessments = assessments;
        this.inputs = inputs;
        this.coverage = coverage;
        this.geo = geo;
    }

    /** Communes first, then districts, then the province, as {@link LevelInputs#gather} gives them. */
    Optional<List<UnitRow>> rows(LocalDate date, String provinceCode, Set<String> coverageCommunes, int cutoffHour) {
        Map<String, UnitInputs> stored = assessments.ofProvince(provinceCode, date).stream()
                .collect(Collectors.toMap(Assessment::unitCode, Assessment::inputs));
        List<AdminUnit> communes = geo.communesIn(new Scope(ScopeLevel.PROVINCE, provinceCode));
        List<AdminUnit> upper = new ArrayList<>(geo.children(provinceCode));
        geo.unit(provinceCode).ifPresent(upper::add);
        if (communes.stream().anyMatch(c -> !stored.containsKey(c.code()))
                || upper.stream().anyMatch(u -> !stored.containsKey(u.code()))) {
            return Optional.empty();
        }
        Map<String, long[]> week = inputs.week(date, cutoffHour, provinceCode);
        Map<String, UnitCoverage> fresh = new HashMap<>();
        List<AdminUnit> dosed = communes.stream().filter(c -> coverageCommunes.contains(c.code())).toList();
        if (dosed.size() > COMMUNE_READS) {
            coverage.communesOf(provinceCode, date).forEach(u -> fresh.put(u.code(), u));
        } else {
            dosed.forEach(c -> coverage.coverage(c.code(), date).ifPresent(r -> fresh.put(c.code(), r.unit())));
        }
        Function<AdminUnit, UnitInputs> communeInputs = c -> {
            UnitInputs before = stored.get(c.code());
            long[] w = week.getOrDefault(c.code(), new long[3]);
            UnitCoverage cov = fresh.get(c.code());
            return cov == null ? before.withCases(w[0], w[1], w[2])
                    : LevelInputs.communeInputs(before.population(), w, cov);
        };
        List<UnitRow> rows = inputs.rows(date, communes, upper, communeInputs, code -> stored.get(code).population());
        return Optional.of(rows);
    }
}
