package org.epiguard.tracing.internal;

import org.epiguard.access.Scope;
import org.epiguard.access.ScopeLevel;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The set-based check and write of check-ins staged in the temporary table {@code stage} (row_no,
 * person_id, citizen_id, venue_id, checked_in_at, all text as received), shared by the JSON batch and
 * the file import: each row's problems by field go to {@code err}; good rows are inserted once
 * (the same person, venue and time again is known, not added). Runs inside the caller's transaction.
 */
final class CheckinSql {

    static final String STAGE = """
            create temp table stage (row_no integer not null, person_id text, citizen_id text, venue_id text,
                                     checked_in_at text) on commit drop""";

    static final String COPY = "copy stage (row_no, person_id, citizen_id, venue_id, checked_in_at) from stdin (format text)";

    private static final String ERRORS = """
            create temp table err (row_no integer not null, field text not null, problem text not null, value text)
                on commit drop""";

    private static final String TYPED = """
            create temp table typed on commit drop as
            select s.row_no, s.person_id as person_raw, s.citizen_id as cid_raw, s.venue_id as venue_raw,
                   s.checked_in_at as time_raw,
                   case when s.person_id ~ '^\\s*[0-9]{1,18}\\s*$' then btrim(s.person_id)::bigint end as pid,
                   nullif(regexp_replace(s.citizen_id, '[[:space:].]', '', 'g'), '') as cid,
                   case when s.venue_id ~ '^\\s*[0-9]{1,18}\\s*$' then btrim(s.venue_id)::bigint end as vid,
                   tracing_parse_time(btrim(s.checked_in_at)) as at
              from stage s""";

    /** Each row with its person (a merged person's survivor) and venue, and whether the venue is in the capture scope. */
    private static String resolved(Scope capture) {
        return """
                create temp table resolved on commit drop as
                select t.*, coalesce(byid.person, bycid.id) as person, v.id as venue, v.active as venue_active,
                       v.province_code, v.district_code, v.commune_code, coalesce(%s, false) as in_scope
                  from typed t
                  left join lateral (select coalesce(p.merged_into, p.id) as person from people_person p
                                      where p.id = t.pid) byid on true
                  left join people_person bycid on t.pid is null and bycid.citizen_id = t.cid and bycid.merged_into is null
                  left join geo_org_unit v on v.id = t.vid""".formatted(capture.sql("v", "id"));
    }

    private static final String PROBLEMS = """
            insert into err (row_no, field, problem, value)
            select row_no, f.field, f.problem, f.value
              from resolved r
             cross join lateral (values
                ('personId', case when r.person_raw is null and r.cid_raw is null then 'REQUIRED'
                                  when r.person_raw is not null and r.pid is null then 'FORMAT'
                                  when r.pid is not null and r.person is null then 'NOT_FOUND' end, r.person_raw),
                ('citizenId', case when r.pid is null and r.cid is not null and r.cid !~ '^([0-9]{12}|[0-9]{9})$' then 'FORMAT'
                                   when r.pid is null and r.cid ~ '^([0-9]{12}|[0-9]{9})$' and r.person is null then 'NOT_FOUND' end,
                              r.cid_raw),
                ('venueId', case when r.venue_raw is null then 'REQUIRED'
                                 when r.vid is null then 'FORMAT'
                                 when r.venue is null or not r.venue_active then 'NOT_FOUND'
                                 when not r.in_scope then 'OUT_OF_SCOPE' end, r.venue_raw),
                ('checkedInAt', case when r.time_raw is null then 'REQUIRED'
                                     when r.at is null then 'FORMAT'
                                     when r.at > now() + interval '5 minutes' then 'FUTURE'
                                     when r.at < timestamptz '2020-01-23 00:00+07' then 'TOO_EARLY' end, r.time_raw)
             ) as f(field, problem, value)
             where f.problem is not null""";

    private static final String INSERT = """
            insert into tracing_checkin (person_id, checked_in_at, venue_id, province_code, district_code, commune_code,
                                         source, import_id)
            select person, at, venue, province_code, district_code, commune_code, :source, :job
              from resolved r
             where not exists (select 1 from err e where e.row_no = r.row_no)
            on conflict (person_id, checked_in_at, venue_id) do nothing""";

    private CheckinSql() {
    }

    /** Checks the staged rows against the capture scope; how many rows have a problem. */
    static long check(JdbcClient tx, Scope capture) {
        tx.sql("analyze stage").update();
        tx.sql(ERRORS).update();
        tx.sql(TYPED).update();
        var resolved = tx.sql(resolved(capture));
        (capture.level() == ScopeLevel.NATION ? resolved : resolved.param("scopeKey", capture.key())).update();
        tx.sql("analyze resolved").update();
        tx.sql(PROBLEMS).update();
        return tx.sql("select count(distinct row_no) from err").query(Long.class).single();
    }

    /** Rows whose venue lies outside the capture scope (and nothing else wrong with the venue). */
    static long outOfScope(JdbcClient tx) {
        return tx.sql("select count(*) from err where problem = 'OUT_OF_SCOPE'").query(Long.class).single();
    }

    /** Inserts the good rows: the counts rowsGood, added and known (already recorded or twice in the input). */
    static Map<String, Object> write(JdbcClient tx, String source, Long jobId) {
        long good = tx.sql("select count(*) from resolved r where not exists (select 1 from err e where e.row_no = r.row_no)")
                .query(Long.class).single();
        int added = tx.sql(INSERT).param("source", source).param("job", jobId).update();
        Map<String, Object> counts = new LinkedHashMap<>();
        counts.put("rowsGood", good);
        counts.put("added", added);
        counts.put("known", good - added);
        return counts;
    }

    /** The problems found, by row and field. */
    static java.util.List<Error> errors(JdbcClient tx) {
        return tx.sql("select row_no, field, problem, value from err order by row_no, field")
                .query((rs, i) -> new Error(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getString(4))).list();
    }

    static final String SAVE_ERRORS = """
            insert into tracing_checkin_import_error (job_id, row_no, field, problem, value)
            select :job, row_no, field, problem, value from err""";

    record Error(int row, String field, String problem, String value) {
    }
}
