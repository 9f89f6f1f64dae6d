package org.epiguard.situation.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.epiguard.access.AccessContext;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.Map;

/** The command-centre dashboard for machine clients (the page draws its curve from the same figures). */
@RestController
@RequestMapping("/api/v1/situation/dashboard")
@Tag(name = "Dashboard", description = "Pre-aggregated figures of a province, district or commune, kept current in the background")
class DashboardApi {

    private final Dashboards dashboards;
    private final DashboardJobs jobs;
    private final SituationUnits units;
    private final AccessContext access;

    DashboardApi(Dashboards dashboards, DashboardJobs jobs, SituationUnits units, AccessContext access) {
        this.dashboards = dashboards;
        this.jobs = jobs;
        this.units = units;
        this.access = access;
    }

    @GetMapping
    @Operation(summary = "The dashboard of a province, district or commune for a date",
            description = "days: the epidemic curve, one entry per day from `from` to `date` — confirmed cases by business "
                    + "day (the cut-off hour of the daily report), community / already in quarantine, imported / domestic, "
                    + "deaths, and tests by calendar day of their result with positive and negative (positivity = positive "
                    + "over positive + negative). today, window: the date's day and the sum of the days; cumulative: every "
                    + "day up to the date (a past date gives the same figures however many records came later). current: "
                    + "now (see refreshed) — quarantine places and people placed, treatment beds of tier 1/2/3 and occupied, "
                    + "kit stock against the census population, people of the registry 12–17 and 18+ with at least 1/2/3 "
                    + "doses over the census population of the group, outreach lists (people 12+ without a complete primary "
                    + "series; of them without a recorded reason; communes with such people = incomplete). activeClusters: "
                    + "open clusters with cases in the unit. parts: the districts of a province or communes of a district. "
                    + "links: the list behind each figure. Outside the caller's view scope: 404.")
    DashboardFigures dashboard(@Parameter(description = "GSO code; default the caller's own unit") @RequestParam(required = false) String unit,
                               @Parameter(description = "dd/MM/yyyy or yyyy-MM-dd; default today") @RequestParam(required = false) String date,
                               @Parameter(description = "days of the curve, 7–120, default 28") @RequestParam(required = false) String days) {
        DashboardRequest q = DashboardRequest.of(access.currentUser(), units, unit, date, days);
        return dashboards.shown(q);
    }

    @PostMapping("/rebuild")
    @Operation(summary = "Rebuild a province's dashboard from all its records in the background (administrator, or the province's committee)")
    ResponseEntity<Map<String, Object>> rebuild(@RequestParam(required = false) String province) {
        if (province == null || !province.matches("\\d{2}")) {
            throw new InvalidField("province", "a province is a 2-digit GSO code");
        }
        Recomputers.require(access.currentUser(), province);
        jobs.rebuildLater(province);
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(Map.of("province", province, "queued", true));
    }
}
