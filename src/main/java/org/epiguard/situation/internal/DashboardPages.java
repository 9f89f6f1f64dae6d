package org.epiguard.situation.internal;

import org.epiguard.access.AccessContext;
import org.epiguard.access.CurrentUser;
import org.epiguard.access.Role;
import org.epiguard.geo.AdminLevel;
import org.epiguard.geo.AdminUnit;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

import java.text.NumberFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * The command-centre dashboard page of a province, district or commune (drill-down through its parts),
 * and the administrator's full rebuild of a province. The page reads only pre-aggregated figures; its
 * curve is drawn in the browser from the dashboard API.
 */
@Controller
@RequestMapping("/situation/dashboard")
class DashboardPages {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss dd/MM/yyyy")
            .withZone(ZoneId.of("Asia/Ho_Chi_Minh"));

    private final Dashboards dashboards;
    private final DashboardJobs jobs;
    private final SituationUnits units;
    private final AccessContext access;

    DashboardPages(Dashboards dashboards, DashboardJobs jobs, SituationUnits units, AccessContext access) {
        this.dashboards = dashboards;
        this.jobs = jobs;
        this.units = units;
        this.access = access;
    }

    @GetMapping
    String page(@RequestParam(required = false) String unit, @RequestParam(required = false) String date,
                @RequestParam(required = false) String days, @RequestParam(required = false) String rebuilding,
                jakarta.servlet.http.HttpServletRequest request, Model model) {
        CurrentUser user = access.currentUser();
        DashboardRequest q;
        try {
            q = DashboardRequest.of(user, units, unit, date, days);
        } catch (InvalidField e) {
            model.addAttribute("error", e.getMessage());
            q = DashboardRequest.of(user, units, unit, null, null);
        }
        DashboardFigures f = dashboards.shown(q);
        model.addAttribute("f", f);
        model.addAttribute("date", Dates.format(q.date()));
        model.addAttribute("days", q.days());
        model.addAttribute("up", up(user, q.unit(), q.date()));
        model.addAttribute("dataUrl", UriComponentsBuilder.fromPath("/api/v1/situation/dashboard")
                .queryParam("unit", f.unitCode()).queryParam("date", Dates.format(q.date()))
                .queryParam("days", q.days()).build().toUriString());
        model.addAttribute("canRebuild", canRebuild(user, q.unit().provinceCode()));
        model.addAttribute("rebuilding", rebuilding != null);
        // the figures' links are written as they are, under the context path: a Thymeleaf link expression
        // passes through the static-resource URL encoding, which looks each one up on the classpath
        model.addAttribute("ctx", request.getContextPath());
        model.addAttribute("ui", new Format(LocaleContextHolder.getLocale()));
        return "situation/dashboard";
    }

    @PostMapping("/rebuild")
    String rebuild(@RequestParam(required = false) String province) {
        if (province == null || !province.matches("\\d{2}")) {
            throw new InvalidField("province", "a province is a 2-digit GSO code");
        }
        Recomputers.require(access.currentUser(), province);
        jobs.rebuildLater(province);
        return "redirect:/situation/dashboard?unit=" + province + "&rebuilding=1";
    }

    /** The dashboard one level up, when the user may see it. */
    private AdminUnit up(CurrentUser user, AdminUnit unit, java.time.LocalDate date) {
        if (unit.level() == AdminLevel.PROVINCE) {
            return null;
        }
        String parent = unit.level() == AdminLevel.DISTRICT ? unit.provinceCode() : unit.districtCode();
        try {
            return units.visible(user, parent);
        } catch (org.springframework.web.server.ResponseStatusException e) {
            return null;
        }
    }

    private static boolean canRebuild(CurrentUser user, String province) {
        return user.isAdmin() || user.role() == Role.PROVINCE_COMMITTEE && province.equals(user.viewScope().code());
    }

    /** The page's number and time formats, made once per page (a format is not shared between threads). */
    public static final class Format {

        private final NumberFormat integers;
        private final NumberFormat decimals;

        Format(java.util.Locale locale) {
            integers = NumberFormat.getIntegerInstance(locale);
            decimals = NumberFormat.getNumberInstance(locale);
            decimals.setMinimumFractionDigits(0);
            decimals.setMaximumFractionDigits(2);
        }

        /** 1.234 (vi) or 1,234 (en). */
        public String n(long value) {
            return integers.format(value);
        }

        /** 12,5% or — when there is no denominator. */
        public String pct(Double value) {
            return value == null ? "—" : decimals.format(value) + "%";
        }

        public String time(Instant at) {
            return at == null ? "—" : TIME.format(at);
        }

        public String day(java.time.LocalDate d) {
            return Dates.format(d);
        }
    }
}
