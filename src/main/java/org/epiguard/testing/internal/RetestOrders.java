package org.epiguard.testing.internal;

import org.epiguard.access.Scope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

/**
 * The individual retests a positive pool orders (testing_retest_order). A person is suspected while
 * an order of theirs is open; a new sample of theirs is the re-sample; an RT-PCR result of their own
 * sample, taken no earlier than the pooled one, closes it.
 */
@Repository
class RetestOrders {

    /** An open order as the commune sees it: whom to re-sample, reached how, from which pool. */
    record OpenOrder(long id, long personId, String personName, int birthYear, String phone, String addressText,
                     String sampleBarcode, String poolBarcode, Instant orderedAt, String resampledBarcode) {
    }

    private final JdbcClient jdbc;

    RetestOrders(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long order(long poolTestId, long poolId, SampleRow member, Instant orderedAt) {
        return jdbc.sql("""
                        insert into testing_retest_order (pool_test_id, pool_id, sample_id, person_id, ordered_at,
                                                          collecting_unit_id, place_unit_id,
                                                          province_code, district_code, commune_code)
                        values (:test, :pool, :sample, :person, :at, :collecting, :place, :p, :d, :c) returning id""")
                .param("test", poolTestId).param("pool", poolId).param("sample", member.id())
                .param("person", member.personId()).param("at", Timestamp.from(orderedAt))
                .param("collecting", member.collectingUnitId()).param("place", member.placeUnitId())
                .param("p", member.home().provinceCode()).param("d", member.home().districtCode())
                .param("c", member.home().communeCode())
                .query(Long.class).single();
    }

    /** A new sample of the person answers their open orders that wait for a re-sample. */
    void resampled(long personId, long sampleId, Instant collectedAt) {
        jdbc.sql("""
                        update testing_retest_order o set resampled_sample_id = :sample
                         where o.person_id = :person and o.resolved_test_id is null and o.resampled_sample_id is null
                           and (select s.collected_at from testing_sample s where s.id = o.sample_id) < :at""")
                .param("sample", sampleId).param("person", personId).param("at", Timestamp.from(collectedAt)).update();
    }

    /** Closes the person's open orders by an RT-PCR result of a sample of theirs taken no earlier; how many. */
    int resolve(long personId, long testId, Instant sampleCollectedAt) {
        return jdbc.sql("""
                        update testing_retest_order o set resolved_test_id = :test
                         where o.person_id = :person and o.resolved_test_id is null
                           and (select s.collected_at from testing_sample s where s.id = o.sample_id) <= :at""")
                .param("test", testId).param("person", personId).param("at", Timestamp.from(sampleCollectedAt)).update();
    }

    boolean suspected(long personId) {
        return jdbc.sql("select exists (select 1 from testing_retest_order where person_id = :p and resolved_test_id is null)")
                .param("p", personId).query(Boolean.class).single();
    }

    /** The open orders inside the scope, oldest first; {@code toResample} keeps those not re-sampled yet. */
    List<OpenOrder> open(Scope scope, boolean toResample, int limit) {
        return jdbc.sql("""
                        select o.id, o.person_id, p.full_name, p.birth_year, p.phone, p.address_text, s.barcode as sample_barcode,
                               pl.barcode as pool_barcode, o.ordered_at, r.barcode as resampled_barcode
                          from testing_retest_order o
                          join people_person p on p.id = o.person_id
                          join testing_sample s on s.id = o.sample_id
                          join testing_pool pl on pl.id = o.pool_id
                          left join testing_sample r on r.id = o.resampled_sample_id
                         where o.resolved_test_id is null and (not :toResample or o.resampled_sample_id is null)
                           and\s""" + ScopeFilter.sql(scope, "o", "collecting_unit_id", "place_unit_id") + """

                         order by o.ordered_at, o.id limit :limit""")
                .param("toResample", toResample).param("scopeKey", scope.key()).param("limit", limit)
                .query((rs, i) -> new OpenOrder(rs.getLong("id"), rs.getLong("person_id"), rs.getString("full_name"),
                        rs.getInt("birth_year"), rs.getString("phone"), rs.getString("address_text"),
                        rs.getString("sample_barcode"), rs.getString("pool_barcode"),
                        rs.getTimestamp("ordered_at").toInstant(), rs.getString("resampled_barcode")))
                .list();
    }
}
