package org.epiguard.testing.internal;

import org.epiguard.access.CurrentUser;
import org.epiguard.access.Location;
import org.epiguard.access.ScopeLevel;
import org.epiguard.geo.AdminLevel;
import org.epiguard.geo.AdminUnit;
import org.epiguard.geo.GeoDirectory;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;

/**
 * The province, district or commune a statistics page shows: one inside the user's view scope (else
 * 404), by default the scope's own. A user whose scope is one organisation unit has no area: their
 * figures are those of their unit ({@link #NONE}).
 */
@Component
class StatsArea {

    /** The shown area; {@code unit} null for a user of one organisation unit. */
    record Area(AdminUnit unit) {

        /** The predicate keeping the rows of the area (binds {@code :area}); "true" without one. */
        String sql(String alias) {
            if (unit == null) {
                return "true";
            }
            return alias + "." + switch (unit.level()) {
                case PROVINCE -> "province_code";
                case DISTRICT -> "district_code";
                default -> "commune_code";
            } + " = :area";
        }

        /** The column a table of parts groups by: the districts of a province, else the communes. */
        String partColumn(String alias) {
            return alias + "." + (unit != null && unit.level() == AdminLevel.PROVINCE ? "district_code" : "commune_code");
        }

        String code() {
            return unit == null ? null : unit.code();
        }

        Location location() {
            if (unit == null) {
                return null;
            }
            return switch (unit.level()) {
                case PROVINCE -> Location.commune(unit.code(), null, null);
                case DISTRICT -> Location.commune(unit.provinceCode(), unit.code(), null);
                default -> Location.commune(unit.provinceCode(), unit.districtCode(), unit.code());
            };
        }
    }

    static final Area NONE = new Area(null);

    private final GeoDirectory geo;

    StatsArea(GeoDirectory geo) {
        this.geo = geo;
    }

    /** The area asked for (a GSO code), or the user's own; 404 for an unknown code or one outside the view scope. */
    Area resolve(CurrentUser user, String code) {
        if (code == null || code.isBlank()) {
            if (user.viewScope().level() == ScopeLevel.UNIT || user.viewScope().level() == ScopeLevel.NATION) {
                return NONE;
            }
            return new Area(geo.unit(user.viewScope().code()).orElseThrow(TestingViews::notFound));
        }
        AdminUnit unit = geo.unit(code.strip()).filter(u -> visible(user, u))
                .orElseThrow(TestingViews::notFound);
        return new Area(unit);
    }

    static boolean visible(CurrentUser user, AdminUnit u) {
        String province = u.level() == AdminLevel.PROVINCE ? u.code() : u.provinceCode();
        String district = u.level() == AdminLevel.DISTRICT ? u.code() : u.districtCode();
        return user.viewScope().containsAdminUnit(province, district, u.communeCode());
    }

    /**
     * The areas to choose from: the scope's own unit, its districts, and the communes of the shown
     * district (or of the shown commune's district), all inside the view scope.
     */
    List<AdminUnit> choices(CurrentUser user, Area shown) {
        List<AdminUnit> choices = new ArrayList<>();
        if (user.viewScope().level() == ScopeLevel.UNIT || user.viewScope().level() == ScopeLevel.NATION) {
            return choices;
        }
        geo.unit(user.viewScope().code()).ifPresent(choices::add);
        if (user.viewScope().level() == ScopeLevel.PROVINCE) {
            choices.addAll(geo.children(user.viewScope().code()));
        }
        String district = shown.unit() == null ? null : shown.unit().level() == AdminLevel.DISTRICT ? shown.unit().code()
                : shown.unit().level() == AdminLevel.COMMUNE ? shown.unit().districtCode() : null;
        if (district != null && user.viewScope().level() != ScopeLevel.COMMUNE) {
            geo.children(district).stream().filter(c -> visible(user, c)).forEach(choices::add);
        }
        return choices;
    }

    String name(String code) {
        return geo.name(code);
    }
}
