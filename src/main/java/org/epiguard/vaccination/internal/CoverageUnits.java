package org.epiguard.vaccination.internal;

import org.epiguard.access.CurrentUser;
import org.epiguard.access.Scope;
import org.epiguard.access.ScopeLevel;
import org.epiguard.geo.AdminLevel;
import org.epiguard.geo.AdminUnit;
import org.epiguard.geo.GeoDirectory;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

import java.util.List;
import java.util.Optional;

/**
 * Which administrative units a user may see coverage of (those inside their view scope; none for an
 * organisation-unit scope), the unit shown by default (their scope's own unit), and the choices of
 * the province → district → commune picker.
 */
@Component
class CoverageUnits {

    private final GeoDirectory geo;
    private final JdbcClient jdbc;

    CoverageUnits(GeoDirectory geo, JdbcClient jdbc) {
        this.geo = geo;
        this.jdbc = jdbc;
    }

    /** The unit asked for, or the user's own; 404 when it is unknown or outside the view scope. */
    AdminUnit resolve(CurrentUser user, String code) {
        String wanted = code == null || code.isBlank() ? home(user.viewScope()).orElse(null) : code.trim();
        return geo.unit(wanted).filter(u -> visible(user, u))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    boolean visible(CurrentUser user, AdminUnit unit) {
        String province = unit.provinceCode();
        String district = unit.level() == AdminLevel.DISTRICT ? unit.code() : unit.districtCode();
        return user.viewScope().containsAdminUnit(province, district, unit.communeCode());
    }

    /** The unit of a scope (nation: the province with the most registered people). */
    Optional<String> home(Scope scope) {
        return switch (scope.level()) {
            case PROVINCE, DISTRICT, COMMUNE -> Optional.of(scope.code());
            case NATION -> jdbc.sql("""
                            select province_code from people_person where merged_into is null
                             group by province_code order by count(*) desc, province_code limit 1""")
                    .query(String.class).optional();
            case UNIT -> Optional.empty();
        };
    }

    /** Provinces, districts of the shown province and communes of the shown district that the user may pick. */
    Picker picker(CurrentUser user, AdminUnit shown) {
        Scope scope = user.viewScope();
        AdminUnit province = geo.unit(shown.provinceCode()).orElseThrow();
        String districtCode = shown.level() == AdminLevel.PROVINCE ? null
                : shown.level() == AdminLevel.DISTRICT ? shown.code() : shown.districtCode();
        List<AdminUnit> provinces = scope.level() == ScopeLevel.NATION ? geo.provinces() : List.of(province);
        List<AdminUnit> districts = geo.children(province.code()).stream().filter(d -> visible(user, d)).toList();
        List<AdminUnit> communes = districtCode == null ? List.of()
                : geo.children(districtCode).stream().filter(c -> visible(user, c)).toList();
        return new Picker(provinces, districts, communes, province.code(), districtCode, shown.communeCode());
    }

    public record Picker(List<AdminUnit> provinces, List<AdminUnit> districts, List<AdminUnit> communes,
                  String province, String district, String commune) {
    }
}
