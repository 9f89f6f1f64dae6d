package org.epiguard.situation.internal;

import org.epiguard.access.CurrentUser;
import org.epiguard.access.Role;
import org.epiguard.access.ScopeLevel;
import org.epiguard.cases.CaseCounts;
import org.epiguard.geo.AdminLevel;
import org.epiguard.geo.AdminUnit;
import org.epiguard.geo.GeoDirectory;
import org.epiguard.geo.PopulationFacts;
import org.epiguard.isolation.TreatmentCapacity;
import org.epiguard.isolation.TreatmentCapacity.CommuneCapacity;
import org.epiguard.situation.internal.PlanArithmetic.Resource;
import org.epiguard.testing.KitStocks;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.web.server.ResponseStatusException;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A plan for N F0 under care at the same time in a province (its districts) or one district: the F0 of
 * each district by the spread, what they need by the ratios ({@link PlanRatios}), what the district has
 * (facility places, treatment beds by tier, oxygen and ICU beds from the isolation module, rapid-test kits
 * in stock from the testing module; doctors are not recorded) and the gap, with the dates the current trend
 * reaches 1,000, 5,000, 10,000 and N F0. A province committee plans its province, a district command its
 * district, the administrator any; everyone else is refused.
 */
@Service
class Plans {

    static final List<Long> PRESETS = List.of(1_000L, 5_000L, 10_000L);

    private final GeoDirectory geo;
    private final SituationUnits units;
    private final TreatmentCapacity capacity;
    private final KitStocks kits;
    private final CaseCounts cases;
    private final PopulationFacts populations;
    private final SituationSettings settings;
    private final MessageSource messages;

    Plans(GeoDirectory geo, SituationUnits units, TreatmentCapacity capacity, KitStocks kits, CaseCounts cases,
          PopulationFacts populations, SituationSettings settings, MessageSource messages) {
        this.geo = geo;
        this.units = units;
        this.capacity = capacity;
        this.kits = kits;
        this.cases = cases;
        this.populations = populations;
        this.settings = settings;
        this.messages = messages;
    }

    /** What a district needs, has (null: not recorded) and lacks, per resource. */
    record Line(Resource resource, long need, Long have, Long gap, boolean shortage) {
    }

    record DistrictPlan(String code, String name, long f0, BigDecimal weight, List<Line> lines) {
    }

    enum SpreadSource { ENTERED, CASES, POPULATION, EVEN }

    record Plan(String unitCode, String unitName, LocalDate date, long f0, SpreadSource spread,
                List<PlanRatios.Line> ratios, List<DistrictPlan> districts, List<Line> total,
                PlanArithmetic.Trend trend) {
    }

    /** The unit a user may plan: a province committee its province, a district command its district. */
    AdminUnit plannable(CurrentUser user, String unit) {
        boolean province = user.role() == Role.PROVINCE_COMMITTEE && user.viewScope().level() == ScopeLevel.PROVINCE;
        boolean district = user.role() == Role.DISTRICT_COMMAND && user.viewScope().level() == ScopeLevel.DISTRICT;
        if (!user.isAdmin() && !province && !district) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
        AdminUnit u = units.visible(user, unit);
        if (u.level() == AdminLevel.COMMUNE || (district && u.level() != AdminLevel.DISTRICT)) {
            throw new InvalidField("unit", "a plan is made for a province or a district");
        }
        return u;
    }

    /** A plan from request parameters: who may plan is checked before any parameter. */
    Plan plan(CurrentUser user, Map<String, String> params) {
        plannable(user, params.get("unit"));
        return plan(user, PlanRequest.of(params));
    }

    Plan plan(CurrentUser user, PlanRequest q) {
        AdminUnit unit = plannable(user, q.unit());
        LocalDate date = q.date();
        List<AdminUnit> districts = unit.level() == AdminLevel.PROVINCE ? geo.children(unit.code()) : List.of(unit);
        var mix = capacity.caseMix(unit.code(), date.minusDays(PlanRatios.OBSERVED_DAYS - 1), date);
        PlanRatios.Result ratios = PlanRatios.resolve(q.entered(), mix, date);

        int days = Math.max(q.trendDays(), ratios.stayDays());
        Map<String, long[]> daily = new HashMap<>();
        for (var row : cases.perCommuneDay(date.minusDays(days - 1), date, settings.cutoffHour(), unit.provinceCode())) {
            if (unit.level() == AdminLevel.DISTRICT && !unit.code().equals(row.districtCode())) {
                continue;
            }
            int i = (int) (row.day().toEpochDay() - date.minusDays(days - 1).toEpochDay());
            daily.computeIfAbsent(row.districtCode(), k -> new long[days])[i] += row.confirmed();
            daily.computeIfAbsent("", k -> new long[days])[i] += row.confirmed();
        }

        Map<String, BigDecimal> weights = new LinkedHashMap<>();
        SpreadSource spread = spread(q, unit, districts, daily, ratios.stayDays(), weights);
        Map<String, Long> f0 = PlanArithmetic.apportion(q.f0(), weights);

        Map<String, CommuneCapacity> have = new HashMap<>();
        for (CommuneCapacity c : capacity.perCommune(unit.provinceCode(), date)) {
            have.merge(c.districtCode(), c, CommuneCapacity::plus);
        }
        Map<String, Long> stock = new HashMap<>();
        for (var k : kits.perCommune(unit.code(), date)) {
            if (k.districtCode() != null) {
                stock.merge(k.districtCode(), k.stock(), Long::sum);
            }
        }
        List<DistrictPlan> out = new ArrayList<>();
        Map<Resource, long[]> total = new LinkedHashMap<>();
        for (AdminUnit d : districts) {
            Map<Resource, Long> need = PlanArithmetic.needs(f0.get(d.code()), ratios.ratios());
            CommuneCapacity c = have.getOrDefault(d.code(), CommuneCapacity.empty(unit.provinceCode(), d.code(), null));
            List<Line> lines = new ArrayList<>();
            for (var e : need.entrySet()) {
                Long h = have(e.getKey(), c, stock.getOrDefault(d.code(), 0L));
                lines.add(line(e.getKey(), e.getValue(), h));
                long[] t = total.computeIfAbsent(e.getKey(), k -> new long[]{0, 0});
                t[0] += e.getValue();
                t[1] += h == null ? 0 : h;
            }
            out.add(new DistrictPlan(d.code(), d.fullName(), f0.get(d.code()), weights.get(d.code()), lines));
        }
        List<Line> totals = new ArrayList<>();
        total.forEach((r, t) -> totals.add(line(r, t[0], r == Resource.DOCTORS ? null : t[1])));

        List<Long> series = new ArrayList<>();
        for (long n : daily.getOrDefault("", new long[days])) {
            series.add(n);
        }
        List<Long> scenarios = new ArrayList<>(PRESETS);
        if (!scenarios.contains(q.f0())) {
            scenarios.add(q.f0());
        }
        var trend = PlanArithmetic.trend(series, date, q.trendDays(), ratios.stayDays(), scenarios);
        List<PlanRatios.Line> lines = ratios.lines().stream().map(l -> l.basis() == null ? l
                : l.withBasis(messages.getMessage(l.basis(), null, LocaleContextHolder.getLocale()))).toList();
        return new Plan(unit.code(), unit.fullName(), date, q.f0(), spread, lines, out, totals, trend);
    }

    /** Need against have (null: not recorded); the gap need − have, a shortage when above 0. */
    static Line line(Resource r, long need, Long have) {
        return have == null ? new Line(r, need, null, null, false) : new Line(r, need, have, need - have, need > have);
    }

    private static Long have(Resource r, CommuneCapacity c, long kits) {
        return switch (r) {
            case ISOLATION_PLACES -> c.facilityPlaces();
            case TIER1_BEDS -> c.tier1Beds();
            case TIER2_BEDS -> c.tier2Beds();
            case TIER3_BEDS -> c.tier3Beds();
            case ICU_BEDS -> c.icuBeds();
            case OXYGEN_BEDS -> c.oxygenBeds();
            case DOCTORS -> null;
            case RAPID_TESTS -> kits;
        };
    }

    /** The weights of the districts: entered; else the cases of the last stay days; else population; else even. */
    private SpreadSource spread(PlanRequest q, AdminUnit unit, List<AdminUnit> districts, Map<String, long[]> daily,
                                int stayDays, Map<String, BigDecimal> weights) {
        List<String> codes = districts.stream().map(AdminUnit::code).toList();
        if (!q.weights().isEmpty()) {
            for (String k : q.weights().keySet()) {
                if (!codes.contains(k)) {
                    throw new InvalidField("w." + k, "not a district of " + unit.fullName());
                }
            }
            codes.forEach(c -> weights.put(c, q.weights().getOrDefault(c, BigDecimal.ZERO)));
            if (weights.values().stream().allMatch(w -> w.signum() == 0)) {
                throw new InvalidField("w." + codes.getFirst(), "the spread needs a weight above 0 for some district");
            }
            return SpreadSource.ENTERED;
        }
        long all = 0;
        for (String c : codes) {
            long[] d = daily.get(c);
            long n = 0;
            if (d != null) {
                for (int i = d.length - stayDays; i < d.length; i++) {
                    n += d[i];
                }
            }
            weights.put(c, BigDecimal.valueOf(n));
            all += n;
        }
        if (all > 0) {
            return SpreadSource.CASES;
        }
        Map<String, Long> pop = new HashMap<>();
        if (unit.level() == AdminLevel.PROVINCE) {
            populations.childrenOf(unit.code()).forEach(p -> pop.put(p.unitCode(), p.total()));
        } else {
            populations.population(unit.code()).ifPresent(p -> pop.put(p.unitCode(), p.total()));
        }
        long people = 0;
        for (String c : codes) {
            long n = pop.getOrDefault(c, 0L);
            weights.put(c, BigDecimal.valueOf(n));
            people += n;
        }
        if (people > 0) {
            return SpreadSource.POPULATION;
        }
        codes.forEach(c -> weights.put(c, BigDecimal.ONE));
        return SpreadSource.EVEN;
    }
}
