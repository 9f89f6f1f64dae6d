package org.epiguard.vaccination.internal;

import org.epiguard.access.Scope;
import org.epiguard.geo.AdminUnit;
import org.epiguard.geo.GeoDirectory;
import org.epiguard.geo.Population;
import org.epiguard.geo.PopulationFacts;
import org.epiguard.geo.Village;
import org.epiguard.geo.Villages;
import org.epiguard.vaccination.AgeGroup;
import org.epiguard.vaccination.CoverageReport;
import org.epiguard.vaccination.GroupCoverage;
import org.epiguard.vaccination.UnitCoverage;
import org.epiguard.vaccination.VaccinationCoverage;
import org.epiguard.vaccination.internal.RegistryCoverageCounts.Area;
import org.epiguard.vaccination.internal.RegistryCoverageCounts.PartBy;
import org.springframework.stereotype.Service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Coverage of a unit and its parts: one set-based registry query for all communes of the unit (or
 * all villages of a commune), rolled up in memory to districts and the province, beside the
 * population of each unit by age band (12–17; 18+ = 18–49 + 50–64 + 65+; 50+ = 50–64 + 65+; 65+).
 */
@Service
class CoverageCalculator implements VaccinationCoverage {

    private final RegistryCoverageCounts counts;
    private final GeoDirectory geo;
    private final PopulationFacts population;
    private final Villages villages;

    CoverageCalculator(RegistryCoverageCounts counts, GeoDirectory geo, PopulationFacts population, Villages villages) {
        this.counts = counts;
        this.geo = geo;
        this.population = population;
        this.villages = villages;
    }

    @Override
    public Optional<CoverageReport> coverage(String unitCode, LocalDate onDate) {
        return geo.unit(unitCode).map(u -> switch (u.level()) {
            case PROVINCE -> province(u, onDate);
            case DISTRICT -> district(u, onDate);
            case COMMUNE -> commune(u, onDate);
        });
    }

    @Override
    public List<UnitCoverage> allCommunes(LocalDate onDate) {
        var byCommune = counts.count(Area.NATION, null, PartBy.COMMUNE, onDate);
        Map<String, Population> populations = new HashMap<>();
        population.allCommunes().forEach(p -> populations.put(p.unitCode(), p));
        return geo.communesIn(Scope.of("NATION", "VN")).stream()
                .map(c -> unit(c, byCommune.getOrDefault(c.code(), empty()), populations.get(c.code())))
                .toList();
    }

    @Override
    public List<UnitCoverage> communesOf(String provinceCode, LocalDate onDate) {
        var byCommune = counts.count(Area.PROVINCE, provinceCode, PartBy.COMMUNE, onDate);
        List<UnitCoverage> communes = new ArrayList<>();
        for (AdminUnit district : geo.children(provinceCode)) {
            var populations = populationsOf(district.code());
            for (AdminUnit c : geo.children(district.code())) {
                communes.add(unit(c, byCommune.getOrDefault(c.code(), empty()), populations.get(c.code())));
            }
        }
        return communes;
    }

    private CoverageReport province(AdminUnit province, LocalDate onDate) {
        var byCommune = counts.count(Area.PROVINCE, province.code(), PartBy.COMMUNE, onDate);
        var populations = populationsOf(province.code());
        List<UnitCoverage> districts = new ArrayList<>();
        for (AdminUnit district : geo.children(province.code())) {
            List<GroupCoverage> sum = empty();
            for (AdminUnit commune : geo.children(district.code())) {
                sum = add(sum, byCommune.getOrDefault(commune.code(), empty()));
            }
            districts.add(unit(district, sum, populations.get(district.code())));
        }
        return new CoverageReport(onDate, total(province, districts), districts);
    }

    private CoverageReport district(AdminUnit district, LocalDate onDate) {
        var byCommune = counts.count(Area.DISTRICT, district.code(), PartBy.COMMUNE, onDate);
        var populations = populationsOf(district.code());
        List<UnitCoverage> communes = geo.children(district.code()).stream()
                .map(c -> unit(c, byCommune.getOrDefault(c.code(), empty()), populations.get(c.code())))
                .toList();
        return new CoverageReport(onDate, total(district, communes), communes);
    }

    private CoverageReport commune(AdminUnit commune, LocalDate onDate) {
        var byVillage = counts.count(Area.COMMUNE, commune.code(), PartBy.VILLAGE, onDate);
        List<UnitCoverage> parts = new ArrayList<>();
        for (Village v : villages.inCommune(commune.code())) {
            String id = Long.toString(v.id());
            parts.add(new UnitCoverage(id, "VILLAGE", v.fullName(), byVillage.getOrDefault(id, empty())));
        }
        if (byVillage.containsKey("")) {
            parts.add(new UnitCoverage("", "VILLAGE", null, byVillage.get("")));
        }
        return new CoverageReport(onDate, total(commune, parts), parts);
    }

    private UnitCoverage total(AdminUnit unit, List<UnitCoverage> parts) {
        List<GroupCoverage> sum = empty();
        for (UnitCoverage part : parts) {
            sum = add(sum, part.groups());
        }
        return unit(unit, sum, population.population(unit.code()).orElse(null));
    }

    private Map<String, Population> populationsOf(String parentCode) {
        Map<String, Population> byCode = new HashMap<>();
        population.childrenOf(parentCode).forEach(p -> byCode.put(p.unitCode(), p));
        return byCode;
    }

    private static UnitCoverage unit(AdminUnit unit, List<GroupCoverage> registry, Population population) {
        List<GroupCoverage> groups = registry.stream().map(g -> g.withPopulation(band(population, g.group()))).toList();
        return new UnitCoverage(unit.code(), unit.level().name(), unit.fullName(), groups);
    }

    /** The unit's population of an age group; null when the unit has no figure by age band. */
    static Long band(Population p, AgeGroup group) {
        if (p == null || p.origin() == Population.Origin.MISSING || !p.bandsComplete()) {
            return null;
        }
        return switch (group) {
            case AGE_12_17 -> p.age12to17();
            case AGE_18_PLUS -> p.age18to49() + p.age50to64() + p.age65plus();
            case AGE_50_PLUS -> p.age50to64() + p.age65plus();
            case AGE_65_PLUS -> p.age65plus();
        };
    }

    private static List<GroupCoverage> empty() {
        return Arrays.stream(AgeGroup.values()).map(GroupCoverage::none).toList();
    }

    private static List<GroupCoverage> add(List<GroupCoverage> a, List<GroupCoverage> b) {
        List<GroupCoverage> sum = new ArrayList<>(a.size());
        for (int i = 0; i < a.size(); i++) {
            sum.add(a.get(i).plus(b.get(i)));
        }
        return sum;
    }
}
