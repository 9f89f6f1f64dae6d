package org.epiguard.situation.internal;

import org.epiguard.access.Scope;
import org.epiguard.access.ScopeLevel;
import org.epiguard.cases.CaseCounts;
import org.epiguard.geo.AdminUnit;
import org.epiguard.geo.GeoDirectory;
import org.epiguard.geo.Population;
import org.epiguard.geo.PopulationFacts;
import org.epiguard.vaccination.AgeGroup;
import org.epiguard.vaccination.GroupCoverage;
import org.epiguard.vaccination.UnitCoverage;
import org.epiguard.vaccination.VaccinationCoverage;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/**
 * Gathers the inputs of every commune, district and province of the country (or of one province) for
 * a date in a few bulk reads: the week's cases per commune (one SQL over cases_case), every commune's
 * coverage (one registry query for the country, or one for the province), populations. A district's and a
 * province's cases and coverage are the sums of their communes; their population is their own figure.
 */
@Component
class LevelInputs {

    private final CaseCounts cases;
    private final PopulationFacts populations;
    private final VaccinationCoverage coverage;
    private final GeoDirectory geo;
    private final ClinicalInputs clinical;

    LevelInputs(CaseCounts cases, PopulationFacts populations, VaccinationCoverage coverage, GeoDirectory geo,
                ClinicalInputs clinical) {
        this.cases = cases;
        this.populations = populations;
        this.coverage = coverage;
        this.geo = geo;
        this.clinical = clinical;
    }

    record UnitRow(AdminUnit unit, UnitInputs inputs) {
    }

    /** Communes first, then districts, then provinces. {@code provinceCode} null: the whole country. */
    List<UnitRow> gather(LocalDate date, String provinceCode, int cutoffHour) {
        Scope scope = provinceCode == null ? new Scope(ScopeLevel.NATION, "VN") : new Scope(ScopeLevel.PROVINCE, provinceCode);
        List<AdminUnit> communes = geo.communesIn(scope);
        List<AdminUnit> provinces = provinceCode == null ? geo.provinces() : geo.unit(provinceCode).stream().toList();
        List<AdminUnit> districts = new ArrayList<>();
        Map<String, Long> population = new HashMap<>();
        for (AdminUnit p : provinces) {
            districts.addAll(geo.children(p.code()));
            populations.population(p.code()).ifPresent(pop -> population.put(p.code(), pop.total()));
            for (Population d : populations.childrenOf(p.code())) {
                population.put(d.unitCode(), d.total());
            }
        }
        Map<String, UnitCoverage> communeCoverage = new HashMap<>();
        if (provinceCode == null) {
            for (Population c : populations.allCommunes()) {
                population.put(c.unitCode(), c.total());
            }
            coverage.allCommunes(date).forEach(u -> communeCoverage.put(u.code(), u));
        } else {
            for (AdminUnit d : districts) {
                for (Population c : populations.childrenOf(d.code())) {
                    population.put(c.unitCode(), c.total());
                }
            }
            coverage.communesOf(provinceCode, date).forEach(u -> communeCoverage.put(u.code(), u));
        }
        Map<String, long[]> week = week(date, cutoffHour, provinceCode);
        return rows(date, communes, concat(districts, provinces),
                c -> communeInputs(population.getOrDefault(c.code(), 0L), week.get(c.code()), communeCoverage.get(c.code())),
                code -> population.getOrDefault(code, 0L));
    }

    /** The cases, community cases and deaths of the 7 business days to the date of every commune that had any. */
    Map<String, long[]> week(LocalDate date, int cutoffHour, String provinceCode) {
        Map<String, long[]> week = new HashMap<>();
        for (var row : cases.perCommuneDay(date.minusDays(6), date, cutoffHour, provinceCode)) {
            long[] w = week.computeIfAbsent(row.communeCode(), k -> new long[3]);
            w[0] += row.confirmed();
            w[1] += row.community();
            w[2] += row.deaths();
        }
        return week;
    }

    /**
     * The rows of the communes (with the inputs given for each) and of the districts and provinces above them
     * (their communes summed, with their own population), each with its clinical inputs on the date.
     */
    List<UnitRow> rows(LocalDate date, List<AdminUnit> communes, List<AdminUnit> upper,
                       Function<AdminUnit, UnitInputs> communeInputs, ToLongFunction<String> population) {
        Map<String, UnitInputs> sums = new LinkedHashMap<>();
        List<UnitRow> rows = new ArrayList<>(communes.size() + upper.size());
        for (AdminUnit c : communes) {
            UnitInputs in = communeInputs.apply(c);
            sums.merge(c.districtCode(), in, UnitInputs::plus);
            sums.merge(c.provinceCode(), in, UnitInputs::plus);
            rows.add(new UnitRow(c, in.withClinical(clinical.of(c.code(), date))));
        }
        for (AdminUnit u : upper) {
            UnitInputs summed = sums.getOrDefault(u.code(), communeInputs(0, null, null));
            rows.add(new UnitRow(u, summed.withPopulation(population.applyAsLong(u.code()))
                    .withClinical(clinical.of(u.code(), date))));
        }
        return rows;
    }

    private static List<AdminUnit> concat(List<AdminUnit> a, List<AdminUnit> b) {
        List<AdminUnit> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    static UnitInputs communeInputs(long population, long[] week, UnitCoverage cov) {
        long[] w = week == null ? new long[3] : week;
        if (cov == null) {
            return new UnitInputs(population, w[0], w[1], w[2], null, null, 0, null, 0, 0, null, null, null, null);
        }
        GroupCoverage adults = cov.group(AgeGroup.AGE_18_PLUS);
        GroupCoverage older = cov.group(AgeGroup.AGE_50_PLUS);
        long fullCourse = cov.group(AgeGroup.AGE_12_17).atLeast2() + adults.atLeast2();
        return new UnitInputs(population, w[0], w[1], w[2], null, adults.population(), adults.atLeast1(),
                older.population(), older.atLeast2(), fullCourse, null, null, null, null);
    }
}
