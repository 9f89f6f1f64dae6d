package org.epiguard.people.internal;

import org.epiguard.access.CurrentUser;
import org.epiguard.access.Scope;
import org.epiguard.access.ScopeLevel;
import org.epiguard.geo.AdminUnit;
import org.epiguard.geo.GeoDirectory;
import org.epiguard.people.Comorbidity;
import org.epiguard.people.Occupation;
import org.epiguard.people.Sex;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import java.util.List;

/** What the person pages need besides the person: names of places and the choices of the form. */
@Component
class PersonPageModel {

    private final GeoDirectory geo;
    private final Places places;

    PersonPageModel(GeoDirectory geo, Places places) {
        this.geo = geo;
        this.places = places;
    }

    /** Names for the detail page. */
    void describe(Model model, Person p) {
        model.addAttribute("person", p);
        model.addAttribute("communeName", geo.describe(p.communeCode()));
        model.addAttribute("villageName", places.village(p.villageId()).map(Places.Village::name).orElse(null));
        model.addAttribute("workplaceName", places.workplace(p.workplaceId()).map(Places.Workplace::name).orElse(null));
    }

    /** The choices of the create and edit form: communes of the capture scope, their villages and workplaces. */
    void formChoices(Model model, CurrentUser user, String communeCode) {
        List<AdminUnit> communes = communesFor(user);
        String commune = communeCode != null ? communeCode : communes.isEmpty() ? null : communes.getFirst().code();
        model.addAttribute("communes", communes);
        model.addAttribute("villages", commune == null ? List.of() : places.villages(commune));
        if (user.captureScope().level() == ScopeLevel.UNIT) {
            model.addAttribute("workplaces", places.workplace(Long.parseLong(user.captureScope().code())).stream().toList());
        } else {
            model.addAttribute("workplaces", geo.unit(commune).map(c -> places.workplacesInDistrict(c.districtCode()))
                    .orElse(List.of()));
        }
        model.addAttribute("occupations", Occupation.values());
        model.addAttribute("comorbidityChoices", Comorbidity.values());
        model.addAttribute("sexes", Sex.values());
    }

    /** A school or enterprise registers its people wherever they live: every commune of its province. */
    private List<AdminUnit> communesFor(CurrentUser user) {
        Scope capture = user.captureScope();
        if (capture.level() != ScopeLevel.UNIT) {
            return geo.communesIn(capture);
        }
        return places.workplace(Long.parseLong(capture.code())).flatMap(w -> geo.unit(w.communeCode()))
                .map(c -> geo.communesIn(Scope.of("PROVINCE", c.provinceCode()))).orElse(List.of());
    }

    List<AdminUnit> districtsFor(CurrentUser user) {
        return geo.districtsIn(user.viewScope());
    }

    List<AdminUnit> communesIn(CurrentUser user, String district) {
        if (district != null && district.matches("\\d{3}") && user.viewScope().containsAdminUnit(
                geo.unit(district).map(AdminUnit::provinceCode).orElse(null), district, null)) {
            return geo.children(district);
        }
        ScopeLevel level = user.viewScope().level();
        return level == ScopeLevel.COMMUNE || level == ScopeLevel.DISTRICT ? geo.communesIn(user.viewScope()) : List.of();
    }
}
