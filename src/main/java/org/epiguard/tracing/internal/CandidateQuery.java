package org.epiguard.tracing.internal;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import javax.sql.DataSource;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The F1 candidates of many cases in one statement: for each exposure window (a key, the case's
 * person and its infectious period), the people checked in at a venue where the person checked in
 * during the period, within the window of the dated rule in force on the day of that check-in
 * (bounds included: exactly one hour counts), the person themselves excluded. Ranked by the number
 * of the case's visits they shared, then by how close in time they came, then by person id.
 *
 * Plan: the case's check-ins by the primary key (person_id, checked_in_at, venue_id), then for each
 * an index-only range scan of (venue_id, checked_in_at) include (person_id), then two hash aggregates.
 */
@Repository
class CandidateQuery {

    /** A case's person and infectious period [from, to]; {@code key} comes back with its candidates. */
    record ExposureWindow(long key, long personId, Instant from, Instant to) {
    }

    /**
     * A candidate of the window {@code key}: shared visits of the case, the closest time apart (seconds),
     * the venue and time of that closest contact, and the last time they overlapped.
     */
    record Candidate(long key, long personId, int sharedVisits, long closestSeconds, long closestVenueId,
                     Instant closestAt, Instant lastExposureAt) {
    }

    static final String SQL = """
            with w as (
                select * from unnest(cast(:keys as bigint[]), cast(:persons as bigint[]),
                                     cast(:froms as bigint[]), cast(:tos as bigint[])) as w(k, person_id, t0, t1)
            ), r as (
                select window_minutes * interval '1 minute' as win,
                       case when row_number() over (order by effective_from) = 1 then timestamptz '-infinity'
                            else effective_from::timestamp at time zone 'Asia/Ho_Chi_Minh' end as r0,
                       coalesce(lead(effective_from) over (order by effective_from)::timestamp
                                at time zone 'Asia/Ho_Chi_Minh', timestamptz 'infinity') as r1
                  from tracing_checkin_rule
            ), visit as (
                select w.k, w.person_id, c.venue_id, c.checked_in_at as at, r.win
                  from w
                  join tracing_checkin c on c.person_id = w.person_id
                   and c.checked_in_at >= to_timestamp(w.t0 / 1000.0) and c.checked_in_at <= to_timestamp(w.t1 / 1000.0)
                  join r on c.checked_in_at >= r.r0 and c.checked_in_at < r.r1
            ), pair as (
                select v.k, o.person_id, v.venue_id, v.at,
                       min(abs(extract(epoch from o.checked_in_at - v.at)))::bigint as apart,
                       max(greatest(o.checked_in_at, v.at)) as last_at
                  from visit v
                  join tracing_checkin o on o.venue_id = v.venue_id
                   and o.checked_in_at >= v.at - v.win and o.checked_in_at <= v.at + v.win
                 where o.person_id <> v.person_id
                 group by v.k, o.person_id, v.venue_id, v.at
            )
            select k, person_id, count(*)::int as shared, min(apart) as closest,
                   (array_agg(venue_id order by apart, at))[1] as closest_venue,
                   (array_agg(at order by apart, at))[1] as closest_at, max(last_at) as last_at
              from pair
             group by k, person_id
             order by k, shared desc, closest, person_id""";

    /** Rows fetched from the server at a time, so that the candidates of a whole day stream through. */
    static final int FETCH = 10_000;

    private final JdbcClient jdbc;

    CandidateQuery(DataSource dataSource) {
        JdbcTemplate template = new JdbcTemplate(dataSource);
        template.setFetchSize(FETCH);
        this.jdbc = JdbcClient.create(new NamedParameterJdbcTemplate(template));
    }

    /** The candidates of every window, by key then rank. */
    @Transactional(readOnly = true)
    List<Candidate> find(List<ExposureWindow> windows) {
        List<Candidate> found = new ArrayList<>();
        stream(windows, found::add);
        return found;
    }

    /** The candidates of every window, by key then rank, handed over one at a time (many cases at once). */
    @Transactional(readOnly = true)
    void stream(List<ExposureWindow> windows, Consumer<Candidate> sink) {
        if (windows.isEmpty()) {
            return;
        }
        if (windows.size() > 100) {
            jdbc.sql("set local work_mem = '256MB'").update();
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
        jdbc.sql(SQL).param("keys", keys).param("persons", persons).param("froms", froms).param("tos", tos)
                .query(rs -> {
                    sink.accept(new Candidate(rs.getLong("k"), rs.getLong("person_id"), rs.getInt("shared"),
                            rs.getLong("closest"), rs.getLong("closest_venue"), instant(rs.getTimestamp("closest_at")),
                            instant(rs.getTimestamp("last_at"))));
                });
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
