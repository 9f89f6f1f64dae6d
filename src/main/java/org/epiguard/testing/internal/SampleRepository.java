package org.epiguard.testing.internal;

import org.epiguard.access.Location;
import org.epiguard.access.Scope;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;

/** testing_sample. Every read for a user takes the user's view scope (in SQL). */
@Repository
class SampleRepository {

    static final String UNITS = "collecting_unit_id, place_unit_id, lab_unit_id";

    private static final String SELECT = """
            select s.*, p.full_name, pl.id as pool_id, pl.barcode as pool_barcode
              from testing_sample s
              join people_person p on p.id = s.person_id
              left join testing_pool_member m on m.sample_id = s.id
              left join testing_pool pl on pl.id = m.pool_id
            """;

    static final RowMapper<SampleRow> MAPPER = (rs, i) -> new SampleRow(rs.getLong("id"), rs.getString("barcode"),
            rs.getLong("person_id"), rs.getString("full_name"), Priority.valueOf(rs.getString("priority")),
            rs.getTimestamp("collected_at").toInstant(), rs.getString("place_commune_code"),
            rs.getObject("place_unit_id", Long.class), rs.getObject("collecting_unit_id", Long.class),
            rs.getObject("lab_unit_id", Long.class),
            new Location(rs.getString("province_code"), rs.getString("district_code"), rs.getString("commune_code"), null),
            rs.getObject("pool_id", Long.class), rs.getString("pool_barcode"));

    private final JdbcClient jdbc;

    SampleRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private static String inScope(Scope scope) {
        return ScopeFilter.sql(scope, "s", "collecting_unit_id", "place_unit_id", "lab_unit_id");
    }

    Optional<SampleRow> byBarcode(String barcode, Scope scope) {
        return jdbc.sql(SELECT + " where s.barcode = :b and " + inScope(scope))
                .param("b", barcode).param("scopeKey", scope.key()).query(MAPPER).optional();
    }

    Optional<SampleRow> byId(long id, Scope scope) {
        return jdbc.sql(SELECT + " where s.id = :id and " + inScope(scope))
                .param("id", id).param("scopeKey", scope.key()).query(MAPPER).optional();
    }

    /** Locks the sample row (for a result or a pool being written) and reads it inside the scope. */
    Optional<SampleRow> lockByBarcode(String barcode, Scope scope) {
        jdbc.sql("select id from testing_sample s where s.barcode = :b and " + inScope(scope) + " for update")
                .param("b", barcode).param("scopeKey", scope.key()).query(Long.class).optional();
        return byBarcode(barcode, scope);
    }

    List<SampleRow> ofPerson(long personId, Scope scope) {
        return jdbc.sql(SELECT + " where s.person_id = :p and " + inScope(scope) + " order by s.collected_at desc, s.id desc")
                .param("p", personId).param("scopeKey", scope.key()).query(MAPPER).list();
    }

    List<SampleRow> ofPool(long poolId, Scope scope) {
        return jdbc.sql(SELECT + " where pl.id = :pool and " + inScope(scope) + " order by s.barcode")
                .param("pool", poolId).param("scopeKey", scope.key()).query(MAPPER).list();
    }

    /**
     * The member samples of a pool, whatever the user's scope: only for writing the pool's
     * consequences (retest orders, member results), never shown to the user.
     */
    List<SampleRow> membersOf(long poolId) {
        return jdbc.sql(SELECT + " where pl.id = :pool order by s.id").param("pool", poolId).query(MAPPER).list();
    }

    /** Whether a sample or a pool already carries the barcode (anywhere: barcodes are unique). */
    boolean barcodeTaken(String barcode) {
        return jdbc.sql("""
                        select exists (select 1 from testing_sample where barcode = :b)
                            or exists (select 1 from testing_pool where barcode = :b)""")
                .param("b", barcode).query(Boolean.class).single();
    }

    /** The new sample's id; empty when another sample took the barcode meanwhile. */
    Optional<Long> insert(SampleDraft d, Long userId) {
        return jdbc.sql("""
                        insert into testing_sample (barcode, person_id, priority, collected_at, place_commune_code,
                                                    place_unit_id, collecting_unit_id, lab_unit_id,
                                                    province_code, district_code, commune_code, created_by)
                        values (:barcode, :person, :priority, :at, :place, :placeUnit, :collecting, :lab, :p, :d, :c, :user)
                        on conflict (barcode) do nothing
                        returning id""")
                .param("barcode", d.barcode()).param("person", d.personId()).param("priority", d.priority().name())
                .param("at", Timestamp.from(d.collectedAt())).param("place", d.placeCommuneCode())
                .param("placeUnit", d.placeUnitId()).param("collecting", d.collectingUnitId()).param("lab", d.labUnitId())
                .param("p", d.home().provinceCode()).param("d", d.home().districtCode()).param("c", d.home().communeCode())
                .param("user", userId)
                .query(Long.class).optional();
    }
}
