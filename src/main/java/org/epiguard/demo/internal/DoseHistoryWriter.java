package org.epiguard.demo.internal;

import org.springframework.jdbc.core.simple.JdbcClient;

import java.sql.Connection;
import java.sql.Date;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes the demo vaccination history with COPY, commune after commune: reads the commune's written
 * people, asks {@link DoseGenerator} for their doses and streams them into vacc_dose with the
 * commune's health station as the site (source IMPORT: the national platform's records).
 */
final class DoseHistoryWriter {

    private static final String DOSE_COLUMNS = """
            vacc_dose (person_id, product_code, lot, dose_date, dose_number, site_org_id, site_name, province_code,
                       district_code, commune_code, source)""";

    private final JdbcClient jdbc;
    private final Connection connection;

    DoseHistoryWriter(JdbcClient jdbc, Connection connection) {
        this.jdbc = jdbc;
        this.connection = connection;
    }

    /** Writes the history of every commune's people; returns the number of doses. */
    long write(List<Commune> communes, DoseGenerator generator) throws SQLException {
        Map<String, Site> sites = healthStations();
        long written = 0;
        for (Commune commune : communes) {
            List<DemoDose> doses = generator.commune(commune.code(), recipients(commune.code()));
            if (doses.isEmpty()) {
                continue;
            }
            Site site = sites.get(commune.code());
            try (var copy = new CopyStream(connection, DOSE_COLUMNS)) {
                for (DemoDose d : doses) {
                    copy.col(d.personId()).col(d.product()).col(d.lot()).col(d.date()).col(d.number())
                            .col(site == null ? null : site.id()).col(site == null ? null : site.name())
                            .col("22").col(commune.districtCode()).col(commune.code()).col("IMPORT").endRow();
                }
                written += copy.rows();
            }
        }
        return written;
    }

    private List<DoseRecipient> recipients(String communeCode) {
        return jdbc.sql("""
                        select p.id, p.occupation, cardinality(p.comorbidities) > 0 as comorbid,
                               case when p.birth_date is not null then extract(year from age(cast(:target as date), p.birth_date))::int
                                    else extract(year from cast(:target as date))::int - p.birth_year end as age
                          from people_person p
                         where p.commune_code = :commune and p.merged_into is null
                         order by p.id""")
                .param("target", Date.valueOf(DoseGenerator.TARGET_DATE)).param("commune", communeCode)
                .query((rs, i) -> new DoseRecipient(rs.getLong("id"), rs.getInt("age"), rs.getString("occupation"),
                        rs.getBoolean("comorbid")))
                .list();
    }

    private Map<String, Site> healthStations() {
        Map<String, Site> sites = new HashMap<>();
        jdbc.sql("""
                        select distinct on (commune_code) commune_code, id, name from geo_org_unit
                         where unit_type = 'HEALTH_STATION' and province_code = '22'
                         order by commune_code, id""")
                .query(rs -> {
                    sites.put(rs.getString("commune_code"), new Site(rs.getLong("id"), rs.getString("name")));
                });
        return sites;
    }

    private record Site(long id, String name) {
    }
}
