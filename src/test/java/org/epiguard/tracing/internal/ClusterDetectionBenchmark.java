package org.epiguard.tracing.internal;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.annotation.Transactional;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.epiguard.support.Timings.median;
import static org.epiguard.support.Timings.show;

/**
 * The automatic forming of clusters at Quảng Ninh's peak: 60 days of 3,000 confirmed cases a day (180,000
 * people of the bench database, so their households and workplaces are the registry's), one in five listed
 * as an F1 of an earlier case of their commune, three check-ins each in the 14 days before their
 * confirmation at 20,000 venues, and 100,000 check-ins a day of other people at the same venues over the
 * last 14 days (what a case's check-ins are paired with). Then a day's 3,000 new cases arrive (same
 * links) and the run after them is timed both ways from the same state (a savepoint): the full run over
 * the 60 days (what every change cost before) and the incremental run; the clusters of both are compared.
 * Everything happens inside the test's transaction, rolled back. Run with {@code bin/bench ClusterDetectionBenchmark}.
 */
@Tag("benchmark")
@SpringBootTest
@ActiveProfiles("bench")
class ClusterDetectionBenchmark {

    static final int DAYS = 60;
    static final int PER_DAY = 3_000;
    static final int NEW = 3_000;
    static final int FEW = 30;
    static final int VENUES = 20_000;
    static final int VISITS = 3;
    static final int OTHERS_PER_DAY = 100_000;
    static final long MARK = -20261129L;
    static final long VENUE_BASE = 900_000_000L;
    static final int RUNS = 2;

    @Autowired
    ClusterDetection detection;

    @Autowired
    JdbcClient jdbc;

    @Test
    @Transactional
    void clusters_of_sixty_days_at_the_peak_of_a_province_in_one_run_and_after_new_cases() {
        long people = jdbc.sql("select count(*) from people_person where province_code = '22'").query(Long.class).single();
        assertThat(people).as("the full demo province is loaded").isGreaterThanOrEqualTo(1_320_324L);
        long t0 = System.nanoTime();
        int cases = cases(DAYS * PER_DAY, DAYS, 1, MARK);
        links(MARK, false);
        jdbc.sql("""
                        insert into tracing_checkin (person_id, checked_in_at, venue_id, province_code, district_code,
                                                     commune_code, source)
                        select 2000000000 + g % 300000, now() - make_interval(secs => (hashint4(g) & 2147483647) % (14 * 86400)),
                               :base + (hashint4(g * 7 + 1) & 2147483647) % :venues, '22', '193', '22237', 'IMPORT'
                          from generate_series(1, :n) g on conflict do nothing""")
                .param("base", VENUE_BASE).param("venues", VENUES).param("n", 14 * OTHERS_PER_DAY).update();
        jdbc.sql("analyze cases_case").update();
        jdbc.sql("analyze tracing_checkin").update();
        jdbc.sql("analyze tracing_contact").update();
        long checkins = jdbc.sql("select count(*) from tracing_checkin").query(Long.class).single();
        double setup = (System.nanoTime() - t0) / 1e9;

        Timed<ClusterDetection.Result> first = timed(detection::detect);
        long clustered = jdbc.sql("select count(*) from tracing_cluster_case").query(Long.class).single();
        long clusters = jdbc.sql("select count(distinct cluster_id) from tracing_cluster_case").query(Long.class).single();
        long biggest = jdbc.sql("select coalesce(max(n), 0) from (select count(*) as n from tracing_cluster_case group by cluster_id) s")
                .query(Long.class).single();
        Timed<ClusterDetection.Result> idleFull = timed(detection::detect);
        Timed<ClusterDetection.Result> idleChanges = timed(detection::detectNew);

        int added = cases(NEW, 1, 0, MARK - 1);
        links(MARK - 1, true);
        Comparison day = compare();
        cases(FEW, 1, 0, MARK - 2);
        links(MARK - 2, true);
        Comparison few = compare();

        System.out.printf(Locale.ROOT, "BENCH automatic clusters: %,d people in the registry (Quảng Ninh's), %,d confirmed cases "
                        + "over %d days (%,d a day), %,d check-ins in the table (%,d a day of other people over the last 14 days), "
                        + "%d venues; setup %.0f s (rolled back); load average %s%n", people, cases, DAYS, PER_DAY, checkins,
                OTHERS_PER_DAY, VENUES, setup, loadAverage());
        System.out.printf(Locale.ROOT, "| the first full run over the %d days (forms %,d clusters, %,d cases, biggest %,d) | %,.0f ms | %,d MB allocated |%n",
                DAYS, clusters, clustered, biggest, first.ms(), first.mb());
        System.out.printf(Locale.ROOT, "| a full run, nothing new | %,.0f ms | %,d MB allocated |%n", idleFull.ms(), idleFull.mb());
        System.out.printf(Locale.ROOT, "| an incremental run, nothing new | %,.0f ms | %,d MB allocated |%n", idleChanges.ms(), idleChanges.mb());
        day.print(added);
        few.print(FEW);
    }

    /** The run after new cases both ways from the same state, {@value #RUNS} times each; their clusters compared. */
    Comparison compare() {
        jdbc.sql("savepoint before_run").update();
        List<Double> full = new ArrayList<>();
        List<Double> changes = new ArrayList<>();
        long fullMb = 0;
        long changesMb = 0;
        Set<Set<Long>> byFull = null;
        Set<Set<Long>> byChanges = null;
        ClusterDetection.Result fullResult = null;
        ClusterDetection.Result changesResult = null;
        for (int i = 0; i < RUNS; i++) {
            Timed<ClusterDetection.Result> f = timed(detection::detect);
            full.add(f.ms());
            fullMb = f.mb();
            fullResult = f.value();
            byFull = partition();
            jdbc.sql("rollback to savepoint before_run").update();
            Timed<ClusterDetection.Result> c = timed(detection::detectNew);
            changes.add(c.ms());
            changesMb = c.mb();
            changesResult = c.value();
            byChanges = partition();
            jdbc.sql("rollback to savepoint before_run").update();
        }
        Map<Long, Long> fullRep = representatives(byFull);
        Map<Long, Long> changesRep = representatives(byChanges);
        List<Long> differ = new ArrayList<>();
        for (Map.Entry<Long, Long> e : fullRep.entrySet()) {
            if (!e.getValue().equals(changesRep.get(e.getKey()))) {
                differ.add(e.getKey());
            }
        }
        changesRep.keySet().stream().filter(id -> !fullRep.containsKey(id)).forEach(differ::add);
        for (long id : differ.stream().sorted().limit(6).toList()) {
            System.out.printf(Locale.ROOT, "BENCH differs: case %d (%s) with %s in the full run, %s in the incremental run%n", id,
                    jdbc.sql("select created_by from cases_case where id = :id").param("id", id).query(Long.class).single(),
                    fullRep.get(id), changesRep.get(id));
        }
        assertThat(differ).as("cases whose cluster differs between the full and the incremental run").isEmpty();
        assertThat(changesResult).isEqualTo(fullResult);
        detection.detectNew();
        return new Comparison(full, changes, fullMb, changesMb, changesResult);
    }

    record Comparison(List<Double> full, List<Double> changes, long fullMb, long changesMb, ClusterDetection.Result result) {
        void print(int added) {
            System.out.printf(Locale.ROOT, "| after %,d new cases (%d clusters formed, %,d cases added): the full run (before) | %s | %,d MB allocated |%n",
                    added, result.clustersFormed(), result.casesAdded(), show(full), fullMb);
            System.out.printf(Locale.ROOT, "| after %,d new cases: the incremental run (after) | %s | %,d MB allocated | %.0f× faster |%n",
                    added, show(changes), changesMb, median(full) / median(changes));
        }
    }

    /** Each clustered case and the smallest case id of its cluster. */
    static Map<Long, Long> representatives(Set<Set<Long>> clusters) {
        Map<Long, Long> out = new HashMap<>();
        for (Set<Long> c : clusters) {
            long min = c.stream().mapToLong(Long::longValue).min().orElseThrow();
            c.forEach(id -> out.put(id, min));
        }
        return out;
    }

    /** The clusters as sets of case ids (their ids forgotten). */
    Set<Set<Long>> partition() {
        Map<Long, Set<Long>> byCluster = new HashMap<>();
        jdbc.sql("select cluster_id, case_id from tracing_cluster_case").query(rs -> {
            byCluster.computeIfAbsent(rs.getLong(1), k -> new HashSet<>()).add(rs.getLong(2));
        });
        return new HashSet<>(byCluster.values());
    }

    /**
     * {@code count} confirmed cases of people of Quảng Ninh without one (in a fixed pseudo-random order, so
     * households and workplaces share cases as the registry has them), over {@code days} days ending
     * {@code endDaysAgo} days ago, marked with {@code mark}.
     */
    int cases(int count, int days, int endDaysAgo, long mark) {
        return jdbc.sql("""
                        with p as (select id, province_code, district_code, commune_code,
                                          row_number() over (order by hashint8(id), id) - 1 as i
                                     from people_person pp
                                    where province_code = '22' and merged_into is null
                                      and not exists (select 1 from cases_case k where k.person_id = pp.id)
                                    order by hashint8(id), id limit :count)
                        insert into cases_case (person_id, status, origin, confirmed_at, imported, found_in_quarantine,
                                                province_code, district_code, commune_code, created_by)
                        select id, 'CONFIRMED', 'MANUAL',
                               now() - make_interval(days => :end + (i % :days)::int, mins => ((i * 7) % 600)::int),
                               false, i % 10 = 0, province_code, district_code, commune_code, :mark
                          from p""")
                .param("count", count).param("days", days).param("end", endDaysAgo).param("mark", mark).update();
    }

    /**
     * One case in five listed as an F1 of an earlier case of its commune (1 to 7 days before); three check-ins
     * of each in the 14 days before its confirmation.
     */
    void links(long mark, boolean pending) {
        jdbc.sql("""
                        insert into tracing_contact (person_id, level, case_id, source_person_id, exposure, last_exposure_at,
                                                     province_code, district_code, commune_code, cluster_pending)
                        select c.person_id, 1, s.id, s.person_id, 'WORKPLACE', s.confirmed_at, c.province_code,
                               c.district_code, c.commune_code, :pending
                          from cases_case c
                          join lateral (select s.id, s.person_id, s.confirmed_at from cases_case s
                                         where s.commune_code = c.commune_code and s.person_id <> c.person_id
                                           and s.confirmed_at between c.confirmed_at - interval '7 days'
                                                                  and c.confirmed_at - interval '1 day'
                                         order by s.confirmed_at desc limit 1) s on true
                         where c.created_by = :mark and c.id % 5 = 0""")
                .param("mark", mark).param("pending", pending).update();
        jdbc.sql("""
                        insert into tracing_checkin (person_id, checked_in_at, venue_id, province_code, district_code,
                                                     commune_code, source)
                        select c.person_id,
                               c.confirmed_at - make_interval(secs => (hashint8(c.id * 10 + g) & 2147483647) % (14 * 86400)),
                               :base + (hashint8(c.id * 10 + g + 5) & 2147483647) % :venues,
                               c.province_code, c.district_code, c.commune_code, 'IMPORT'
                          from cases_case c, generate_series(1, :visits) g
                         where c.created_by = :mark on conflict do nothing""")
                .param("mark", mark).param("base", VENUE_BASE).param("venues", VENUES).param("visits", VISITS).update();
    }

    record Timed<T>(T value, double ms, long mb) {
    }

    static <T> Timed<T> timed(Supplier<T> work) {
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long bytes = threads.getCurrentThreadAllocatedBytes();
        long t = System.nanoTime();
        T value = work.get();
        double ms = (System.nanoTime() - t) / 1e6;
        return new Timed<>(value, ms, (threads.getCurrentThreadAllocatedBytes() - bytes) >> 20);
    }

    static String loadAverage() {
        return String.format(Locale.ROOT, "%.1f", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }
}
