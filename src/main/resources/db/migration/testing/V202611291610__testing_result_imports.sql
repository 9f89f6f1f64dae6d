-- testing: bulk upload of results (CSV/XLSX) as background jobs, their rejected rows by row and
-- field, and the import each sample and test came from.

create table testing_import_job (
    id              bigserial primary key,
    owner_id        bigint not null,
    owner_username  text not null,
    -- the uploader's capture scope when the job started: a re-upload of the same file in the same scope adds nothing
    capture_level   text not null,
    capture_code    text not null,
    file_name       text not null,
    file_hash       text not null check (file_hash ~ '^[0-9a-f]{64}$'),
    state           text not null default 'QUEUED' check (state in ('QUEUED', 'READING', 'VALIDATING', 'DONE', 'FAILED')),
    rows_read       integer not null default 0,
    results_added   integer not null default 0,
    results_known   integer not null default 0,
    samples_created integer not null default 0,
    people_created  integer not null default 0,
    retests_ordered integer not null default 0,
    alerts_raised   integer not null default 0,
    rows_rejected   integer not null default 0,
    same_as_job     bigint references testing_import_job (id),
    failure         text,
    started_at      timestamptz not null default now(),
    finished_at     timestamptz
);
create index testing_import_job_owner on testing_import_job (owner_id, started_at desc);
create index testing_import_job_hash on testing_import_job (file_hash, capture_level, capture_code) where state = 'DONE';

create table testing_import_error (
    job_id   bigint not null references testing_import_job (id),
    row_no   integer not null,
    field    text not null,
    problem  text not null,
    value    text,
    detail   text
);
create index testing_import_error_job on testing_import_error (job_id, row_no);

alter table testing_sample add column import_id bigint references testing_import_job (id);
alter table testing_test add column import_id bigint references testing_import_job (id);

-- A point in time as files write it, in Viet Nam's time unless the text says otherwise:
-- dd/MM/yyyy [HH:mm[:ss]] (also d/M/yyyy, with . or -), ISO yyyy-MM-dd[THH:mm[:ss]][Z|±hh:mm];
-- null when it is none of these or names no real day (31/02): never an error, so that a whole file
-- is checked in one statement.
create function testing_parse_time(t text) returns timestamptz
    language sql immutable parallel safe as $$
    select case when m is null then null
                when m[1]::integer between 1 and 9999 and m[2]::integer between 1 and 12 and m[3]::integer >= 1
                     and m[3]::integer <= extract(day from make_date(m[1]::integer, m[2]::integer, 1) + interval '1 month - 1 day')
                     and coalesce(m[4]::integer, 0) < 24 and coalesce(m[5]::integer, 0) < 60 and coalesce(m[6]::integer, 0) < 60
                then case when m[7] is null
                          then make_timestamptz(m[1]::integer, m[2]::integer, m[3]::integer, coalesce(m[4]::integer, 0),
                                                coalesce(m[5]::integer, 0), coalesce(m[6]::integer, 0), 'Asia/Ho_Chi_Minh')
                          else t::timestamptz end
           end
      from (select case
                when t ~ '^[0-9]{4}-' then regexp_match(t,
                    '^([0-9]{4})-([0-9]{2})-([0-9]{2})(?:[T ]([0-9]{1,2}):([0-9]{2})(?::([0-9]{2})(?:\.[0-9]+)?)?)?(Z|[+-][0-9]{2}:[0-9]{2})?$')
                else (select array[r[3], r[2], r[1], r[4], r[5], r[6], null]
                        from regexp_match(t, '^([0-9]{1,2})[/.-]([0-9]{1,2})[/.-]([0-9]{4})(?:\s+([0-9]{1,2}):([0-9]{2})(?::([0-9]{2}))?)?$') r)
            end as m) x
$$;
