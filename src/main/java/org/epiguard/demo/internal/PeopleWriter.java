package org.epiguard.demo.internal;

import org.springframework.jdbc.core.simple.JdbcClient;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * Writes the households and people of a commune with COPY: household ids are taken from their
 * sequence first, so that people can point at them in the same stream.
 */
final class PeopleWriter {

    private static final String PROVINCE = "22";
    private static final String HOUSEHOLD_COLUMNS =
            "people_household (id, province_code, district_code, commune_code, village_id, address_text)";
    private static final String PERSON_COLUMNS = """
            people_person (citizen_id, full_name, birth_year, birth_date, sex, phone, province_code, district_code,
                           commune_code, village_id, address_text, household_id, occupation, workplace_id,
                           comorbidities, pregnant)""";

    private final JdbcClient jdbc;
    private final Connection connection;
    private final long[] villageIds;
    private final long[] placeIds;

    PeopleWriter(JdbcClient jdbc, Connection connection, long[] villageIds, long[] placeIds) {
        this.jdbc = jdbc;
        this.connection = connection;
        this.villageIds = villageIds;
        this.placeIds = placeIds;
    }

    void write(CommunePeople batch) throws SQLException {
        List<DemoHousehold> households = batch.households();
        if (households.isEmpty()) {
            return;
        }
        List<Long> ids = jdbc.sql("select nextval(pg_get_serial_sequence('people_household', 'id')) from generate_series(1, :n)")
                .param("n", households.size()).query(Long.class).list();
        long firstKey = households.getFirst().key();
        try (var copy = new CopyStream(connection, HOUSEHOLD_COLUMNS)) {
            for (DemoHousehold h : households) {
                copy.col(ids.get((int) (h.key() - firstKey))).col(PROVINCE).col(h.districtCode()).col(h.communeCode())
                        .col(village(h.villageKey())).col(h.addressText()).endRow();
            }
        }
        try (var copy = new CopyStream(connection, PERSON_COLUMNS)) {
            for (DemoPerson p : batch.people()) {
                copy.col(p.citizenId()).col(p.fullName()).col(p.birthYear()).col(p.birthDate()).col(p.sex())
                        .col(p.phone()).col(PROVINCE).col(p.districtCode()).col(p.communeCode())
                        .col(village(p.villageKey())).col(p.addressText()).col(ids.get((int) (p.householdKey() - firstKey)))
                        .col(p.occupation()).col(p.workplaceKey() < 0 ? null : placeIds[p.workplaceKey()])
                        .array(p.comorbidities()).col(p.pregnant()).endRow();
            }
        }
    }

    private Long village(int key) {
        return key < 0 || villageIds[key] == 0 ? null : villageIds[key];
    }
}
