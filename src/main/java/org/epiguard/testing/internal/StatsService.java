package org.epiguard.testing.internal;

import org.epiguard.access.AuditTrail;
import org.epiguard.access.CurrentUser;
import org.epiguard.access.Location;
import org.epiguard.geo.AdminLevel;
import org.epiguard.geo.GeoDirectory;
import org.epiguard.geo.OrgUnit;
import org.epiguard.platform.web.ListPage;
import org.epiguard.platform.web.ListQuery;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The testing statistics as users read them: tests per day and per part of an area, samples waiting
 * for a result, the people tested in a unit — each inside the reader's view scope (an area or unit
 * outside it answers 404); the export of the people tested is audited.
 */
@Service
class StatsService {

    static final int DEFAULT_RECENT_DAYS = 7;
    static final int MAX_RECENT_DAYS = 90;

    /** The unit of a people-tested list, in words, with where it lies (for the audit). */
    record TestedUnit(PeopleTested.Where where, String name, Location location, int days, Instant since) {
    }

    record Waiting(String areaCode, String areaName, Instant asOf, List<WaitingSamples.Row> rows, long under24h,
                   long from24to48h, long over48h) {
    }

    private final TestingViews views;
    private final StatsArea areas;
    private final TestingStats stats;
    private final WaitingSamples waiting;
    private final PeopleTested tested;
    private final UnitChecks units;
    private final GeoDirectory geo;
    private final AuditTrail audit;

    StatsService(TestingViews views, StatsArea areas, TestingStats stats, WaitingSamples waiting, PeopleTested tested,
                 UnitChecks units, GeoDirectory geo, AuditTrail audit) {
        this.views = views;
        this.areas = areas;
        this.stats = stats;
        this.waiting = waiting;
        this.tested = tested;
        this.units = units;
        this.geo = geo;
        this.audit = audit;
    }

    CurrentUser reader() {
        return views.reader();
    }

    /** The communes of the user's view scope (for choosing one). */
    List<org.epiguard.geo.AdminUnit> communesOf(CurrentUser user) {
        return geo.communesIn(user.viewScope());
    }

    StatsArea.Area area(CurrentUser user, String code) {
        return areas.resolve(user, code);
    }

    String areaName(CurrentUser user, StatsArea.Area area) {
        return area.unit() == null ? geo.describe(user.viewScope()) : geo.describe(area.code());
    }

    TestingStats.Figures tests(String areaCode, String from, String to) {
        CurrentUser user = reader();
        StatsArea.Area area = areas.resolve(user, areaCode);
        StatsPeriod period = StatsPeriod.parse(from, to);
        return stats.tests(user.viewScope(), area, areaName(user, area), period);
    }

    Waiting waiting(String areaCode) {
        CurrentUser user = reader();
        StatsArea.Area area = areas.resolve(user, areaCode);
        Instant now = Instant.now();
        List<WaitingSamples.Row> rows = waiting.byLabAndSite(user.viewScope(), area, now);
        return new Waiting(area.code(), areaName(user, area), now, rows,
                rows.stream().mapToLong(WaitingSamples.Row::under24h).sum(),
                rows.stream().mapToLong(WaitingSamples.Row::from24to48h).sum(),
                rows.stream().mapToLong(WaitingSamples.Row::over48h).sum());
    }

    /**
     * The unit of a people-tested list: a commune (code) or an organisation unit (id) inside the view
     * scope, else 404; by default the user's own commune or unit. Problems by field: {@code days}.
     */
    TestedUnit testedUnit(CurrentUser user, String commune, Long unitId, String daysText) {
        List<TestingProblem> problems = new ArrayList<>();
        int days = recentDays(daysText, problems);
        InvalidTestingInput.throwIfAny(problems);
        Instant since = LocalDate.now(Fields.ZONE).minusDays(days - 1L).atStartOfDay(Fields.ZONE).toInstant();
        if (unitId == null && (commune == null || commune.isBlank())) {
            Long own = TestingAccess.ownUnit(user);
            if (own != null) {
                unitId = own;
            } else if (user.viewScope().level() == org.epiguard.access.ScopeLevel.COMMUNE) {
                commune = user.viewScope().code();
            } else {
                return null;
            }
        }
        if (unitId != null) {
            OrgUnit unit = units.find(unitId).filter(u -> user.canView(u.location())).orElseThrow(TestingViews::notFound);
            return new TestedUnit(new PeopleTested.Where(null, unit.id()), unit.name(), unit.location(), days, since);
        }
        var place = geo.unit(commune.strip()).filter(u -> u.level() == AdminLevel.COMMUNE && StatsArea.visible(user, u))
                .orElseThrow(TestingViews::notFound);
        return new TestedUnit(new PeopleTested.Where(place.code(), null), geo.describe(place.code()),
                Location.commune(place.provinceCode(), place.districtCode(), place.code()), days, since);
    }

    private static int recentDays(String text, List<TestingProblem> problems) {
        if (text == null || text.isBlank()) {
            return DEFAULT_RECENT_DAYS;
        }
        try {
            int days = Integer.parseInt(text.strip());
            if (days < 1 || days > MAX_RECENT_DAYS) {
                problems.add(TestingProblem.of("days", "DAYS_RANGE", 1, MAX_RECENT_DAYS));
            }
            return days;
        } catch (NumberFormatException e) {
            problems.add(TestingProblem.of("days", "BAD_NUMBER", text));
            return DEFAULT_RECENT_DAYS;
        }
    }

    PeopleTested.Summary testedSummary(CurrentUser user, TestedUnit unit) {
        return tested.summary(user.viewScope(), unit.where(), unit.since());
    }

    ListPage<PeopleTested.Person> testedPage(CurrentUser user, TestedUnit unit, ListQuery query) {
        return tested.page(user.viewScope(), unit.where(), unit.since(), query);
    }

    /** Every person of the list to the sink, with the audit record of the export in the same transaction. */
    @Transactional(readOnly = false)
    void exportTested(CurrentUser user, TestedUnit unit, Consumer<PeopleTested.Person> sink) {
        int[] count = {0};
        tested.each(user.viewScope(), unit.where(), unit.since(), p -> {
            count[0]++;
            sink.accept(p);
        });
        audit.record(AuditTrail.Action.EXPORT, "testing_people_tested",
                unit.where().communeCode() != null ? unit.where().communeCode() : unit.where().unitId(), unit.location(),
                "people tested in the last " + unit.days() + " days in " + unit.name() + ": " + count[0],
                null, Map.of("days", unit.days(), "rows", count[0]));
    }
}
