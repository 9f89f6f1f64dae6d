package org.epiguard.testing.internal;

import org.epiguard.access.Location;
import org.epiguard.access.Scope;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;

/** testing_pool and its members. Every read for a user takes the user's view scope (in SQL). */
@Repository
class PoolRepository {

    private static final RowMapper<PoolRow> MAPPER = (rs, i) -> new PoolRow(rs.getLong("id"), rs.getString("barcode"),
            AreaRisk.valueOf(rs.getString("area_risk")), rs.getTimestamp("pooled_at").toInstant(), rs.getInt("max_members"),
            rs.getObject("place_unit_id", Long.class), rs.getObject("collecting_unit_id", Long.class),
            rs.getObject("lab_unit_id", Long.class),
            new Location(rs.getString("province_code"), rs.getString("district_code"), rs.getString("commune_code"), null),
            rs.getInt("members"));

    private static final String SELECT = """
            select pl.*, (select count(*) from testing_pool_member m where m.pool_id = pl.id) as members
              from testing_pool pl
            """;

    private final JdbcClient jdbc;

    PoolRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private static String inScope(Scope scope) {
        return ScopeFilter.sql(scope, "pl", "collecting_unit_id", "place_unit_id", "lab_unit_id");
    }

    Optional<PoolRow> byBarcode(String barcode, Scope scope) {
        return jdbc.sql(SELECT + " where pl.barcode = :b and " + inScope(scope))
                .param("b", barcode).param("scopeKey", scope.key()).query(MAPPER).optional();
    }

    Optional<PoolRow> lockByBarcode(String barcode, Scope scope) {
        jdbc.sql("select id from testing_pool pl where pl.barcode = :b and " + inScope(scope) + " for update")
                .param("b", barcode).param("scopeKey", scope.key()).query(Long.class).optional();
        return byBarcode(barcode, scope);
    }

    /** The member samples' ids of a pool (all of them: the pool's consequences reach every member). */
    List<Long> memberIds(long poolId) {
        return jdbc.sql("select sample_id from testing_pool_member where pool_id = :p order by sample_id")
                .param("p", poolId).query(Long.class).list();
    }

    /** The new pool's id; empty when another pool took the barcode meanwhile. */
    Optional<Long> insert(String barcode, AreaRisk risk, java.time.Instant pooledAt, int maxMembers, Long placeUnitId,
                Long collectingUnitId, Long labUnitId, Location where, List<Long> members, Long userId) {
        Long id = jdbc.sql("""
                        insert into testing_pool (barcode, area_risk, pooled_at, max_members, place_unit_id, collecting_unit_id,
                                                  lab_unit_id, province_code, district_code, commune_code, created_by)
                        values (:b, :r, :at, :max, :place, :collecting, :lab, :p, :d, :c, :user)
                        on conflict (barcode) do nothing returning id""")
                .param("b", barcode).param("r", risk.name()).param("at", Timestamp.from(pooledAt)).param("max", maxMembers)
                .param("place", placeUnitId).param("collecting", collectingUnitId).param("lab", labUnitId)
                .param("p", where.provinceCode()).param("d", where.districtCode()).param("c", where.communeCode())
                .param("user", userId)
                .query(Long.class).optional().orElse(null);
        if (id == null) {
            return Optional.empty();
        }
        for (long sample : members) {
            jdbc.sql("insert into testing_pool_member (pool_id, sample_id) values (:p, :s)")
                    .param("p", id).param("s", sample).update();
        }
        return Optional.of(id);
    }
}
