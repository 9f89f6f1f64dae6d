package org.epiguard.testing.internal;

import jakarta.servlet.http.HttpServletResponse;
import org.epiguard.access.CurrentUser;
import org.epiguard.geo.OrgUnits;
import org.epiguard.platform.web.ListQuery;
import org.epiguard.platform.web.XlsxExport;
import org.epiguard.testing.TestKind;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * The testing situation pages: tests per day by kind with the positivity rate and per district or
 * commune, samples waiting for results by lab and site, the people tested in a unit (XLSX export).
 */
@Controller
@RequestMapping("/testing/stats")
class StatsPages {

    private final StatsService stats;
    private final StatsArea areas;
    private final OrgUnits orgUnits;
    private final PageSupport support;
    private final MessageSource messages;

    StatsPages(StatsService stats, StatsArea areas, OrgUnits orgUnits, PageSupport support, MessageSource messages) {
        this.stats = stats;
        this.areas = areas;
        this.orgUnits = orgUnits;
        this.support = support;
        this.messages = messages;
    }

    private void areaChoices(Model model, CurrentUser user, String area) {
        StatsArea.Area shown = stats.area(user, area);
        model.addAttribute("area", shown.code());
        model.addAttribute("areas", areas.choices(user, shown));
        model.addAttribute("ui", support);
    }

    @GetMapping
    String tests(@RequestParam(required = false) String area, @RequestParam(required = false) String from,
                 @RequestParam(required = false) String to, Model model) {
        CurrentUser user = stats.reader();
        areaChoices(model, user, area);
        model.addAttribute("kinds", TestKind.values());
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        try {
            TestingStats.Figures figures = stats.tests(area, from, to);
            model.addAttribute("figures", figures);
            model.addAttribute("fromShown", Fields.show(figures.from()));
            model.addAttribute("toShown", Fields.show(figures.to()));
            model.addAttribute("errors", Map.of());
        } catch (InvalidTestingInput e) {
            model.addAttribute("errors", support.errors(e));
        }
        return "testing/stats";
    }

    @GetMapping("/waiting")
    String waiting(@RequestParam(required = false) String area, Model model) {
        CurrentUser user = stats.reader();
        areaChoices(model, user, area);
        model.addAttribute("waiting", stats.waiting(area));
        return "testing/stats-waiting";
    }

    @GetMapping("/people")
    String people(@RequestParam(required = false) String commune, @RequestParam(required = false) Long unitId,
                  @RequestParam(required = false) String days, @RequestParam(required = false) Integer page,
                  @RequestParam(required = false) Integer size, @RequestParam(required = false) String sort,
                  @RequestParam(required = false) String dir, Model model) {
        CurrentUser user = stats.reader();
        model.addAttribute("ui", support);
        model.addAttribute("communes", stats.communesOf(user));
        model.addAttribute("units", orgUnits.inScope(user.viewScope()));
        model.addAttribute("commune", commune);
        model.addAttribute("unitId", unitId);
        model.addAttribute("days", days == null ? String.valueOf(StatsService.DEFAULT_RECENT_DAYS) : days);
        model.addAttribute("errors", Map.of());
        try {
            StatsService.TestedUnit unit = stats.testedUnit(user, commune, unitId, days);
            if (unit != null) {
                model.addAttribute("unit", unit);
                model.addAttribute("sinceShown", Fields.show(Fields.dayOf(unit.since())));
                model.addAttribute("summary", stats.testedSummary(user, unit));
                model.addAttribute("result", stats.testedPage(user, unit,
                        ListQuery.of(page, size, sort, dir, PeopleTested.SORTABLE, "name")));
            }
        } catch (InvalidTestingInput e) {
            model.addAttribute("errors", support.errors(e));
        }
        return "testing/stats-people";
    }

    @GetMapping("/people/export.xlsx")
    void exportPeople(@RequestParam(required = false) String commune, @RequestParam(required = false) Long unitId,
                      @RequestParam(required = false) String days, HttpServletResponse response) throws IOException {
        CurrentUser user = stats.reader();
        StatsService.TestedUnit unit = stats.testedUnit(user, commune, unitId, days);
        if (unit == null) {
            throw TestingViews.notFound();
        }
        var locale = LocaleContextHolder.getLocale();
        List<String> headers = List.of("testing.stats.people.name", "testing.stats.people.birth", "testing.field.phone",
                        "testing.field.address", "testing.kits.commune", "testing.stats.people.samples",
                        "testing.stats.people.last", "testing.stats.people.lastResult", "testing.stats.people.resultAt")
                .stream().map(k -> messages.getMessage(k, null, locale)).toList();
        XlsxExport.send(response, "nguoi-da-xet-nghiem", "people", headers, x ->
                stats.exportTested(user, unit, p -> x.row(p.fullName(), p.birthYear(), p.phone(), p.addressText(),
                        support.communeName(p.communeCode()), p.samples(), Fields.show(p.lastCollectedAt()),
                        p.lastKind() == null ? null : messages.getMessage(p.lastKind().labelKey(), null, locale)
                                + ": " + messages.getMessage("testing.outcome." + p.lastOutcome().name(), null, locale),
                        Fields.show(p.lastResultAt()))));
    }
}
