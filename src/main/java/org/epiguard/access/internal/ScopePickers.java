package org.epiguard.access.internal;

import org.epiguard.access.CurrentUser;
import org.epiguard.access.ScopeLevel;
import org.epiguard.geo.AdminUnit;
import org.epiguard.geo.GeoDirectory;
import org.springframework.stereotype.Component;

import java.util.Arrays;
import java.util.List;

/** Builds scope pickers limited to what the administrator may hand out: units inside their own view scope. */
@Component
class ScopePickers {

    private final GeoDirectory geo;
    private final ScopePlaces places;

    ScopePickers(GeoDirectory geo, ScopePlaces places) {
        this.geo = geo;
        this.places = places;
    }

    ScopePicker picker(String prefix, ScopeChoice choice, CurrentUser admin) {
        var adminPlace = places.locate(admin.viewScope()).orElse(ScopePlaces.NOWHERE);
        List<AdminUnit> provinces = adminPlace.provinceCode() == null ? geo.provinces()
                : geo.unit(adminPlace.provinceCode()).stream().toList();
        String province = choice.province() != null ? choice.province()
                : provinces.size() == 1 ? provinces.getFirst().code() : null;
        List<AdminUnit> districts = province == null ? List.of() : within(admin, geo.children(province));
        List<AdminUnit> communes = choice.district() == null ? List.of() : within(admin, geo.children(choice.district()));
        List<String> levels = Arrays.stream(ScopeLevel.values())
                .filter(l -> l != ScopeLevel.NATION || admin.viewScope().level() == ScopeLevel.NATION)
                .map(Enum::name).toList();
        var filled = new ScopeChoice(choice.level(), province, choice.district(), choice.commune(), choice.unit());
        return new ScopePicker(prefix, filled, levels, provinces, districts, communes);
    }

    /** Children of a unit, as options, keeping only those inside the administrator's scope. */
    List<AdminUnit> options(String parentCode, CurrentUser admin) {
        return parentCode == null || parentCode.isBlank() ? List.of() : within(admin, geo.children(parentCode));
    }

    private static List<AdminUnit> within(CurrentUser admin, List<AdminUnit> units) {
        return units.stream().filter(u -> admin.viewScope().containsAdminUnit(u.provinceCode(), u.districtCode(),
                u.communeCode())).toList();
    }
}
