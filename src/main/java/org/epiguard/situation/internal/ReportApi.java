package org.epiguard.situation.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.epiguard.access.AccessContext;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The daily situation report for machine clients, for a unit inside the caller's view scope. */
@RestController
@RequestMapping("/api/v1/situation/report")
@Tag(name = "Daily situation report", description = "New cases in the 24 hours to the cut-off, cumulative cases, vaccination coverage")
class ReportApi {

    private final DailyReports reports;
    private final SituationUnits units;
    private final SituationSettings settings;
    private final AccessContext access;

    ReportApi(DailyReports reports, SituationUnits units, SituationSettings settings, AccessContext access) {
        this.reports = reports;
        this.units = units;
        this.settings = settings;
        this.access = access;
    }

    @GetMapping
    @Operation(summary = "The daily report of a province, district or commune for a date",
            description = "from/to: the 24-hour window (cut-off of the day before, exclusive, to the cut-off of the date, "
                    + "inclusive; business day Asia/Ho_Chi_Minh). newCases = newCommunity (detected in the community) + "
                    + "newInQuarantine (already in quarantine when found); lines: one per district (per commune for a "
                    + "district), sorted by count. cumulative*: cases confirmed from the first one up to the cut-off "
                    + "(imported from abroad / domestic): a report for a past date is the same however many cases were "
                    + "added since for later dates. coverage: per age group, the population and the people with at least "
                    + "1, 2, 3 doses on the date, in percent of the population. sentence: the report's wording. "
                    + "Outside the caller's view scope: 404.")
    DailyReport report(@Parameter(description = "GSO code; default the caller's own unit") @RequestParam(required = false) String unit,
                       @Parameter(description = "dd/MM/yyyy or yyyy-MM-dd; default today") @RequestParam(required = false) String date,
                       @Parameter(description = "cut-off hour 0–23; default 16") @RequestParam(required = false) String cutoff) {
        var r = ReportRequest.of(access.currentUser(), units, settings, unit, date, cutoff);
        return reports.report(r.unit(), r.date(), r.cutoffHour(), LocaleContextHolder.getLocale());
    }
}
