package org.epiguard.vaccination.internal;

import jakarta.servlet.http.HttpServletResponse;
import org.epiguard.access.AccessContext;
import org.epiguard.geo.Villages;
import org.epiguard.platform.web.XlsxExport;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.io.IOException;
import java.util.List;
import java.util.stream.Stream;

/** The due list of a commune or village on a date, and its XLSX export. */
@Controller
@RequestMapping("/vaccination/outreach/due")
class DuePages {

    private final OutreachPlaces places;
    private final DueLists due;
    private final AccessContext access;
    private final Villages villages;
    private final MessageSource messages;

    DuePages(OutreachPlaces places, DueLists due, AccessContext access, Villages villages, MessageSource messages) {
        this.places = places;
        this.due = due;
        this.access = access;
        this.villages = villages;
        this.messages = messages;
    }

    @GetMapping
    String list(@RequestParam(required = false) String commune, @RequestParam(required = false) String village,
                @RequestParam(required = false) String date, Model model) {
        var place = places.require(commune, village);
        var on = OutreachDates.parse("date", date);
        model.addAttribute("place", place);
        model.addAttribute("villages", villages.inCommune(place.communeCode()));
        model.addAttribute("dateText", on.toString());
        model.addAttribute("rows", due.due(access.currentUser(), place, on));
        model.addAttribute("max", DueLists.MAX_ROWS);
        return "vaccination/outreach-due";
    }

    @GetMapping("/export.xlsx")
    void export(@RequestParam(required = false) String commune, @RequestParam(required = false) String village,
                @RequestParam(required = false) String date, HttpServletResponse response) throws IOException {
        var place = places.require(commune, village);
        var on = OutreachDates.parse("date", date);
        var rows = due.export(access.currentUser(), place, on);
        var locale = LocaleContextHolder.getLocale();
        List<String> headers = Stream.of("name", "birth", "phone", "village", "doses", "lastDose", "product", "nextDose", "dueFrom")
                .map(k -> messages.getMessage("vaccination.outreach.column." + k, null, k, locale)).toList();
        XlsxExport.send(response, "due-" + place.communeCode(), messages.getMessage("vaccination.outreach.due.title", null, locale),
                headers, x -> rows.forEach(e -> x.row(e.fullName(), e.birthYear(), e.phone(), e.villageName(), e.doses(),
                        e.lastDoseDate(), e.productName(), e.nextDose(), e.dueFrom())));
    }
}
