-- vaccination (doses): bulk imports of doses as background jobs, with their errors by row and field

create table vacc_import_job (
    id              bigserial primary key,
    owner_id        bigint not null,
    owner_username  text not null,
    -- the importer's capture scope when the job started: a re-upload of the same file in the same scope adds nothing
    capture_level   text not null,
    capture_code    text not null,
    file_name       text not null,
    file_hash       text not null check (file_hash ~ '^[0-9a-f]{64}$'),
    state           text not null default 'QUEUED' check (state in ('QUEUED', 'READING', 'VALIDATING', 'DONE', 'FAILED')),
    rows_read       integer not null default 0,
    doses_added     integer not null default 0,
    doses_known     integer not null default 0,
    people_created  integer not null default 0,
    rows_rejected   integer not null default 0,
    -- the earlier job that imported the same file in the same scope (this one then added nothing)
    same_as_job     bigint references vacc_import_job (id),
    failure         text,
    started_at      timestamptz not null default now(),
    finished_at     timestamptz
);
create index vacc_import_job_owner on vacc_import_job (owner_id, started_at desc);
create index vacc_import_job_hash on vacc_import_job (file_hash, capture_level, capture_code) where state = 'DONE';

create table vacc_import_error (
    job_id   bigint not null references vacc_import_job (id),
    row_no   integer not null,
    field    text not null,
    problem  text not null,
    value    text,
    detail   text
);
create index vacc_import_error_job on vacc_import_error (job_id, row_no);

create index vacc_dose_import on vacc_dose (import_id) where import_id is not null;

-- A date from its parts, or null when they make no date (31/02): never an error, so that a whole file
-- of text dates is checked in one statement.
create function vacc_make_date(y integer, m integer, d integer) returns date
    language sql immutable parallel safe as $$
    select case when y between 1 and 9999 and m between 1 and 12 and d >= 1 then
               case when d <= extract(day from make_date(y, m, 1) + interval '1 month - 1 day') then make_date(y, m, d) end
           end
$$;

-- A date as Vietnamese files write it: dd/MM/yyyy (also d/M/yyyy, with . or -), or ISO yyyy-MM-dd; null otherwise.
create function vacc_parse_date(t text) returns date
    language sql immutable parallel safe as $$
    select case
        when t ~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}$' then
            vacc_make_date(substr(t, 1, 4)::integer, substr(t, 6, 2)::integer, substr(t, 9, 2)::integer)
        when t ~ '^[0-9]{1,2}[/.-][0-9]{1,2}[/.-][0-9]{4}$' then
            vacc_make_date(split_part(translate(t, '.-', '//'), '/', 3)::integer,
                           split_part(translate(t, '.-', '//'), '/', 2)::integer,
                           split_part(translate(t, '.-', '//'), '/', 1)::integer)
    end
$$;
