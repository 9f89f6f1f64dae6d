package org.epiguard.tracing.internal;

import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import org.epiguard.access.Scope;
import org.epiguard.cases.TracedCase;
import org.epiguard.cases.TracedCases;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * F1 candidates from 7,000,000 check-ins (a province over two weeks, {@link CheckinBenchData}):
 * for one case (the infectious period by the dated rule, then {@link CandidateQuery} for one
 * window) and for all 26,220 cases of the peak day in one statement; and the same query run by an
 * in-memory DuckDB over the same check-ins, loaded in the same run through its appender. The row
 * counts and a checksum of (case, person, shared visits, closest seconds, last exposure) of both
 * engines are compared. Run with {@code bin/bench CheckinCandidateBenchmark}.
 */
@Tag("benchmark")
@SpringBootTest
@ActiveProfiles("bench")
class CheckinCandidateBenchmark {

    static final int SAMPLES = 200;
    static final int ALL_RUNS = 2;

    /** {@link CandidateQuery#SQL} in DuckDB: times as epoch seconds (BIGINT, column ts: "at" is a keyword there), the rule as [r0, r1) in seconds. */
    static final String DUCK_SQL = """
            with visit as (
                select w.k, w.person_id, c.venue_id, c.ts, r.win
                  from w
                  join checkin c on c.person_id = w.person_id and c.ts >= w.t0 and c.ts <= w.t1
                  join rule r on c.ts >= r.r0 and c.ts < r.r1
            ), pair as (
                select v.k, o.person_id, v.venue_id, v.ts,
                       min(abs(o.ts - v.ts)) as apart, max(greatest(o.ts, v.ts)) as last_at
                  from visit v
                  join checkin o on o.venue_id = v.venue_id and o.ts >= v.ts - v.win and o.ts <= v.ts + v.win
                 where o.person_id <> v.person_id
                 group by v.k, o.person_id, v.venue_id, v.ts
            )
            select k, person_id, count(*) as shared, min(apart) as closest, min(apart * 70368744177664 + venue_id) as closest_venue,
                   max(last_at) as last_at
              from pair
             group by k, person_id
             order by k, shared desc, closest, person_id""";

    @Autowired
    DataSource dataSource;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    CandidateQuery query;

    @Autowired
    CheckinRules rules;

    @Autowired
    TracedCases cases;

    /** Rows and a checksum of what an engine returned. */
    static final class Tally {
        long rows;
        long sum;

        void add(long k, long person, long shared, long closest, long venue, long lastAt) {
            rows++;
            sum += ((k * 1_000_003L + person) * 31 + shared) * 31 + closest + lastAt * 7 + venue * 13;
        }
    }

    @Test
    void candidates_of_one_case_and_of_a_peak_day() throws Exception {
        assertThat(jdbc.sql("select count(*) from people_person").query(Long.class).single())
                .as("the full demo province is loaded").isGreaterThanOrEqualTo(1_320_324L);
        CheckinBenchData data = new CheckinBenchData(dataSource, jdbc);
        if (!data.present()) {
            long t0 = System.nanoTime();
            data.generate();
            System.out.printf(Locale.ROOT, "BENCH generated %,d check-ins, %,d venues and %,d cases in %.0f s%n",
                    CheckinBenchData.CHECKINS, 32_050, CheckinBenchData.CASES, (System.nanoTime() - t0) / 1e9);
        }
        long checkins = jdbc.sql("select count(*) from tracing_checkin").query(Long.class).single();
        Instant peakStart = CheckinBenchData.PEAK.atStartOfDay(CheckinBenchData.VIETNAM).toInstant();
        List<TracedCase> peak = cases.confirmedBetween(Scope.of("PROVINCE", "22"), peakStart,
                peakStart.plusSeconds(86_400), 100_000);
        assertThat(peak).hasSize(CheckinBenchData.CASES);
        Instant now = Instant.now();
        Map<LocalDate, CheckinRules.Rule> ruleByDay = new HashMap<>();
        List<CandidateQuery.ExposureWindow> windows = new ArrayList<>();
        for (TracedCase c : peak) {
            InfectiousPeriod period = InfectiousPeriod.of(c, day -> ruleByDay.computeIfAbsent(day, rules::inForce), now);
            windows.add(new CandidateQuery.ExposureWindow(c.id(), c.personId(), period.from(), period.to()));
        }
        System.out.printf(Locale.ROOT, "BENCH F1 candidates: %,d check-ins, %,d cases confirmed on %s, %s; load average %s%n",
                checkins, peak.size(), CheckinBenchData.PEAK,
                jdbc.sql("select version()").query(String.class).single().split(",")[0], loadAverage());

        // PostgreSQL: one case at a time
        List<CandidateQuery.ExposureWindow> sample = new ArrayList<>(windows);
        Collections.shuffle(sample, new Random(42));
        sample = sample.subList(0, SAMPLES);
        for (int i = 0; i < 20; i++) {
            oneCase(peak, sample.get(i), now);
        }
        long[] pgNanos = new long[SAMPLES];
        long pgCandidates = 0;
        Tally pgSample = new Tally();
        Map<Long, TracedCase> byId = new HashMap<>();
        peak.forEach(c -> byId.put(c.id(), c));
        Map<Long, Double> oneCpu0 = backendCpu();
        double oneJvm0 = jvmCpu();
        for (int i = 0; i < SAMPLES; i++) {
            long t0 = System.nanoTime();
            List<CandidateQuery.Candidate> found = oneCase(byId.get(sample.get(i).key()), now);
            pgNanos[i] = System.nanoTime() - t0;
            pgCandidates += found.size();
            found.forEach(c -> pgSample.add(c.key(), c.personId(), c.sharedVisits(), c.closestSeconds(),
                    c.closestVenueId(), c.lastExposureAt().getEpochSecond()));
        }
        double pgOneCpuMs = (cpuSince(oneCpu0) + jvmCpu() - oneJvm0) * 1000 / SAMPLES;
        // PostgreSQL: all cases of the day in one statement
        Tally pgAll = null;
        double[] pgAllSeconds = new double[ALL_RUNS];
        double[] pgAllCpu = new double[ALL_RUNS];
        double[] pgAllDbCpu = new double[ALL_RUNS];
        for (int run = 0; run < ALL_RUNS; run++) {
            Tally tally = new Tally();
            Map<Long, Double> cpu0 = backendCpu();
            double jvm0 = jvmCpu();
            long t0 = System.nanoTime();
            query.stream(windows, c -> tally.add(c.key(), c.personId(), c.sharedVisits(), c.closestSeconds(),
                    c.closestVenueId(), c.lastExposureAt().getEpochSecond()));
            pgAllSeconds[run] = (System.nanoTime() - t0) / 1e9;
            pgAllDbCpu[run] = cpuSince(cpu0);
            pgAllCpu[run] = pgAllDbCpu[run] + jvmCpu() - jvm0;
            pgAll = tally;
        }

        System.out.println("| query | engine | runs | p50 ms | p95 ms | max ms | candidates |");
        System.out.println("|---|---|---:|---:|---:|---:|---:|");
        System.out.printf(Locale.ROOT, "| one case (period + candidates) | PostgreSQL | %d | %.1f | %.1f | %.1f | %.0f on average (CPU %.1f ms a case) |%n",
                SAMPLES, pct(pgNanos, 50), pct(pgNanos, 95), pct(pgNanos, 100), pgCandidates / (double) SAMPLES, pgOneCpuMs);
        System.out.printf(Locale.ROOT, "| all %,d cases of the day | PostgreSQL | %d | %s s (CPU %s s, of which the database %s s) | | | %,d |%n",
                windows.size(), ALL_RUNS, seconds(pgAllSeconds), seconds(pgAllCpu), seconds(pgAllDbCpu), pgAll.rows);

        // DuckDB, in memory, over the same check-ins
        try (Connection duck = DriverManager.getConnection("jdbc:duckdb:")) {
            long t0 = System.nanoTime();
            loadDuck(duck, windows);
            double loadSeconds = (System.nanoTime() - t0) / 1e9;
            long[] duckNanos = new long[SAMPLES];
            double duckOneCpuMs;
            Tally duckSample = new Tally();
            String one = DUCK_SQL.replace("with visit as (", """
                    with w as (select cast(? as bigint) as k, cast(? as bigint) as person_id, cast(? as bigint) as t0,
                                      cast(? as bigint) as t1), visit as (""");
            try (PreparedStatement ps = duck.prepareStatement(one)) {
                for (int i = 0; i < 20; i++) {
                    duckOne(ps, sample.get(i), null);
                }
                double jvm0 = jvmCpu();
                for (int i = 0; i < SAMPLES; i++) {
                    long s0 = System.nanoTime();
                    duckOne(ps, sample.get(i), duckSample);
                    duckNanos[i] = System.nanoTime() - s0;
                }
                duckOneCpuMs = (jvmCpu() - jvm0) * 1000 / SAMPLES;
            }
            Tally duckAll = null;
            double[] duckAllSeconds = new double[ALL_RUNS];
            double[] duckAllCpu = new double[ALL_RUNS];
            for (int run = 0; run < ALL_RUNS; run++) {
                Tally tally = new Tally();
                double jvm0 = jvmCpu();
                long s0 = System.nanoTime();
                try (Statement st = duck.createStatement(); ResultSet rs = st.executeQuery(
                        DUCK_SQL.replace("with visit as (", "with w as (select * from windows), visit as ("))) {
                    while (rs.next()) {
                        tally.add(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4),
                            rs.getLong(5) & ((1L << CandidateQuery.VENUE_BITS) - 1), rs.getLong(6));
                    }
                }
                duckAllSeconds[run] = (System.nanoTime() - s0) / 1e9;
                duckAllCpu[run] = jvmCpu() - jvm0;
                duckAll = tally;
            }

            System.out.printf(Locale.ROOT, "BENCH DuckDB %s in memory, loaded with the appender in %.1f s; load average %s%n",
                    duckVersion(duck), loadSeconds, loadAverage());
            System.out.printf(Locale.ROOT, "| one case (candidates) | DuckDB | %d | %.1f | %.1f | %.1f | %.0f on average (CPU %.1f ms a case) |%n",
                    SAMPLES, pct(duckNanos, 50), pct(duckNanos, 95), pct(duckNanos, 100), duckSample.rows / (double) SAMPLES, duckOneCpuMs);
            System.out.printf(Locale.ROOT, "| all %,d cases of the day | DuckDB | %d | %s s (CPU %s s) | | | %,d |%n",
                    windows.size(), ALL_RUNS, seconds(duckAllSeconds), seconds(duckAllCpu), duckAll.rows);
            System.out.printf(Locale.ROOT, "BENCH same answers: sample %s (%,d / %,d rows), all cases %s (%,d / %,d rows)%n",
                    pgSample.sum == duckSample.sum && pgSample.rows == duckSample.rows, pgSample.rows, duckSample.rows,
                    pgAll.sum == duckAll.sum && pgAll.rows == duckAll.rows, pgAll.rows, duckAll.rows);
            assertThat(duckAll.rows).isEqualTo(pgAll.rows);
            assertThat(duckAll.sum).isEqualTo(pgAll.sum);
        }
        explain(sample.get(0));
    }

    /** What the candidates page does for one case: the period by the rule in force, then the query. */
    private List<CandidateQuery.Candidate> oneCase(TracedCase c, Instant now) {
        InfectiousPeriod period = InfectiousPeriod.of(c, rules::inForce, now);
        return query.find(List.of(new CandidateQuery.ExposureWindow(c.id(), c.personId(), period.from(), period.to())));
    }

    private List<CandidateQuery.Candidate> oneCase(List<TracedCase> peak, CandidateQuery.ExposureWindow w, Instant now) {
        return oneCase(peak.stream().filter(c -> c.id() == w.key()).findFirst().orElseThrow(), now);
    }

    private void loadDuck(Connection duck, List<CandidateQuery.ExposureWindow> windows) throws Exception {
        try (Statement st = duck.createStatement()) {
            st.execute("set threads = 2");
            st.execute("create table checkin (person_id bigint, ts bigint, venue_id bigint)");
            st.execute("create table rule (win bigint, r0 bigint, r1 bigint)");
            st.execute("create table windows (k bigint, person_id bigint, t0 bigint, t1 bigint)");
        }
        DuckDBConnection dc = duck.unwrap(DuckDBConnection.class);
        try (Connection pg = dataSource.getConnection(); DuckDBAppender app = dc.createAppender("main", "checkin")) {
            pg.setAutoCommit(false);
            try (Statement st = pg.createStatement()) {
                st.setFetchSize(100_000);
                try (ResultSet rs = st.executeQuery(
                        "select person_id, extract(epoch from checked_in_at)::bigint, venue_id from tracing_checkin")) {
                    while (rs.next()) {
                        app.beginRow().append(rs.getLong(1)).append(rs.getLong(2)).append(rs.getLong(3)).endRow();
                    }
                }
            }
            pg.commit();
        }
        List<CheckinRules.Rule> all = rules.all();
        try (DuckDBAppender app = dc.createAppender("main", "rule")) {
            for (int i = 0; i < all.size(); i++) {
                long r0 = i == 0 ? Long.MIN_VALUE / 4 : all.get(i).effectiveFrom().atStartOfDay(CheckinBenchData.VIETNAM).toEpochSecond();
                long r1 = i + 1 < all.size()
                        ? all.get(i + 1).effectiveFrom().atStartOfDay(CheckinBenchData.VIETNAM).toEpochSecond() : Long.MAX_VALUE / 4;
                app.beginRow().append(all.get(i).windowMinutes() * 60L).append(r0).append(r1).endRow();
            }
        }
        try (DuckDBAppender app = dc.createAppender("main", "windows")) {
            for (CandidateQuery.ExposureWindow w : windows) {
                app.beginRow().append(w.key()).append(w.personId()).append(w.from().getEpochSecond())
                        .append(w.to().getEpochSecond()).endRow();
            }
        }
    }

    private static void duckOne(PreparedStatement ps, CandidateQuery.ExposureWindow w, Tally tally) throws Exception {
        ps.setLong(1, w.key());
        ps.setLong(2, w.personId());
        ps.setLong(3, w.from().getEpochSecond());
        ps.setLong(4, w.to().getEpochSecond());
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                if (tally != null) {
                    tally.add(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4),
                            rs.getLong(5) & ((1L << CandidateQuery.VENUE_BITS) - 1), rs.getLong(6));
                }
            }
        }
    }

    private void explain(CandidateQuery.ExposureWindow w) {
        List<String> plan = jdbc.sql("explain (analyze, buffers) " + CandidateQuery.SQL)
                .param("keys", new long[]{w.key()}).param("persons", new long[]{w.personId()})
                .param("froms", new long[]{w.from().toEpochMilli()}).param("tos", new long[]{w.to().toEpochMilli()})
                .query(String.class).list();
        System.out.println("BENCH plan of one case:");
        plan.forEach(line -> System.out.println("BENCH   " + line));
    }

    /**
     * CPU seconds (user + system) each database backend has used so far, by process id, read from
     * /proc (the embedded server runs on this machine): what a run cost, whatever else the shared
     * machine was doing meanwhile.
     */
    private Map<Long, Double> backendCpu() {
        Map<Long, Double> cpu = new HashMap<>();
        for (long pid : jdbc.sql("select pid from pg_stat_activity where backend_type = 'client backend'")
                .query(Long.class).list()) {
            try {
                String[] f = java.nio.file.Files.readString(java.nio.file.Path.of("/proc/" + pid + "/stat"))
                        .replaceAll("^.*\\) ", "").split(" ");
                cpu.put(pid, (Long.parseLong(f[11]) + Long.parseLong(f[12])) / 100.0);
            } catch (java.io.IOException | RuntimeException e) {
                // a backend that went away
            }
        }
        return cpu;
    }

    private double cpuSince(Map<Long, Double> before) {
        double used = 0;
        for (var after : backendCpu().entrySet()) {
            used += after.getValue() - before.getOrDefault(after.getKey(), 0.0);
        }
        return used;
    }

    /** CPU seconds of this JVM (with DuckDB's native threads). */
    private static double jvmCpu() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime() / 1e9;
    }

    /** The machine's load average (1, 5, 15 minutes): the machine is shared, this says how much. */
    private static String loadAverage() throws Exception {
        java.nio.file.Path path = java.nio.file.Path.of("/proc/loadavg");
        return java.nio.file.Files.exists(path) ? String.join(" ", Arrays.asList(java.nio.file.Files.readString(path).split(" ")).subList(0, 3)) : "?";
    }

    private static String duckVersion(Connection duck) throws Exception {
        try (Statement st = duck.createStatement(); ResultSet rs = st.executeQuery("select version()")) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static String seconds(double[] runs) {
        return String.join(" / ", Arrays.stream(runs).mapToObj(s -> String.format(Locale.ROOT, "%.1f", s)).toList());
    }

    private static double pct(long[] nanos, int p) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1e6;
    }
}
