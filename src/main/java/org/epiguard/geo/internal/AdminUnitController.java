package org.epiguard.geo.internal;

import org.epiguard.access.AccessContext;
import org.epiguard.geo.AdminUnit;
import org.epiguard.geo.GeoDirectory;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import java.util.ArrayList;
import java.util.List;

/** The administrative units browser and the population page of a unit with its children. */
@Controller
class AdminUnitController {

    private final AccessContext access;
    private final AdminUnitBrowser browser;
    private final GeoDirectory directory;
    private final PopulationQueries population;
    private final ScopeArea area;

    AdminUnitController(AccessContext access, AdminUnitBrowser browser, GeoDirectory directory,
                        PopulationQueries population, ScopeArea area) {
        this.access = access;
        this.browser = browser;
        this.directory = directory;
        this.population = population;
        this.area = area;
    }

    @GetMapping({"/geo", "/geo/units"})
    String top(Model model) {
        model.addAttribute("units", browser.top(access.currentUser().viewScope()));
        model.addAttribute("trail", List.of());
        return "geo/units";
    }

    @GetMapping("/geo/units/{code}")
    String unit(@PathVariable String code, Model model) {
        var view = access.currentUser().viewScope();
        AdminUnit unit = browser.visible(view, code);
        model.addAttribute("unit", unit);
        model.addAttribute("population", population.population(code).orElseThrow());
        model.addAttribute("units", browser.children(view, code));
        model.addAttribute("trail", trail(unit));
        return "geo/units";
    }

    /** The unit's ancestors that the user may open, province first. */
    private List<AdminUnit> trail(AdminUnit unit) {
        var view = access.currentUser().viewScope();
        List<AdminUnit> trail = new ArrayList<>();
        String parent = unit.parentCode();
        while (parent != null) {
            var p = directory.unit(parent).orElseThrow();
            if (area.covers(view, p)) {
                trail.addFirst(p);
            }
            parent = p.parentCode();
        }
        return trail;
    }
}
