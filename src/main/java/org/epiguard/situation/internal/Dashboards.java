package org.epiguard.situation.internal;

import org.epiguard.access.Scope;
import org.epiguard.access.ScopeLevel;
import org.epiguard.geo.AdminLevel;
import org.epiguard.geo.AdminUnit;
import org.epiguard.geo.GeoDirectory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Builds the dashboard of a unit from {@link DashboardQueries} (pre-aggregated tables only; a handful of
 * indexed reads whatever the unit), with the list each figure links to.
 */
@Component
class Dashboards {

    /** The communes with an incomplete outreach list shown by name (the count is complete). */
    static final int OUTREACH_SHOWN = 30;

    private final DashboardQueries queries;
    private final GeoDirectory geo;
    private final SituationSettings settings;
    private final DashboardJobs jobs;

    Dashboards(DashboardQueries queries, GeoDirectory geo, SituationSettings settings, DashboardJobs jobs) {
        this.queries = queries;
        this.geo = geo;
        this.settings = settings;
        this.jobs = jobs;
    }

    /** The dashboard asked for; a province never built yet is queued for its first build (in the background). */
    DashboardFigures shown(DashboardRequest q) {
        DashboardFigures f = of(q.unit(), q.date(), q.days());
        if (f.refreshed().rebuiltAt() == null) {
            jobs.keep(f.provinceCode());
        }
        return f;
    }

    @Transactional(readOnly = true)
    DashboardFigures of(AdminUnit unit, LocalDate date, int days) {
        LocalDate from = date.minusDays(days - 1L);
        List<DashboardFigures.Day> curve = queries.days(unit, from, date);
        DashboardFigures.Day window = DashboardFigures.Day.none(date);
        for (DashboardFigures.Day d : curve) {
            window = window.plus(d);
        }
        DashboardFigures.Day cumulative = queries.upTo(unit, date);
        Map<String, DashboardFigures.Current> current = queries.current(unit);
        Map<String, long[]> partDays = queries.partDays(unit, from, date);
        Map<String, Long> clusters = queries.clusters(unit);
        DashboardFigures.Current total = DashboardFigures.Current.NONE;
        for (DashboardFigures.Current c : current.values()) {
            total = total.plus(c);
        }
        List<AdminUnit> children = unit.level() == AdminLevel.COMMUNE ? List.of() : children(unit.code());
        List<DashboardFigures.Part> parts = new ArrayList<>();
        for (AdminUnit c : children) {
            long[] d = partDays.getOrDefault(c.code(), new long[5]);
            parts.add(new DashboardFigures.Part(c.code(), c.fullName(), d[0], d[1], d[2],
                    DashboardFigures.percent(d[3], d[3] + d[4]), clusters.getOrDefault(c.code(), 0L),
                    current.getOrDefault(c.code(), DashboardFigures.Current.NONE),
                    page(c.code(), date), links(c, from, date)));
        }
        List<DashboardFigures.OutreachCommune> outreach = new ArrayList<>();
        for (var o : queries.incompleteOutreach(unit, OUTREACH_SHOWN)) {
            outreach.add(o.named(names(unit.provinceCode()).getOrDefault(o.code(), o.code())));
        }
        String district = unit.level() == AdminLevel.DISTRICT ? unit.code() : unit.districtCode();
        String parent = switch (unit.level()) {
            case PROVINCE -> null;
            case DISTRICT -> unit.provinceCode();
            case COMMUNE -> district;
        };
        return new DashboardFigures(unit.code(), described.computeIfAbsent(unit.code(), geo::describe),
                unit.level().name(), parent,
                unit.provinceCode(), date, from, settings.cutoffHour(), curve, curve.getLast(), window, cumulative,
                total, clusters.getOrDefault("", 0L), parts, total.communesIncomplete(), outreach,
                queries.freshness(unit.provinceCode()).orElse(new DashboardFigures.Freshness(null, null, null)),
                links(unit, from, date));
    }

    /*
     * The reference list of administrative units (GSO, 10/07/2021) does not change while the application
     * runs: a unit's parts, its description and the names of a province's communes are read once.
     */
    private final Map<String, List<AdminUnit>> children = new ConcurrentHashMap<>();
    private final Map<String, String> described = new ConcurrentHashMap<>();
    private final Map<String, Map<String, String>> communeNames = new ConcurrentHashMap<>();

    private List<AdminUnit> children(String code) {
        return children.computeIfAbsent(code, geo::children);
    }

    private Map<String, String> names(String province) {
        return communeNames.computeIfAbsent(province, p -> {
            Map<String, String> names = new HashMap<>();
            for (AdminUnit c : geo.communesIn(new Scope(ScopeLevel.PROVINCE, p))) {
                names.put(c.code(), c.fullName());
            }
            return Map.copyOf(names);
        });
    }

    static String page(String unitCode, LocalDate date) {
        return "/situation/dashboard?unit=" + unitCode + "&date=" + Dates.format(date);
    }

    /**
     * The lists behind the figures, filtered to the unit where the list can be: cases (a commune or a
     * district; a province: the user's own scope), tests of the period, kits, coverage, the outreach list of
     * a commune's people without a reason or the completion board of a district; open clusters and the
     * facilities are the lists of the user's scope (those pages have no area filter).
     */
    static DashboardFigures.Links links(AdminUnit unit, LocalDate from, LocalDate to) {
        String code = unit.code();
        String district = unit.level() == AdminLevel.DISTRICT ? code : unit.districtCode();
        String cases = unit.level() == AdminLevel.PROVINCE ? "/cases" : "/cases?commune=" + code;
        String places = unit.level() == AdminLevel.PROVINCE ? "/isolation/facilities" : "/isolation/facilities?area=" + code;
        String outreach = switch (unit.level()) {
            case COMMUNE -> "/vaccination/outreach?commune=" + code + "&reason=NONE";
            case DISTRICT -> "/vaccination/outreach/completion?district=" + district;
            case PROVINCE -> "/vaccination/outreach/completion";
        };
        return new DashboardFigures.Links(cases,
                "/testing/stats?area=" + code + "&from=" + Dates.format(from) + "&to=" + Dates.format(to),
                "/tracing/clusters?status=OPEN&area=" + code, places, places,
                "/testing/kits?area=" + code, "/vaccination/coverage?unit=" + code, outreach,
                "/situation/report?unit=" + code + "&date=" + Dates.format(to));
    }
}
