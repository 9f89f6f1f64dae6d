package org.epiguard.situation.internal;

import org.epiguard.access.Scope;
import org.epiguard.access.ScopeLevel;
import org.epiguard.cases.CaseCounts;
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
 * of the districts named (one registry read each); each unit's population comes from its stored
 * inputs. Empty when a unit of the province has no stored assessment that day (a new commune, a first
 * assessment): then the whole province is gathered again from the raw records.
 */
@Component
class RefreshedInputs {

    private final Assessments assessments;
    private final CaseCounts cases;
    private final VaccinationCoverage coverage;
    private final GeoDirectory geo;
    private final ClinicalInputs clinical;

    RefreshedInputs(Assessments assessments, CaseCounts cases, VaccinationCoverage coverage, GeoDirectory geo,
                    ClinicalInputs clinical) {
        this.assessments = assessments;
        this.cases = cases;
        this.coverage = coverage;
        this.geo = geo;
        this.clinical = clinical;
    }

    /** Communes first, then districts, then the province, as {@link LevelInputs#gather} gives them. */
    Optional<List<UnitRow>> rows(LocalDate date, String provinceCode, Set<String> coverageDistricts, int cutoffHour) {
        Map<String, UnitInputs> stored = assessments.ofProvince(provinceCode, date).stream()
                .collect(Collectors.toMap(Assessment::unitCode, Assessment::inputs));
        List<AdminUnit> communes = geo.communesIn(new Scope(ScopeLevel.PROVINCE, provinceCode));
        List<AdminUnit> upper = new ArrayList<>(geo.children(provinceCode));
        geo.unit(provinceCode).ifPresent(upper::add);
        if (communes.stream().anyMatch(c -> !stored.containsKey(c.code()))
                || upper.stream().anyMatch(u -> !stored.containsKey(u.code()))) {
            return Optional.empty();
        }
        Map<String, long[]> week = new HashMap<>();
        for (var row : cases.perCommuneDay(date.minusDays(6), date, cutoffHour, provinceCode)) {
            long[] w = week.computeIfAbsent(row.communeCode(), k -> new long[3]);
            w[0] += row.confirmed();
            w[1] += row.community();
            w[2] += row.deaths();
        }
        Map<String, UnitCoverage> fresh = new HashMap<>();
        for (AdminUnit d : upper) {
            if (coverageDistricts.contains(d.code())) {
                coverage.coverage(d.code(), date).ifPresent(r -> r.parts().forEach(u -> fresh.put(u.code(), u)));
            }
        }
        Function<AdminUnit, UnitInputs> communeInputs = c -> {
            UnitInputs before = stored.get(c.code());
            long[] w = week.getOrDefault(c.code(), new long[3]);
            UnitCoverage cov = fresh.get(c.code());
            return cov == null ? before.withCases(w[0], w[1], w[2])
                    : LevelInputs.communeInputs(before.population(), w, cov);
        };
        Map<String, UnitInputs> sums = new HashMap<>();
        List<UnitRow> rows = new ArrayList<>(communes.size() + upper.size());
        for (AdminUnit c : communes) {
            UnitInputs in = communeInputs.apply(c);
            sums.merge(c.districtCode(), in, UnitInputs::plus);
            sums.merge(c.provinceCode(), in, UnitInputs::plus);
            rows.add(new UnitRow(c, in.withClinical(clinical.of(c.code(), date))));
        }
        for (AdminUnit u : upper) {
            UnitInputs summed = sums.getOrDefault(u.code(), LevelInputs.communeInputs(0, null, null));
            rows.add(new UnitRow(u, summed.withPopulation(stored.get(u.code()).population())
                    .withClinical(clinical.of(u.code(), date))));
        }
        return Optional.of(rows);
    }
}
