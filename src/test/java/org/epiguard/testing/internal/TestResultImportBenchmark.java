package org.epiguard.testing.internal;

import org.epiguard.access.CurrentUser;
import org.epiguard.access.Role;
import org.epiguard.access.Scope;
import org.epiguard.platform.files.SavedUpload;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

import javax.sql.DataSource;
import java.io.BufferedWriter;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A result file of 1,000,000 rows (RT-PCR results of new samples and rapid tests, for people of the
 * full synthetic Quảng Ninh found by CCCD; one row in 1,000 with a bad Ct value) uploaded by the
 * provincial steering committee through the job's own code path ({@link ResultImportJobs#runAndClean},
 * what the background thread runs): read, staged with COPY, checked and committed set-based with
 * every index of the testing tables in place. Beside it, in the same run, a plain PostgreSQL COPY of
 * the same file into a bare table without indexes. Everything written is deleted afterwards (the
 * append-only audit trail keeps the job's one IMPORT record). Run with {@code bin/bench TestResultImport}.
 */
@Tag("benchmark")
@SpringBootTest
@ActiveProfiles("bench")
class TestResultImportBenchmark {

    static final int ROWS = 1_000_000;
    static final DateTimeFormatter TYPED = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    @Autowired
    ResultImportJobs jobs;

    @Autowired
    ResultImportJobStore store;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DataSource dataSource;

    @Test
    void one_million_result_rows_from_one_file() throws Exception {
        List<String> cids = jdbc.sql("""
                        select citizen_id from people_person where citizen_id is not null and merged_into is null
                         order by id limit :n""").param("n", ROWS).query(String.class).list();
        assertThat(cids).as("the full demo province is loaded").hasSize(ROWS);
        long lab = jdbc.sql("select min(id) from geo_org_unit where unit_type = 'LABORATORY' and active")
                .query(Long.class).single();
        Map<String, Object> committee = jdbc.sql("""
                        select id, username, full_name from access_user where role = 'PROVINCE_COMMITTEE'
                           and capture_level = 'PROVINCE' order by id limit 1""").query().singleRow();
        Scope province = Scope.of("PROVINCE", "22");
        CurrentUser owner = new CurrentUser(((Number) committee.get("id")).longValue(), (String) committee.get("username"),
                (String) committee.get("full_name"), Role.PROVINCE_COMMITTEE, province, province);
        jdbc.sql("select id from testing_import_job where file_name = 'bench-results.csv'").query(Long.class).list()
                .forEach(this::cleanUp); // what a run that was stopped half-way left
        long testsBefore = jdbc.sql("select count(*) from testing_test").query(Long.class).single();

        Path file = Files.createTempFile("bench-results-", ".csv");
        String tag = Long.toString(System.currentTimeMillis(), 36).toUpperCase(Locale.ROOT);
        long generated = System.nanoTime();
        int pcr = 0;
        int bad = 0;
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write(String.join(",", ResultImportTemplate.headers()));
            out.write('\n');
            LocalDateTime base = LocalDateTime.of(2021, 9, 1, 7, 0);
            for (int i = 0; i < ROWS; i++) {
                LocalDateTime collected = base.plusSeconds(i * 7L);
                String result = collected.plusHours(6).format(TYPED);
                if (i % 10 < 7) {
                    boolean positive = i % 200 == 0;
                    boolean badCt = i % 1000 == 5;
                    pcr += badCt ? 0 : 1;
                    bad += badCt ? 1 : 0;
                    out.write(cids.get(i) + ",,,,,,B" + tag + "-" + i + ",,RT-PCR," + (positive ? "Dương tính" : "Âm tính") + ","
                            + (badCt ? "abc" : positive ? "24.5" : "") + "," + collected.format(TYPED) + "," + result + ","
                            + lab + "\n");
                } else {
                    out.write(cids.get(i) + ",,,,,,,,Test nhanh," + (i % 500 == 7 ? "Dương tính" : "Âm tính") + ",,,"
                            + result + ",\n");
                }
            }
        }
        double generateSeconds = (System.nanoTime() - generated) / 1e9;
        long bytes = Files.size(file);

        // a plain COPY of the same file into a bare table (text columns, no index)
        double copySeconds;
        try (Connection conn = dataSource.getConnection()) {
            JdbcClient one = JdbcClient.create(new org.springframework.jdbc.datasource.SingleConnectionDataSource(conn, true));
            one.sql("drop table if exists bench_result_copy").update();
            one.sql("create table bench_result_copy (" + String.join(", ",
                    java.util.stream.IntStream.range(0, 14).mapToObj(c -> "c" + c + " text").toList()) + ")").update();
            long t0 = System.nanoTime();
            long copied;
            try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                copied = conn.unwrap(PGConnection.class).getCopyAPI()
                        .copyIn("copy bench_result_copy from stdin (format csv, header true)", reader);
            }
            copySeconds = (System.nanoTime() - t0) / 1e9;
            assertThat(copied).isEqualTo(ROWS);
            one.sql("drop table bench_result_copy").update();
        }

        // the upload, through the job's code path
        long job = store.create(owner, "bench-results.csv", SavedUpload.sha256(file));
        var steps = new ch.qos.logback.core.read.ListAppender<ch.qos.logback.classic.spi.ILoggingEvent>();
        steps.start();
        ((ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger(ResultImportRun.class)).addAppender(steps);
        long t0 = System.nanoTime();
        jobs.runAndClean(job, file, owner);
        double jobSeconds = (System.nanoTime() - t0) / 1e9;
        Map<String, Object> done = jdbc.sql("select * from testing_import_job where id = :j").param("j", job).query().singleRow();
        try {
            assertThat(done.get("state")).as("job state (failure %s)", done.get("failure")).isEqualTo("DONE");
            assertThat(done.get("rows_read")).isEqualTo(ROWS);
            assertThat(done.get("rows_rejected")).isEqualTo(bad);
            assertThat(done.get("results_added")).isEqualTo(ROWS - bad);
            assertThat(done.get("samples_created")).isEqualTo(ROWS - bad);
            assertThat(done.get("people_created")).isEqualTo(0);
            long alerts = jdbc.sql("""
                            select count(*) from testing_alert a join testing_test t on t.id = a.test_id where t.import_id = :j""")
                    .param("j", job).query(Long.class).single();
            assertThat(alerts).isEqualTo(((Number) done.get("alerts_raised")).longValue()).isPositive();

            System.out.printf(Locale.ROOT, "BENCH result upload: %,d rows (%,d RT-PCR of new samples, %,d rapid, %,d bad), "
                            + "%.1f MB CSV, generated in %.1f s%n", ROWS, pcr, ROWS - pcr - bad, bad, bytes / 1e6, generateSeconds);
            System.out.println("| step | seconds | rows/s |");
            System.out.println("|---|---:|---:|");
            System.out.printf(Locale.ROOT, "| plain COPY into a bare table (no index, no check) | %.1f | %,.0f |%n",
                    copySeconds, ROWS / copySeconds);
            System.out.printf(Locale.ROOT, "| EpiGuard upload job: read, stage, check, commit with indexes | %.1f | %,.0f |%n",
                    jobSeconds, ROWS / jobSeconds);
            System.out.printf(Locale.ROOT, "BENCH ratio upload job / plain COPY: %.1fx the time%n", jobSeconds / copySeconds);
            steps.list.forEach(e -> System.out.println("BENCH " + e.getFormattedMessage()));
            assertThat(ROWS / jobSeconds).as("rows per second").isGreaterThanOrEqualTo(25_000);
        } finally {
            cleanUp(job);
            assertThat(jdbc.sql("select count(*) from testing_test").query(Long.class).single()).isEqualTo(testsBefore);
        }
    }

    /** Deletes what the job wrote (everything but the audit trail's IMPORT record, which is append-only). */
    private void cleanUp(long job) {
        jdbc.sql("delete from testing_alert a using testing_test t where t.id = a.test_id and t.import_id = :j")
                .param("j", job).update();
        jdbc.sql("delete from testing_retest_order o using testing_test t where t.id = o.pool_test_id and t.import_id = :j")
                .param("j", job).update();
        jdbc.sql("update testing_retest_order o set resolved_test_id = null from testing_test t where t.id = o.resolved_test_id and t.import_id = :j")
                .param("j", job).update();
        jdbc.sql("update testing_retest_order o set resampled_sample_id = null from testing_sample s where s.id = o.resampled_sample_id and s.import_id = :j")
                .param("j", job).update();
        jdbc.sql("delete from testing_test where import_id = :j").param("j", job).update();
        jdbc.sql("delete from testing_sample where import_id = :j").param("j", job).update();
        jdbc.sql("delete from testing_import_error where job_id = :j").param("j", job).update();
        jdbc.sql("delete from testing_import_job where id = :j").param("j", job).update();
        jdbc.sql("vacuum analyze testing_test").update();
        jdbc.sql("vacuum analyze testing_sample").update();
    }
}
