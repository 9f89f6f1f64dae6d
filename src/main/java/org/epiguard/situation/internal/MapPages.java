package org.epiguard.situation.internal;

import org.epiguard.access.AccessContext;
import org.epiguard.access.CurrentUser;
import org.epiguard.access.ScopeLevel;
import org.epiguard.geo.AdminLevel;
import org.epiguard.geo.AdminUnit;
import org.epiguard.geo.GeoDirectory;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.time.LocalDate;

/** The level map page: the map is drawn in the browser from {@link MapApi}'s data. */
@Controller
@RequestMapping("/situation/map")
class MapPages {

    private final SituationUnits units;
    private final GeoDirectory geo;
    private final AccessContext access;

    MapPages(SituationUnits units, GeoDirectory geo, AccessContext access) {
        this.units = units;
        this.geo = geo;
        this.access = access;
    }

    @GetMapping
    String page(@RequestParam(required = false) String unit, @RequestParam(required = false) String date, Model model) {
        CurrentUser user = access.currentUser();
        boolean noHome = (unit == null || unit.isBlank()) && user.viewScope().level() == ScopeLevel.UNIT;
        AdminUnit asked = noHome ? geo.provinces().getFirst() : units.any(user, unit);
        AdminUnit shown = asked.level() == AdminLevel.COMMUNE ? geo.unit(asked.districtCode()).orElseThrow() : asked;
        LocalDate onDate = Dates.today();
        try {
            onDate = Dates.parse("date", date);
        } catch (InvalidField e) {
            model.addAttribute("dateError", e.getMessage());
        }
        model.addAttribute("shown", shown);
        model.addAttribute("shownName", geo.describe(shown.code()));
        model.addAttribute("parent", shown.parentCode() == null ? null : geo.unit(shown.parentCode()).orElse(null));
        model.addAttribute("date", Dates.format(onDate));
        model.addAttribute("dataUrl", "/api/v1/situation/map/" + asked.code() + "?date=" + onDate);
        return "situation/map";
    }
}
