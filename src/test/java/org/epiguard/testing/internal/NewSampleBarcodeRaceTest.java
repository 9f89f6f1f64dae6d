package org.epiguard.testing.internal;

import org.epiguard.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import javax.sql.DataSource;
import java.sql.Connection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The upload writes new samples without per-row conflict arbitration. When a single entry takes one
 * of the file's new barcodes after the upload checked them (a race no request can stage on cue, so
 * this test prepares the upload's rows to write by hand), that row is refused and the others written.
 */
class NewSampleBarcodeRaceTest extends IntegrationTest {

    @Autowired
    DataSource dataSource;

    @Test
    void a_barcode_taken_meanwhile_refuses_its_row_and_keeps_the_others() throws Exception {
        long person = jdbc.sql("""
                        insert into people_person (full_name, birth_year, sex, province_code, district_code, commune_code, no_id)
                        values ('Lê Văn Đua', 1990, 'M', '22', '193', '06652', true) returning id""")
                .query(Long.class).single();
        String taken = "RACE" + System.nanoTime() % 100_000_000;
        String free = taken + "F";
        try (Connection conn = dataSource.getConnection()) {
            conn.setAutoCommit(false);
            JdbcClient tx = JdbcClient.create(new SingleConnectionDataSource(conn, true));
            tx.sql(ResultImportSql.ERRORS).update();
            tx.sql("""
                    create temp table to_write on commit drop as
                    select v.row_no, v.barcode as sample_barcode, nextval('testing_sample_id_seq') as new_sample_id,
                           cast(:person as bigint) as person_id, now() - interval '1 hour' as collected_at,
                           cast(null as bigint) as unit_id, cast(null as bigint) as new_collecting_unit_id,
                           cast(null as bigint) as new_lab_unit_id, '22' as province_code, '193' as district_code,
                           '06652' as commune_code
                      from (values (2, :taken), (3, :free)) v(row_no, barcode)""")
                    .param("person", person).param("taken", taken).param("free", free).update();
            // the single entry that wins the race, committed before the upload writes
            jdbc.sql("""
                    insert into testing_sample (barcode, person_id, priority, collected_at, place_commune_code,
                                                province_code, district_code, commune_code)
                    values (:b, :p, 'SCREENING', now() - interval '2 hours', '06652', '22', '193', '06652')""")
                    .param("b", taken).param("p", person).update();

            Map<String, Object> params = new HashMap<>();
            params.put("user", null);
            params.put("job", null);
            int written = ResultImportRun.insertSamples(new ResultImportRun.Statements(tx, params));

            assertThat(written).isEqualTo(1);
            assertThat(tx.sql("select row_no || ' ' || field || ' ' || problem from err").query(String.class).list())
                    .containsExactly("2 sampleBarcode BARCODE_TAKEN");
            conn.commit();
        }
        assertThat(jdbc.sql("select count(*) from testing_sample where barcode in (:b)")
                .param("b", List.of(taken, free)).query(Long.class).single()).isEqualTo(2);
        assertThat(jdbc.sql("select count(*) from testing_sample where barcode = :b and created_by is null and import_id is null")
                .param("b", free).query(Long.class).single()).isEqualTo(1);
    }
}
