package org.epiguard.testing.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.epiguard.access.CurrentUser;
import org.epiguard.platform.web.ListPage;
import org.epiguard.platform.web.ListQuery;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;

/** The testing statistics for machine clients, inside the caller's view scope. */
@RestController
@RequestMapping("/api/v1/testing/stats")
@Tag(name = "Testing statistics", description = "Tests per day by kind and positivity, samples waiting for a result, people tested")
class StatsApi {

    record TestedList(String unit, int days, Instant since, long people, long samples,
                      ListPage<PeopleTested.Person> list) {
    }

    private final StatsService stats;

    StatsApi(StatsService stats) {
        this.stats = stats;
    }

    @GetMapping("/tests")
    @Operation(summary = "Tests per day by kind (a pool counts once), positive/negative/invalid and the positivity rate "
            + "(positive over positive + negative, %), per day and per district (of a province) or commune, over from–to "
            + "(dd/MM/yyyy, default the last 14 days, at most 366); area: a province, district or commune code inside "
            + "your view scope (default your scope); 404 outside it, 400 with problems by field")
    TestingStats.Figures tests(@RequestParam(required = false) String area, @RequestParam(required = false) String from,
                               @RequestParam(required = false) String to) {
        return stats.tests(area, from, to);
    }

    @GetMapping("/waiting")
    @Operation(summary = "Samples waiting for a result by lab and collection site, by age since collection "
            + "(<24 h, 24–48 h, >48 h), inside your view scope and the area")
    StatsService.Waiting waiting(@RequestParam(required = false) String area) {
        return stats.waiting(area);
    }

    @GetMapping("/people-tested")
    @Operation(summary = "People tested (a sample collected) in the last days (1–90, default 7) in a commune (its residents) "
            + "or an organisation unit (collected or taken there), with their names; 404 outside your view scope")
    TestedList peopleTested(@RequestParam(required = false) String commune, @RequestParam(required = false) Long unitId,
                            @RequestParam(required = false) String days, @RequestParam(required = false) Integer page,
                            @RequestParam(required = false) Integer size, @RequestParam(required = false) String sort,
                            @RequestParam(required = false) String dir) {
        CurrentUser user = stats.reader();
        StatsService.TestedUnit unit = stats.testedUnit(user, commune, unitId, days);
        if (unit == null) {
            throw InvalidTestingInput.of("commune", "REQUIRED");
        }
        var summary = stats.testedSummary(user, unit);
        var query = ListQuery.of(page, size, sort, dir, PeopleTested.SORTABLE, "name");
        return new TestedList(unit.name(), unit.days(), unit.since(), summary.people(), summary.samples(),
                stats.testedPage(user, unit, query));
    }
}
