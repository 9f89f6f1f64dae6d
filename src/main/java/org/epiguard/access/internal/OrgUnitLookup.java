package org.epiguard.access.internal;

import org.epiguard.access.Location;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.util.Optional;

/**
 * Where an organisation unit is, read straight from geo_org_unit: the access module needs only
 * this one fact about units to check a UNIT scope.
 */
@Repository
class OrgUnitLookup {

    private final JdbcClient jdbc;

    OrgUnitLookup(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Location> location(long unitId) {
        return jdbc.sql("select province_code, district_code, commune_code from geo_org_unit where id = :id")
                .param("id", unitId)
                .query((rs, i) -> new Location(rs.getString(1), rs.getString(2), rs.getString(3), unitId))
                .optional();
    }
}
