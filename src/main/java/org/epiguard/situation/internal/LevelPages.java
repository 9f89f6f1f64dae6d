package org.epiguard.situation.internal;

import org.epiguard.access.AccessContext;
import org.epiguard.access.CurrentUser;
import org.epiguard.geo.AdminUnit;
import org.epiguard.geo.GeoDirectory;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/** The levels page: a unit on a date with why, in force and pending, measures, history, parts; recompute jobs. */
@Controller
@RequestMapping("/situation/levels")
class LevelPages {

    private final LevelViews views;
    private final LevelJobs jobs;
    private final SituationUnits units;
    private final GeoDirectory geo;
    private final AccessContext access;
    private final org.springframework.context.MessageSource messages;

    LevelPages(LevelViews views, LevelJobs jobs, SituationUnits units, GeoDirectory geo, AccessContext access,
               org.springframework.context.MessageSource messages) {
        this.messages = messages;
        this.views = views;
        this.jobs = jobs;
        this.units = units;
        this.geo = geo;
        this.access = access;
    }

    @GetMapping
    String page(@RequestParam(required = false) String unit, @RequestParam(required = false) String date, Model model) {
        CurrentUser user = access.currentUser();
        AdminUnit shown = units.any(user, unit);
        var onDate = Dates.today();
        try {
            onDate = Dates.parse("date", date);
        } catch (InvalidField e) {
            model.addAttribute("dateError", e.getMessage());
        }
        var view = views.view(shown, onDate, LocaleContextHolder.getLocale());
        model.addAttribute("view", view);
        model.addAttribute("shown", shown);
        model.addAttribute("date", Dates.format(onDate));
        model.addAttribute("parent", shown.parentCode() == null ? null : geo.unit(shown.parentCode()).orElse(null));
        model.addAttribute("canRecompute", user.isAdmin() || user.viewScope().code().equals(shown.provinceCode())
                && user.role() == org.epiguard.access.Role.PROVINCE_COMMITTEE);
        model.addAttribute("isAdmin", user.isAdmin());
        return "situation/levels";
    }

    /** The levels of the unit's parts (districts or communes) on the date, with their inputs, as XLSX. */
    @GetMapping("/export.xlsx")
    public void export(@RequestParam(required = false) String unit, @RequestParam(required = false) String date,
                       jakarta.servlet.http.HttpServletResponse response) throws java.io.IOException {
        AdminUnit shown = units.any(access.currentUser(), unit);
        var rows = views.rows(shown, Dates.parse("date", date));
        var locale = LocaleContextHolder.getLocale();
        org.epiguard.platform.web.XlsxExport.send(response, "cap-do-dich-" + shown.code(), "levels", java.util.List.of(
                text("situation.levels.unit", locale), "code", text("situation.levels.date", locale),
                text("situation.levels.assessed", locale), text("situation.levels.inForce", locale),
                text("situation.xlsx.population", locale), text("situation.xlsx.newCases", locale),
                text("situation.xlsx.communityCases", locale), text("situation.xlsx.deaths", locale)), x -> {
            for (var r : rows) {
                x.row(r.name(), r.code(), r.date(), r.assessedLevel(), r.levelInForce(), r.inputs().population(),
                        r.inputs().newCases(), r.inputs().communityCases(), r.inputs().deaths());
            }
        });
    }

    private String text(String key, java.util.Locale locale) {
        return messages.getMessage(key, null, locale);
    }

    @PostMapping("/recompute")
    String recompute(@RequestParam(required = false) String date, @RequestParam(required = false) String province) {
        String p = province == null || province.isBlank() ? null : province;
        Recomputers.require(access.currentUser(), p);
        var job = jobs.start(Dates.parse("date", date), p);
        return "redirect:/situation/levels/jobs/" + job.id();
    }

    @GetMapping("/jobs/{id}")
    String job(@PathVariable long id, Model model) {
        model.addAttribute("job", jobs.job(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)));
        return "situation/job";
    }
}
