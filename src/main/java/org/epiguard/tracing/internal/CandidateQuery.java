package org.epiguard.tracing.internal;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionTemplate;

import javax.sql.DataSource;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

/**
 * The F1 candidates of many cases in one statement: for each exposure window (a key, the case's
 * person and its infectious period), the people checked in at a venue where the person checked in
 * during the period, within the window of the dated rule in force on the day of that check-in
 * (bounds included: exactly one hour counts), the person themselves excluded. Ranked by the number
 * of the case's visits they shared, then by how close in time they came (then venue, then person).
 *
 * Plan: the case's check-ins by the primary key (person_id, checked_in_at, venue_id), each with the
 * window of its day's rule (a scalar subquery, so that the planner never multiplies rows by the rule
 * table's versions and sizes its hash tables for a handful of rows), then for each
 * an index-only range scan of (venue_id, checked_in_at) include (person_id), then two aggregates
 * (hash aggregates for a few cases, group aggregates over one sort for many); the closest venue rides with the closest time in one packed bigint (seconds apart
 * times 2^46 plus the venue id) so that no aggregate has to sort its group.
 */
@Repository
class CandidateQuery {

    /** A case's person and infectious period [from, to]; {@code key} comes back with its candidates. */
    record ExposureWindow(long key, long personId, Instant from, Instant to) {
    }

    /**
     * A candidate of the window {@code key}: the case's visits they shared, the closest time apart
     * (seconds) and the venue of that closest contact, and the last time both were there.
     */
    record Candidate(long key, long personId, int sharedVisits, long closestSeconds, long closestVenueId,
                     Instant lastExposureAt) {
    }

    static final long VENUE_BITS = 46;

    static final String SQL = """
            with w as (
                select * from unnest(cast(:keys as bigint[]), cast(:persons as bigint[]),
                                     cast(:froms as bigint[]), cast(:tos as bigint[])) as w(k, person_id, t0, t1)
            ), visit as (
                select w.k, w.person_id, c.venue_id, c.checked_in_at as at,
                       coalesce((select r.window_minutes from tracing_checkin_rule r
                                  where r.effective_from <= (c.checked_in_at at time zone 'Asia/Ho_Chi_Minh')::date
                                  order by r.effective_from desc limit 1),
                                (select r.window_minutes from tracing_checkin_rule r order by r.effective_from limit 1))
                       * interval '1 minute' as win
                  from w
                  join tracing_checkin c on c.person_id = w.person_id
                   and c.checked_in_at >= to_timestamp(w.t0 / 1000.0) and c.checked_in_at <= to_timestamp(w.t1 / 1000.0)
            ), pair as (
                select v.k, o.person_id, v.venue_id, v.at,
                       min(abs(date_part('epoch', o.checked_in_at - v.at))) as apart,
                       max(greatest(o.checked_in_at, v.at)) as last_at
                  from visit v
                  join tracing_checkin o on o.venue_id = v.venue_id
                   and o.checked_in_at >= v.at - v.win and o.checked_in_at <= v.at + v.win
                 where o.person_id <> v.person_id
                 group by v.k, o.person_id, v.venue_id, v.at
            )
            select k, person_id, count(*)::int as shared, min((apart::bigint << 46) + venue_id) as closest,
                   date_part('epoch', max(last_at))::bigint as last_at
              from pair
             group by k, person_id
             order by k, shared desc, closest, person_id""";

    /** Rows fetched from the server at a time, so that the candidates of a whole day stream through. */
    static final int FETCH = 10_000;
    /** Above this many windows the work is split in parts run side by side, each on its own connection. */
    static final int SPLIT_ABOVE = 2_000;
    static final int PARTS = 2;

    private final JdbcClient jdbc;
    private final TransactionTemplate readOnly;

    CandidateQuery(DataSource dataSource) {
        JdbcTemplate template = new JdbcTemplate(dataSource);
        template.setFetchSize(FETCH);
        this.jdbc = JdbcClient.create(new NamedParameterJdbcTemplate(template));
        this.readOnly = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
        this.readOnly.setReadOnly(true);
    }

    /** The candidates of every window, by key then rank. */
    List<Candidate> find(List<ExposureWindow> windows) {
        List<Candidate> found = new ArrayList<>();
        readOnly.executeWithoutResult(status -> run(windows, found::add));
        return found;
    }

    /**
     * The candidates of many windows (all the cases of a day), handed to the sink one at a time: the
     * rows of one key come together in rank order; with more than {@link #SPLIT_ABOVE} windows the
     * keys are split in {@link #PARTS} parts whose statements run side by side, and the sink is called
     * from their threads one at a time.
     */
    void stream(List<ExposureWindow> windows, Consumer<Candidate> sink) throws InterruptedException {
        if (windows.size() <= SPLIT_ABOVE) {
            readOnly.executeWithoutResult(status -> run(windows, sink));
            return;
        }
        List<ExposureWindow> sorted = windows.stream().sorted(java.util.Comparator.comparingLong(ExposureWindow::key)).toList();
        Consumer<Candidate> shared = c -> {
            synchronized (sink) {
                sink.accept(c);
            }
        };
        try (ExecutorService pool = Executors.newFixedThreadPool(PARTS)) {
            List<Future<?>> parts = new ArrayList<>();
            int size = (sorted.size() + PARTS - 1) / PARTS;
            for (int from = 0; from < sorted.size(); from += size) {
                List<ExposureWindow> part = sorted.subList(from, Math.min(sorted.size(), from + size));
                parts.add(pool.submit(() -> readOnly.executeWithoutResult(status -> run(part, shared))));
            }
            for (Future<?> part : parts) {
                part.get();
            }
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        }
    }

    private void run(List<ExposureWindow> windows, Consumer<Candidate> sink) {
        if (windows.isEmpty()) {
            return;
        }
        if (windows.size() > 100) {
            // a day's cases: millions of pairs in two hash aggregates and a sort (512 MB measured no better)
            jdbc.sql("set local work_mem = '256MB'").update();
        }
        if (windows.size() > SPLIT_ABOVE / PARTS) {
            // one sort by (case, person, venue, time) feeds both aggregates as groups and leaves the ranking an
            // incremental sort within each case: 18-24 CPU s for a day's cases against 32 with two hash aggregates
            jdbc.sql("set local enable_hashagg = off").update();
        }
        long[] keys = new long[windows.size()];
        long[] persons = new long[windows.size()];
        long[] froms = new long[windows.size()];
        long[] tos = new long[windows.size()];
        for (int i = 0; i < windows.size(); i++) {
            ExposureWindow w = windows.get(i);
            keys[i] = w.key();
            persons[i] = w.personId();
            froms[i] = w.from().toEpochMilli();
            tos[i] = w.to().toEpochMilli();
        }
        long venueMask = (1L << VENUE_BITS) - 1;
        jdbc.sql(SQL).param("keys", keys).param("persons", persons).param("froms", froms).param("tos", tos)
                .query(rs -> {
                    long closest = rs.getLong(4);
                    sink.accept(new Candidate(rs.getLong(1), rs.getLong(2), rs.getInt(3),
                            closest >>> VENUE_BITS, closest & venueMask, Instant.ofEpochSecond(rs.getLong(5))));
                });
    }
}
