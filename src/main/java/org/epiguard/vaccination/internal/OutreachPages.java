package org.epiguard.vaccination.internal;

import jakarta.servlet.http.HttpServletResponse;
import org.epiguard.access.AccessContext;
import org.epiguard.access.CurrentUser;
import org.epiguard.geo.AdminUnit;
import org.epiguard.geo.GeoDirectory;
import org.epiguard.geo.Villages;
import org.epiguard.platform.web.ListQuery;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/** The outreach list of a commune or village: the page, inline reasons (htmx), the print view and the XLSX export. */
@Controller
@RequestMapping("/vaccination/outreach")
class OutreachPages {

    private final OutreachPlaces places;
    private final OutreachLists lists;
    private final OutreachReasons reasons;
    private final OutreachPrintouts printouts;
    private final ListCompletions completions;
    private final AccessContext access;
    private final GeoDirectory geo;
    private final Villages villages;
    private final MessageSource messages;

    OutreachPages(OutreachPlaces places, OutreachLists lists, OutreachReasons reasons, OutreachPrintouts printouts,
                  ListCompletions completions, AccessContext access, GeoDirectory geo, Villages villages,
                  MessageSource messages) {
        this.places = places;
        this.lists = lists;
        this.reasons = reasons;
        this.printouts = printouts;
        this.completions = completions;
        this.access = access;
        this.geo = geo;
        this.villages = villages;
        this.messages = messages;
    }

    @GetMapping
    String list(@RequestParam(required = false) String commune, @RequestParam(required = false) String village,
                @RequestParam(required = false) String date, @RequestParam(required = false) String reason,
                @RequestParam(required = false) String status, @RequestParam(required = false) Integer page,
                @RequestParam(required = false) Integer size, @RequestParam(required = false) String sort,
                @RequestParam(required = false) String dir,
                @RequestHeader(value = "HX-Request", required = false) String htmx, Model model) {
        var place = places.resolve(commune, village);
        OutreachFilter filter = OutreachFilter.of(date, reason, status);
        model.addAttribute("filter", filter);
        model.addAttribute("dateText", filter.date().toString());
        model.addAttribute("reasons", OutreachReason.values());
        if (place.isEmpty()) {
            model.addAttribute("communes", communesByDistrict(access.currentUser()));
            return "vaccination/outreach-choose";
        }
        var me = access.currentUser();
        var query = ListQuery.of(page, size, sort, dir, OutreachLists.SORTABLE, "priority");
        model.addAttribute("place", place.get());
        model.addAttribute("villages", villages.inCommune(place.get().communeCode()));
        model.addAttribute("result", lists.page(me, place.get(), filter, query));
        model.addAttribute("canRecord", me.captureScope().level() == org.epiguard.access.ScopeLevel.COMMUNE
                && me.canCapture(place.get().location()));
        model.addAttribute("completion", completions.current(place.get().communeCode()).orElse(null));
        model.addAttribute("deadline", completions.deadline(place.get().location().provinceCode()).orElse(null));
        return htmx != null ? "vaccination/outreach :: results" : "vaccination/outreach";
    }

    /** Records a reason; answers the reason cell of the person's row (htmx swaps it in place). */
    @PostMapping("/reasons")
    String recordReason(@RequestParam long personId, @RequestParam(required = false) String reason,
                        @RequestParam(required = false) String note, Model model) {
        var recorded = reasons.record(personId, reason, note);
        model.addAttribute("personId", personId);
        model.addAttribute("current", recorded.reason());
        model.addAttribute("currentNote", recorded.note());
        model.addAttribute("reasons", OutreachReason.values());
        model.addAttribute("canRecord", true);
        model.addAttribute("saved", true);
        return "vaccination/outreach :: reasonCell";
    }

    @GetMapping("/print")
    String print(@RequestParam(required = false) String commune, @RequestParam(required = false) String village,
                 @RequestParam(required = false) String date, @RequestParam(required = false) String reason,
                 @RequestParam(required = false) String status, Model model) {
        var place = places.require(commune, village);
        OutreachFilter filter = OutreachFilter.of(date, reason, status);
        model.addAttribute("place", place);
        model.addAttribute("district", geo.unit(place.location().districtCode()).orElseThrow());
        model.addAttribute("province", geo.unit(place.location().provinceCode()).orElseThrow());
        model.addAttribute("dateShown", filter.date().format(OutreachDates.SHOWN));
        model.addAttribute("sheets", printouts.byVillage(access.currentUser(), place, filter, "print"));
        return "vaccination/outreach-print";
    }

    @GetMapping("/export.xlsx")
    void export(@RequestParam(required = false) String commune, @RequestParam(required = false) String village,
                @RequestParam(required = false) String date, @RequestParam(required = false) String reason,
                @RequestParam(required = false) String status, HttpServletResponse response) throws IOException {
        var place = places.require(commune, village);
        OutreachFilter filter = OutreachFilter.of(date, reason, status);
        var sheets = printouts.byVillage(access.currentUser(), place, filter, "xlsx");
        Locale locale = LocaleContextHolder.getLocale();
        List<String> headers = Stream.of("name", "birth", "sex", "phone", "village", "comorbidities", "priority",
                        "status", "doses", "lastDose", "reason", "note")
                .map(k -> msg("vaccination.outreach.column." + k, locale)).toList();
        String title = msg("vaccination.outreach.title", locale) + " " + place.commune().fullName() + " "
                + filter.date().format(OutreachDates.SHOWN);
        response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        response.setHeader("Content-Disposition", "attachment; filename*=UTF-8''" + URLEncoder.encode(
                "outreach-" + place.communeCode() + "-" + filter.date() + ".xlsx", StandardCharsets.UTF_8));
        OutreachWorkbook.write(sheets, title, msg("vaccination.outreach.noVillage", locale), headers, e -> {
            List<Object> v = new ArrayList<>();
            v.add(e.fullName());
            v.add(e.birthText());
            v.add(e.sex() == null ? null : msg("people.sex." + e.sex(), locale));
            v.add(e.phone());
            v.add(e.villageName());
            v.add(String.join(", ", e.comorbidities().stream().map(c -> msg("people.comorbidity." + c, locale)).toList()));
            v.add(msg("vaccination.outreach.priority." + e.priority(), locale));
            v.add(msg("vaccination.outreach.status." + e.status().name(), locale));
            v.add(e.doses());
            v.add(e.lastDoseText());
            v.add(e.reason() == null ? null : msg(e.reason().labelKey(), locale));
            v.add(e.note());
            return v;
        }, response.getOutputStream());
    }

    private String msg(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }

    /** The communes a province or district user may open, with their district. */
    private List<AdminUnit> communesByDistrict(CurrentUser me) {
        return geo.communesIn(me.viewScope()).stream()
                .sorted(java.util.Comparator.comparing(AdminUnit::districtCode).thenComparing(AdminUnit::name))
                .toList();
    }
}
