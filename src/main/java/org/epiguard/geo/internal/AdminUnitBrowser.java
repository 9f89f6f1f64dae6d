package org.epiguard.geo.internal;

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

/**
 * Provinces → districts → communes inside a view scope, each with its effective population and its
 * counts of child units, villages and active organisation units.
 */
@Component
class AdminUnitBrowser {

    private final JdbcClient jdbc;
    private final GeoDirectory directory;
    private final ScopeArea area;

    AdminUnitBrowser(JdbcClient jdbc, GeoDirectory directory, ScopeArea area) {
        this.jdbc = jdbc;
        this.directory = directory;
        this.area = area;
    }

    /** The units at the top of a scope: every province (nation), or the scope's own unit. */
    List<UnitSummary> top(Scope view) {
        Scope scope = area.of(view).orElse(null);
        if (scope == null) {
            return List.of();
        }
        if (scope.level() == ScopeLevel.NATION) {
            return query(AdminLevel.PROVINCE, "u.level = 'PROVINCE'", null);
        }
        AdminUnit unit = directory.unit(scope.code()).orElseThrow();
        return query(unit.level(), "u.code = :k", unit.code());
    }

    /** The children of a unit inside the scope; 404 for a unit outside it. */
    List<UnitSummary> children(Scope view, String parentCode) {
        AdminUnit parent = visible(view, parentCode);
        if (parent.level() == AdminLevel.COMMUNE) {
            return List.of();
        }
        AdminLevel childLevel = parent.level() == AdminLevel.PROVINCE ? AdminLevel.DISTRICT : AdminLevel.COMMUNE;
        return query(childLevel, "u.parent_code = :k", parent.code());
    }

    /** A unit of the GSO list inside the scope, else 404 as if it did not exist. */
    AdminUnit visible(Scope view, String code) {
        return directory.unit(code).filter(u -> area.covers(view, u))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private List<UnitSummary> query(AdminLevel level, String where, String key) {
        String column = switch (level) {
            case PROVINCE -> "province_code";
            case DISTRICT -> "district_code";
            case COMMUNE -> "commune_code";
        };
        var spec = jdbc.sql("""
                select u.code, u.level, u.name, u.unit_type,
                       (select count(*) from geo_admin_unit c where c.parent_code = u.code) as children,
                       (select count(*) from geo_village v where v.%1$s = u.code) as villages,
                       (select count(*) from geo_org_unit o where o.active and o.%1$s = u.code) as org_units,
                       p.*
                from geo_admin_unit u
                join geo_population_effective p on p.unit_code = u.code
                where %2$s
                order by u.code""".formatted(column, where));
        return (key == null ? spec : spec.param("k", key)).query((rs, i) -> new UnitSummary(rs.getString("code"),
                AdminLevel.valueOf(rs.getString("level")), rs.getString("name"), rs.getString("unit_type"),
                rs.getInt("children"), rs.getLong("villages"), rs.getLong("org_units"),
                PopulationQueries.read(rs))).list();
    }
}
