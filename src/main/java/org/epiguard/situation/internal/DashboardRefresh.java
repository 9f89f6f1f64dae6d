package org.epiguard.situation.internal;

import org.epiguard.access.Scope;
import org.epiguard.access.ScopeLevel;
import org.epiguard.cases.CaseCounts;
import org.epiguard.geo.AdminUnit;
import org.epiguard.geo.GeoDirectory;
import org.epiguard.geo.Population;
import org.epiguard.geo.PopulationFacts;
import org.epiguard.isolation.TreatmentCapacity;
import org.epiguard.testing.KitStocks;
import org.epiguard.testing.TestingFigures;
import org.epiguard.tracing.ClusterFigures;
import org.epiguard.vaccination.AgeGroup;
import org.epiguard.vaccination.GroupCoverage;
import org.epiguard.vaccination.OutreachFigures;
import org.epiguard.vaccination.UnitCoverage;
import org.epiguard.vaccination.VaccinationCoverage;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Recomputes the dashboard's figures of a province from the owning modules' public reads and writes
 * them into {@link DashboardStore}, each part in one transaction (a dashboard never sees half a refresh).
 * Called only from {@link DashboardJobs}' background thread, never from a request.
 */
@Component
class DashboardRefresh {

    /** The first day a full rebuild reads from (Việt Nam's first case: 23/01/2020). */
    static final LocalDate EPOCH = LocalDate.of(2020, 1, 23);

    private final CaseCounts cases;
    private final TestingFigures testing;
    private final KitStocks kitStocks;
    private final TreatmentCapacity capacity;
    private final ClusterFigures clusters;
    private final VaccinationCoverage coverage;
    private final OutreachFigures outreach;
    private final PopulationFacts populations;
    private final GeoDirectory geo;
    private final DashboardStore store;
    private final SituationSettings settings;
    private final TransactionTemplate tx;

    DashboardRefresh(CaseCounts cases, TestingFigures testing, KitStocks kitStocks, TreatmentCapacity capacity, ClusterFigures clusters,
                     VaccinationCoverage coverage, OutreachFigures outreach, PopulationFacts populations,
                     GeoDirectory geo, DashboardStore store, SituationSettings settings, TransactionTemplate tx) {
        this.cases = cases;
        this.testing = testing;
        this.kitStocks = kitStocks;
        this.capacity = capacity;
        this.clusters = clusters;
        this.coverage = coverage;
        this.outreach = outreach;
        this.populations = populations;
        this.geo = geo;
        this.store = store;
        this.settings = settings;
        this.tx = tx;
    }

    /** Everything of a province from its raw records: every day since {@link #EPOCH}, places, vaccination. */
    void rebuild(String province) {
        Map<String, DashboardStore.Place> communes = communes(province);
        tx.executeWithoutResult(s -> store.ensureCommunes(province, communes));
        LocalDate today = Dates.today();
        days(province, EPOCH, today.plusDays(1), communes);
        places(province);
        vaccination(province);
        tx.executeWithoutResult(s -> store.rebuilt(province, EPOCH));
    }

    /** The day figures of a province for the days {@code first..last} (each day's cases and tests). */
    void days(String province, LocalDate first, LocalDate last) {
        days(province, first, last, communes(province));
    }

    private void days(String province, LocalDate first, LocalDate last, Map<String, DashboardStore.Place> communes) {
        int cutoff = settings.cutoffHour();
        tx.executeWithoutResult(s -> store.replaceDays(province, first, last,
                cases.perCommuneDay(first, last, cutoff, province), testing.perCommuneDay(province, first, last),
                communes));
    }

    /** The pending days of the provinces as runs of consecutive days, each run refreshed at once. */
    void days(Map<String, TreeSet<LocalDate>> pending) {
        pending.forEach((province, days) -> {
            LocalDate runStart = null;
            LocalDate previous = null;
            for (LocalDate d : days) {
                if (runStart == null) {
                    runStart = d;
                } else if (!d.equals(previous.plusDays(1))) {
                    days(province, runStart, previous);
                    runStart = d;
                }
                previous = d;
            }
            if (runStart != null) {
                days(province, runStart, previous);
            }
        });
    }

    /** Quarantine places, treatment beds, kit stock and open clusters of a province now. */
    void places(String province) {
        var places = capacity.perCommune(province, Dates.today());
        var kits = kitStocks.perCommune(province, Dates.today());
        var open = clusters.activeIn(province);
        tx.executeWithoutResult(s -> store.replacePlaces(province, places, kits, open));
    }

    /** Vaccination coverage (12–17 and 18+) and outreach lists of every commune of a province today. */
    void vaccination(String province) {
        LocalDate today = Dates.today();
        Map<String, DashboardStore.CommuneVaccination> rows = new LinkedHashMap<>();
        Map<String, Population> pops = new HashMap<>();
        for (AdminUnit d : geo.children(province)) {
            for (Population p : populations.childrenOf(d.code())) {
                pops.put(p.unitCode(), p);
            }
        }
        for (UnitCoverage c : coverage.communesOf(province, today)) {
            GroupCoverage teens = c.group(AgeGroup.AGE_12_17);
            GroupCoverage adults = c.group(AgeGroup.AGE_18_PLUS);
            rows.put(c.code(), new DashboardStore.CommuneVaccination(c.code(), null, teens.population(),
                    adults.population(), teens.atLeast1(), teens.atLeast2(), adults.atLeast1(), adults.atLeast2(),
                    adults.atLeast3(), 0, 0, false));
        }
        for (var o : outreach.communes(province, today)) {
            var r = rows.get(o.communeCode());
            rows.put(o.communeCode(), r == null
                    ? new DashboardStore.CommuneVaccination(o.communeCode(), null, null, null, 0, 0, 0, 0, 0,
                    o.listed(), o.withoutReason(), o.declaredComplete())
                    : new DashboardStore.CommuneVaccination(r.communeCode(), null, r.pop12to17(), r.pop18(), r.v12dose1(),
                    r.v12dose2(), r.v18dose1(), r.v18dose2(), r.v18dose3(), o.listed(), o.withoutReason(),
                    o.declaredComplete()));
        }
        pops.forEach((code, p) -> rows.merge(code, new DashboardStore.CommuneVaccination(code, p.total(), null, null,
                0, 0, 0, 0, 0, 0, 0, false), (r, x) -> new DashboardStore.CommuneVaccination(r.communeCode(), p.total(),
                r.pop12to17(), r.pop18(), r.v12dose1(), r.v12dose2(), r.v18dose1(), r.v18dose2(), r.v18dose3(),
                r.outreachListed(), r.outreachNoReason(), r.outreachDeclared())));
        List<DashboardStore.CommuneVaccination> list = List.copyOf(rows.values());
        tx.executeWithoutResult(s -> store.replaceVaccination(province, list));
    }

    private Map<String, DashboardStore.Place> communes(String province) {
        Map<String, DashboardStore.Place> communes = new HashMap<>();
        for (AdminUnit c : geo.communesIn(new Scope(ScopeLevel.PROVINCE, province))) {
            communes.put(c.code(), new DashboardStore.Place(c.provinceCode(), c.districtCode()));
        }
        return communes;
    }
}
