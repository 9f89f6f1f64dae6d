package org.epiguard.geo.internal;

import org.epiguard.access.Location;
import org.epiguard.access.Scope;
import org.epiguard.geo.OrgUnit;
import org.epiguard.geo.OrgUnitType;
import org.epiguard.geo.OrgUnits;
import org.epiguard.platform.web.ListQuery;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/** Organisation units (table geo_org_unit); user reads filter by view scope in SQL. */
@Repository
class OrgUnitRepository implements OrgUnits {

    private static final String SELECT = """
            select o.*, a.unit_type || ' ' || a.name as commune_name, v.village_type, v.name as village_name
            from geo_org_unit o
            join geo_admin_unit a on a.code = o.commune_code
            left join geo_village v on v.id = o.village_id
            """;

    private static final RowMapper<OrgUnitDetail> DETAIL = (rs, i) -> new OrgUnitDetail(rs.getLong("id"),
            OrgUnitType.valueOf(rs.getString("unit_type")), rs.getString("name"), rs.getString("address"),
            (Integer) rs.getObject("capacity"), rs.getString("phone"), rs.getString("province_code"),
            rs.getString("district_code"), rs.getString("commune_code"), rs.getString("commune_name"),
            (Long) rs.getObject("village_id"),
            rs.getString("village_name") == null ? null
                    : org.epiguard.geo.VillageType.valueOf(rs.getString("village_type")).word() + " " + rs.getString("village_name"),
            rs.getBoolean("active"));

    private static final RowMapper<OrgUnit> PUBLIC = (rs, i) -> new OrgUnit(rs.getLong("id"),
            OrgUnitType.valueOf(rs.getString("unit_type")), rs.getString("name"),
            new Location(rs.getString("province_code"), rs.getString("district_code"), rs.getString("commune_code"),
                    rs.getLong("id")), rs.getBoolean("active"));

    private final JdbcClient jdbc;

    OrgUnitRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<OrgUnit> find(long id) {
        return jdbc.sql("select * from geo_org_unit where id = :id").param("id", id).query(PUBLIC).optional();
    }

    @Override
    public List<OrgUnit> inScope(Scope scope) {
        return jdbc.sql("select * from geo_org_unit o where o.active and " + scope.sql("o", "id") + " order by eg_fold(o.name)")
                .param("scopeKey", scope.key()).query(PUBLIC).list();
    }

    /** A unit by id, whatever the scope: only for a unit the caller has just been allowed to write. */
    Optional<OrgUnitDetail> detail(long id) {
        return jdbc.sql(SELECT + " where o.id = :id").param("id", id).query(DETAIL).optional();
    }

    /** A unit inside the scope, else empty. */
    Optional<OrgUnitDetail> detail(Scope scope, long id) {
        return jdbc.sql(SELECT + " where o.id = :id and " + scope.sql("o", "id"))
                .param("id", id).param("scopeKey", scope.key()).query(DETAIL).optional();
    }

    List<OrgUnitDetail> page(Scope view, OrgUnitFilter filter, ListQuery query) {
        var sql = filter.sql(view);
        return jdbc.sql(SELECT + " where " + sql.where() + query.orderBy(OrgUnitFilter.SORTABLE) + ", o.id"
                        + " limit :limit offset :offset")
                .params(sql.params()).param("limit", query.size()).param("offset", query.offset())
                .query(DETAIL).list();
    }

    long count(Scope view, OrgUnitFilter filter) {
        var sql = filter.sql(view);
        return jdbc.sql("select count(*) from geo_org_unit o where " + sql.where())
                .params(sql.params()).query(Long.class).single();
    }

    /** Every unit matching the filter, in name order, one at a time (for the export). */
    void each(Scope view, OrgUnitFilter filter, Consumer<OrgUnitDetail> action) {
        var sql = filter.sql(view);
        try (var rows = jdbc.sql(SELECT + " where " + sql.where() + " order by o.district_code, o.commune_code, eg_fold(o.name)")
                .params(sql.params()).query(DETAIL).stream()) {
            rows.forEach(action);
        }
    }

    long insert(OrgUnitValues v, Location loc) {
        return jdbc.sql("""
                        insert into geo_org_unit (unit_type, name, address, capacity, phone, province_code, district_code,
                                                  commune_code, village_id)
                        values (:type, :name, :address, :capacity, :phone, :p, :d, :c, :village) returning id""")
                .param("type", v.type().name()).param("name", v.name()).param("address", v.address())
                .param("capacity", v.capacity()).param("phone", v.phone()).param("p", loc.provinceCode())
                .param("d", loc.districtCode()).param("c", loc.communeCode()).param("village", v.villageId())
                .query(Long.class).single();
    }

    void update(long id, OrgUnitValues v, Location loc) {
        jdbc.sql("""
                        update geo_org_unit set unit_type = :type, name = :name, address = :address, capacity = :capacity,
                            phone = :phone, province_code = :p, district_code = :d, commune_code = :c,
                            village_id = :village, updated_at = now()
                        where id = :id""")
                .param("type", v.type().name()).param("name", v.name()).param("address", v.address())
                .param("capacity", v.capacity()).param("phone", v.phone()).param("p", loc.provinceCode())
                .param("d", loc.districtCode()).param("c", loc.communeCode()).param("village", v.villageId())
                .param("id", id).update();
    }

    void setActive(long id, boolean active) {
        jdbc.sql("update geo_org_unit set active = :a, updated_at = now() where id = :id")
                .param("a", active).param("id", id).update();
    }
}
