-- tracing: venue check-ins (the PC-COVID QR scans) and the dated rules of F1 candidates.
--
-- A check-in is a person scanning a venue's code at a time. The venue is a geo organisation unit
-- (VENUE, MARKET, SUPERMARKET, ... any type); the scope columns are the venue's, so that a commune
-- reads the check-ins made in it and a unit scope its own. The natural key (person, time, venue) is
-- the primary key: the same scan sent twice is one check-in (idempotent API and file uploads), and
-- the key serves "a person's check-ins in a period". No foreign keys: person and venue are checked
-- set-based by the import before insert (hundreds of thousands a day), and a person merge moves
-- the rows (CheckinMergeListener).
create table tracing_checkin (
    person_id     bigint not null,
    checked_in_at timestamptz not null,
    venue_id      bigint not null,
    province_code text not null,
    district_code text not null,
    commune_code  text not null,
    source        text not null check (source in ('API', 'IMPORT')),
    import_id     bigint,
    created_at    timestamptz not null default now(),
    primary key (person_id, checked_in_at, venue_id)
);
-- who was at a venue around a time; person_id included for index-only scans
create index tracing_checkin_venue_time on tracing_checkin (venue_id, checked_in_at) include (person_id);
create index tracing_checkin_commune on tracing_checkin (commune_code, checked_in_at);
create index tracing_checkin_district on tracing_checkin (district_code);

-- The dated rule of F1 candidates (versioned data; the version in force on a day applies):
--   window_minutes     people checked in at the same venue within +- this many minutes of a
--                      check-in of the case are candidates (Ministry guidance: 1 hour); the
--                      version in force on the day (Asia/Ho_Chi_Minh) of the case's check-in applies;
--   days_before_onset  the infectious period starts this many days before the onset of symptoms
--                      (before the confirmation when there is no onset) and ends at isolation (or now);
--                      the version in force on the day the period starts from applies.
create table tracing_checkin_rule (
    id                bigserial primary key,
    effective_from    date not null unique,
    window_minutes    integer not null check (window_minutes between 1 and 1440),
    days_before_onset integer not null check (days_before_onset between 0 and 30),
    note              text check (note is null or length(note) <= 200),
    created_by        bigint,
    created_at        timestamptz not null default now()
);
insert into tracing_checkin_rule (effective_from, window_minutes, days_before_onset, note) values
    (date '2020-01-01', 60, 2, 'Cùng địa điểm trong ±1 giờ; thời kỳ lây nhiễm từ 2 ngày trước khởi phát');

-- candidates a commune confirmed as contacts (ContactCandidatesConfirmed was published for them)
create table tracing_candidate_confirmation (
    case_id        bigint not null,
    person_id      bigint not null,
    confirmed_at   timestamptz not null default now(),
    confirmed_by   bigint,
    primary key (case_id, person_id)
);

-- bulk check-in files (background jobs, ImportJobTable's shape)
create table tracing_checkin_import_job (
    id              bigserial primary key,
    owner_id        bigint not null,
    owner_username  text not null,
    capture_level   text not null,
    capture_code    text not null,
    file_name       text not null,
    file_hash       text not null,
    state           text not null default 'QUEUED',
    rows_read       integer not null default 0,
    checkins_added  integer not null default 0,
    checkins_known  integer not null default 0,
    rows_rejected   integer not null default 0,
    same_as_job     bigint,
    failure         text,
    started_at      timestamptz not null default now(),
    finished_at     timestamptz
);
create index tracing_checkin_import_job_owner on tracing_checkin_import_job (owner_id, started_at);
create index tracing_checkin_import_job_hash on tracing_checkin_import_job (file_hash);

create table tracing_checkin_import_error (
    job_id  bigint not null references tracing_checkin_import_job (id),
    row_no  integer not null,
    field   text not null,
    problem text not null,
    value   text,
    detail  text
);
create index tracing_checkin_import_error_job on tracing_checkin_import_error (job_id, row_no);

-- a check-in time as written: ISO 8601 with an offset, or dd/MM/yyyy HH:mm[:ss] in Vietnam's time;
-- null when it is neither or not a real time
create function tracing_parse_time(t text) returns timestamptz
    language plpgsql stable as $$
begin
    if t ~ '^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}(:?\d{2})?)$' then
        return t::timestamptz;
    elsif t ~ '^\d{1,2}/\d{1,2}/\d{4} \d{1,2}:\d{2}(:\d{2})?$' then
        return to_timestamp(t, case when t ~ ':\d{2}:\d{2}$' then 'DD/MM/YYYY HH24:MI:SS' else 'DD/MM/YYYY HH24:MI' end)::timestamp
               at time zone 'Asia/Ho_Chi_Minh';
    end if;
    return null;
exception when others then
    return null;
end $$;
