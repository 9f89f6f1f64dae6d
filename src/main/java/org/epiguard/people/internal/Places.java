package org.epiguard.people.internal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Optional;

/**
 * The villages and organisation units a person can be attached to. Both tables belong to the geo
 * module; the registry only reads them, by plain SQL, to validate and to show names.
 */
@Component
class Places {

    record Village(long id, String communeCode, String name) {
    }

    record Workplace(long id, String name, String unitType, String communeCode) {
    }

    private final JdbcClient jdbc;

    Places(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Village> village(Long id) {
        if (id == null) {
            return Optional.empty();
        }
        return jdbc.sql("select id, commune_code, name from geo_village where id = :id").param("id", id)
                .query(Village.class).optional();
    }

    List<Village> villages(String communeCode) {
        return jdbc.sql("select id, commune_code, name from geo_village where commune_code = :c order by name")
                .param("c", communeCode).query(Village.class).list();
    }

    Optional<Workplace> workplace(Long id) {
        if (id == null) {
            return Optional.empty();
        }
        return jdbc.sql("select id, name, unit_type, commune_code from geo_org_unit where id = :id").param("id", id)
                .query(Workplace.class).optional();
    }

    /** Workplaces and schools of a district, where the people of its communes mostly work and study. */
    List<Workplace> workplacesInDistrict(String districtCode) {
        return jdbc.sql("""
                        select id, name, unit_type, commune_code from geo_org_unit
                        where district_code = :d and active order by unit_type, name limit 500""")
                .param("d", districtCode).query(Workplace.class).list();
    }
}
