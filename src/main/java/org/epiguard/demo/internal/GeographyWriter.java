package org.epiguard.demo.internal;

import org.springframework.jdbc.core.simple.JdbcClient;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * Writes the population, villages and organisation units of the demo into the geo tables, keeping
 * whatever is there already (population entered for a unit, a village or unit of the same name),
 * and returns the database ids of villages and units by their key in the plan.
 */
final class GeographyWriter {

    private static final String PROVINCE = "22";

    private final JdbcClient jdbc;
    private final Connection connection;

    GeographyWriter(JdbcClient jdbc, Connection connection) {
        this.jdbc = jdbc;
        this.connection = connection;
    }

    int writePopulation(List<CommunePopulation> population) throws SQLException {
        jdbc.sql("""
                create temp table demo_population_stage (unit_code text, total int, a0 int, a5 int, a12 int,
                    a18 int, a50 int, a65 int) on commit drop""").update();
        try (var copy = new CopyStream(connection, "demo_population_stage")) {
            for (CommunePopulation p : population) {
                copy.col(p.communeCode()).col(p.total());
                p.bands().forEach(copy::col);
                copy.endRow();
            }
        }
        return jdbc.sql("""
                insert into geo_population (unit_code, total, age_0_4, age_5_11, age_12_17, age_18_49, age_50_64,
                                            age_65_plus, source)
                select unit_code, total, a0, a5, a12, a18, a50, a65,
                       'Demo: Quảng Ninh 2019 census total 1,320,324, split synthetically'
                  from demo_population_stage
                on conflict (unit_code) do nothing""").update();
    }

    long[] writeVillages(List<DemoVillage> villages) throws SQLException {
        jdbc.sql("""
                create temp table demo_village_stage (key int, commune_code text, village_type text, name text)
                on commit drop""").update();
        try (var copy = new CopyStream(connection, "demo_village_stage")) {
            for (DemoVillage v : villages) {
                copy.col(v.key()).col(v.communeCode()).col(v.villageType()).col(v.name()).endRow();
            }
        }
        jdbc.sql("""
                insert into geo_village (province_code, district_code, commune_code, village_type, name)
                select :province, a.district_code, s.commune_code, s.village_type, s.name
                  from demo_village_stage s join geo_admin_unit a on a.code = s.commune_code
                 order by s.key
                on conflict do nothing""").param("province", PROVINCE).update();
        return idsByKey(villages.size(), """
                select s.key, min(v.id) from demo_village_stage s
                  join geo_village v on v.commune_code = s.commune_code and eg_fold(v.name) = eg_fold(s.name)
                 group by s.key""");
    }

    long[] writePlaces(List<DemoPlace> places) throws SQLException {
        jdbc.sql("""
                create temp table demo_place_stage (key int, unit_type text, name text, address text, capacity int,
                    commune_code text, parent_key int) on commit drop""").update();
        try (var copy = new CopyStream(connection, "demo_place_stage")) {
            for (DemoPlace p : places) {
                copy.col(p.key()).col(p.unitType()).col(p.name()).col(p.address()).col(p.capacity())
                        .col(p.communeCode()).col(p.parentKey() < 0 ? null : p.parentKey()).endRow();
            }
        }
        jdbc.sql("""
                insert into geo_org_unit (unit_type, name, address, capacity, province_code, district_code, commune_code)
                select s.unit_type, s.name, s.address, s.capacity, :province, a.district_code, s.commune_code
                  from demo_place_stage s join geo_admin_unit a on a.code = s.commune_code
                 where not exists (select 1 from geo_org_unit o where o.commune_code = s.commune_code
                                      and o.unit_type = s.unit_type and eg_fold(o.name) = eg_fold(s.name))
                 order by s.key""").param("province", PROVINCE).update();
        String keyToId = """
                select s.key, min(o.id) as id from demo_place_stage s
                  join geo_org_unit o on o.commune_code = s.commune_code and o.unit_type = s.unit_type
                                     and eg_fold(o.name) = eg_fold(s.name)
                 group by s.key""";
        jdbc.sql("""
                update geo_org_unit o set parent_id = parent.id
                  from (%s) child
                  join demo_place_stage s on s.key = child.key
                  join (%s) parent on parent.key = s.parent_key
                 where o.id = child.id and o.parent_id is null""".formatted(keyToId, keyToId)).update();
        return idsByKey(places.size(), keyToId);
    }

    private long[] idsByKey(int size, String sql) {
        long[] ids = new long[size];
        jdbc.sql(sql).query(rs -> {
            ids[rs.getInt(1)] = rs.getLong(2);
        });
        return ids;
    }
}
