package org.epiguard.geo.internal;

import org.epiguard.access.Scope;
import org.epiguard.access.ScopeLevel;
import org.epiguard.geo.AdminUnit;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.Optional;

/**
 * The administrative area a scope covers, for reference geography (units and population): an
 * organisation-unit scope sees the commune its unit lies in.
 */
@Component
class ScopeArea {

    private final JdbcClient jdbc;

    ScopeArea(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The scope as an area of the GSO list; empty for a unit scope whose unit does not exist. */
    Optional<Scope> of(Scope scope) {
        if (scope.level() != ScopeLevel.UNIT) {
            return Optional.of(scope);
        }
        return jdbc.sql("select commune_code from geo_org_unit where id = :id")
                .param("id", scope.key()).query(String.class).optional()
                .map(c -> new Scope(ScopeLevel.COMMUNE, c));
    }

    boolean covers(Scope scope, AdminUnit unit) {
        return of(scope).map(s -> s.containsAdminUnit(unit.provinceCode(), unit.districtCode(), unit.communeCode()))
                .orElse(false);
    }
}
