package org.epiguard.geo.internal;

import org.epiguard.access.Scope;
import org.epiguard.geo.Village;
import org.epiguard.geo.VillageType;
import org.epiguard.geo.Villages;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.util.List;
import java.util.Optional;

/** Villages of communes (table geo_village); the reads of users go through their scope in SQL. */
@Repository
class VillageRepository implements Villages {

    /** A village in a list, with how many people and organisation units name it. */
    record Listed(Village village, long people, long orgUnits) {
    }

    /** What still points at a village (a village in use cannot be deleted). */
    record References(long people, long households, long orgUnits) {
        boolean any() {
            return people + households + orgUnits > 0;
        }
    }

    static final RowMapper<Village> MAPPER = (rs, i) -> new Village(rs.getLong("id"), rs.getString("province_code"),
            rs.getString("district_code"), rs.getString("commune_code"), VillageType.valueOf(rs.getString("village_type")),
            rs.getString("name"));

    private final JdbcClient jdbc;

    VillageRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<Village> find(long id) {
        return jdbc.sql("select * from geo_village where id = :id").param("id", id).query(MAPPER).optional();
    }

    @Override
    public List<Village> inCommune(String communeCode) {
        return jdbc.sql("select * from geo_village where commune_code = :c order by eg_fold(name)")
                .param("c", communeCode).query(MAPPER).list();
    }

    /** A village inside the scope, else empty. */
    Optional<Village> find(Scope scope, long id) {
        return jdbc.sql("select * from geo_village v where v.id = :id and " + scope.sql("v", null))
                .param("id", id).param("scopeKey", scope.key()).query(MAPPER).optional();
    }

    List<Listed> list(Scope scope, String communeCode) {
        return jdbc.sql("""
                        select v.*,
                               (select count(*) from people_person p where p.commune_code = v.commune_code
                                   and p.village_id = v.id and p.merged_into is null) as people,
                               (select count(*) from geo_org_unit o where o.village_id = v.id and o.active) as org_units
                        from geo_village v
                        where v.commune_code = :c and %s
                        order by v.village_type, eg_fold(v.name)""".formatted(scope.sql("v", null)))
                .param("c", communeCode).param("scopeKey", scope.key())
                .query((rs, i) -> new Listed(MAPPER.mapRow(rs, i), rs.getLong("people"), rs.getLong("org_units")))
                .list();
    }

    /** Another village of the commune with the same name, accents and case aside. */
    Optional<Village> sameName(String communeCode, String name, Long exceptId) {
        return jdbc.sql("""
                        select * from geo_village where commune_code = :c and eg_fold(name) = eg_fold(:n)
                        and id <> coalesce(:except, -1)""")
                .param("c", communeCode).param("n", name).param("except", exceptId).query(MAPPER).optional();
    }

    long insert(String provinceCode, String districtCode, String communeCode, VillageType type, String name) {
        return jdbc.sql("""
                        insert into geo_village (province_code, district_code, commune_code, village_type, name)
                        values (:p, :d, :c, :t, :n) returning id""")
                .param("p", provinceCode).param("d", districtCode).param("c", communeCode)
                .param("t", type.name()).param("n", name).query(Long.class).single();
    }

    void update(long id, VillageType type, String name) {
        jdbc.sql("update geo_village set village_type = :t, name = :n, updated_at = now() where id = :id")
                .param("t", type.name()).param("n", name).param("id", id).update();
    }

    void delete(long id) {
        jdbc.sql("delete from geo_village where id = :id").param("id", id).update();
    }

    References references(long id) {
        return jdbc.sql("""
                        select (select count(*) from people_person where village_id = :id),
                               (select count(*) from people_household where village_id = :id),
                               (select count(*) from geo_org_unit where village_id = :id)""")
                .param("id", id)
                .query((rs, i) -> new References(rs.getLong(1), rs.getLong(2), rs.getLong(3))).single();
    }
}
