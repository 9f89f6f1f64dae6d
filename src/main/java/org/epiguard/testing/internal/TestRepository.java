package org.epiguard.testing.internal;

import org.epiguard.testing.TestKind;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.util.List;

/** testing_test. Callers have found the sample or pool inside the user's view scope. */
@Repository
class TestRepository {

    private static final String SELECT = """
            select t.*, s.barcode as sample_barcode, pl.barcode as pool_barcode, u.name as unit_name
              from testing_test t
              left join testing_sample s on s.id = t.sample_id
              left join testing_pool pl on pl.id = t.pool_id
              left join geo_org_unit u on u.id = t.unit_id
            """;

    private static final RowMapper<TestRow> MAPPER = (rs, i) -> new TestRow(rs.getLong("id"),
            TestKind.valueOf(rs.getString("kind")), Outcome.valueOf(rs.getString("outcome")), rs.getBigDecimal("ct_value"),
            rs.getTimestamp("result_at").toInstant(), rs.getObject("unit_id", Long.class), rs.getString("unit_name"),
            rs.getObject("sample_id", Long.class), rs.getString("sample_barcode"), rs.getObject("pool_id", Long.class),
            rs.getString("pool_barcode"), rs.getObject("from_pool_test_id") != null);

    private final JdbcClient jdbc;

    TestRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<TestRow> ofSample(long sampleId) {
        return jdbc.sql(SELECT + " where t.sample_id = :s order by t.result_at, t.id").param("s", sampleId).query(MAPPER).list();
    }

    /** The pool's own results (not the members' results it gave). */
    List<TestRow> ofPool(long poolId) {
        return jdbc.sql(SELECT + " where t.pool_id = :p and t.sample_id is null order by t.result_at, t.id")
                .param("p", poolId).query(MAPPER).list();
    }

    /** Whether the sample has a result that counts (positive or negative; an invalid one is re-run). */
    boolean hasResult(long sampleId) {
        return jdbc.sql("select exists (select 1 from testing_test where sample_id = :s and outcome <> 'INVALID')")
                .param("s", sampleId).query(Boolean.class).single();
    }

    boolean poolHasResult(long poolId) {
        return jdbc.sql("""
                        select exists (select 1 from testing_test where pool_id = :p and sample_id is null
                                          and outcome <> 'INVALID')""")
                .param("p", poolId).query(Boolean.class).single();
    }

    long insert(TestDraft d, Long userId) {
        return jdbc.sql("""
                        insert into testing_test (kind, sample_id, pool_id, from_pool_test_id, person_id, outcome, ct_value,
                                                  result_at, unit_id, collecting_unit_id, place_unit_id,
                                                  province_code, district_code, commune_code, created_by)
                        values (:kind, :sample, :pool, :from, :person, :outcome, :ct, :at, :unit, :collecting, :place,
                                :p, :d, :c, :user) returning id""")
                .param("kind", d.kind().name()).param("sample", d.sampleId()).param("pool", d.poolId())
                .param("from", d.fromPoolTestId()).param("person", d.personId()).param("outcome", d.outcome().name())
                .param("ct", d.ctValue()).param("at", Timestamp.from(d.resultAt())).param("unit", d.unitId())
                .param("collecting", d.collectingUnitId()).param("place", d.placeUnitId())
                .param("p", d.where().provinceCode()).param("d", d.where().districtCode())
                .param("c", d.where().communeCode()).param("user", userId)
                .query(Long.class).single();
    }
}
