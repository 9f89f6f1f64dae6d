package org.epiguard.vaccination;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.LongConsumer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The status of one person (VaccinationFacts.statusOf: the person's vaccination page, the link on
 * the person's page, the doses API) on the full synthetic Quảng Ninh, with vacc_status_on() as it
 * is now beside its first version (a CTE joined to itself, which a filter on the person could not
 * reach), taken from its migration and created for the run under another name; and the whole
 * province's statuses with both.
 * Run with {@code bin/bench PersonStatusBenchmark}.
 */
@Tag("benchmark")
@SpringBootTest
@ActiveProfiles("bench")
class PersonStatusBenchmark {

    static final int SAMPLES = 200;
    static final int FIRST_VERSION_SAMPLES = 10;

    /** The migration that created vacc_status_on(); its function is created again under another name. */
    static final String FIRST_MIGRATION = "/db/migration/vaccination/V202611220700__vaccination.sql";

    /** vacc_status_on() as the first migration wrote it, renamed bench_vacc_status_on_v1. */
    static String firstVersion() throws IOException {
        try (InputStream in = PersonStatusBenchmark.class.getResourceAsStream(FIRST_MIGRATION)) {
            String sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            int from = sql.indexOf("create function vacc_status_on(");
            int to = sql.indexOf("\n$$;", from) + "\n$$".length();
            return sql.substring(from, to).replace("create function vacc_status_on(",
                    "create or replace function bench_vacc_status_on_v1(");
        }
    }

    @Autowired
    VaccinationFacts facts;

    @Autowired
    JdbcClient jdbc;

    @Test
    void status_of_one_person_and_of_the_province() throws IOException {
        long people = jdbc.sql("select count(*) from people_person").query(Long.class).single();
        long doses = jdbc.sql("select count(*) from vacc_dose").query(Long.class).single();
        assertThat(people).as("the full demo province is loaded").isGreaterThanOrEqualTo(1_320_324L);
        List<Long> sample = jdbc.sql("""
                        select distinct person_id from vacc_dose tablesample system (1) repeatable (42) limit :n""")
                .param("n", SAMPLES).query(Long.class).list();
        assertThat(sample).hasSize(SAMPLES);
        LocalDate today = LocalDate.of(2022, 2, 8);
        jdbc.sql(firstVersion()).update();
        try {
            System.out.printf(Locale.ROOT, "BENCH status of one person on %,d people with %,d doses, on %s%n",
                    people, doses, today);
            System.out.println("| query | samples | p50 ms | p95 ms | max ms |");
            System.out.println("|---|---:|---:|---:|---:|");
            time(sample.subList(0, 20), id -> facts.statusOf(id, today)); // warm-up
            row("VaccinationFacts.statusOf (vacc_status_on now)", time(sample, id -> facts.statusOf(id, today)));
            row("the same person with the first vacc_status_on", time(sample.subList(0, FIRST_VERSION_SAMPLES),
                    id -> jdbc.sql("select * from bench_vacc_status_on_v1(:d) where person_id = :p")
                            .param("d", today).param("p", id).query().listOfRows()));
            assertThat(jdbc.sql("""
                            select count(*) from (select * from vacc_status_on(:d)
                                                  except select * from bench_vacc_status_on_v1(:d)) x""")
                    .param("d", today).query(Long.class).single()).as("both versions agree").isZero();
            row("every vaccinated person of the province, now", time(List.of(1L, 2L, 3L),
                    id -> jdbc.sql("select count(*) from vacc_status_on(:d)").param("d", today).query(Long.class).single()));
            row("every vaccinated person of the province, first version", time(List.of(1L, 2L, 3L),
                    id -> jdbc.sql("select count(*) from bench_vacc_status_on_v1(:d)").param("d", today)
                            .query(Long.class).single()));
        } finally {
            jdbc.sql("drop function if exists bench_vacc_status_on_v1(date)").update();
        }
    }

    private static long[] time(List<Long> ids, LongConsumer call) {
        long[] nanos = new long[ids.size()];
        for (int i = 0; i < ids.size(); i++) {
            long t0 = System.nanoTime();
            call.accept(ids.get(i));
            nanos[i] = System.nanoTime() - t0;
        }
        return nanos;
    }

    private static void row(String label, long[] nanos) {
        System.out.printf(Locale.ROOT, "| %s | %d | %.1f | %.1f | %.1f |%n", label, nanos.length,
                percentile(nanos, 50) / 1e6, percentile(nanos, 95) / 1e6, Arrays.stream(nanos).max().orElse(0) / 1e6);
    }

    private static double percentile(long[] values, int p) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }
}
