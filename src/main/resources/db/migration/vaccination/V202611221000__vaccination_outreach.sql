-- vaccination outreach: why a person is not fully vaccinated, each commune's list completion and the
-- deadline of the lists

-- The reason a commune records for a person on its list. Rows are appended, never changed: the
-- latest row of a person counts, the earlier ones are the history.
create table vacc_outreach_reason (
    id            bigserial primary key,
    person_id     bigint not null references people_person (id),
    reason        text not null check (reason in ('NOT_REACHED', 'REFUSES', 'CONTRAINDICATED', 'TEMPORARILY_AWAY',
                      'VACCINATED_ELSEWHERE')),
    note          text check (note is null or length(note) <= 500),
    -- the person's place when the reason was recorded (scope of the record)
    province_code text not null,
    district_code text not null,
    commune_code  text not null,
    recorded_by   bigint not null,
    recorded_by_name text not null,
    recorded_at   timestamptz not null default clock_timestamp()
);
create index vacc_outreach_reason_person on vacc_outreach_reason (person_id, recorded_at desc, id desc);
create index vacc_outreach_reason_commune on vacc_outreach_reason (commune_code);

-- A commune's declaration that its list is complete. A reopening closes the row; completing again
-- appends a new one, so at most one open completion per commune.
create table vacc_outreach_completion (
    id            bigserial primary key,
    province_code text not null,
    district_code text not null,
    commune_code  text not null references geo_admin_unit (code),
    completed_at  timestamptz not null default clock_timestamp(),
    completed_by  bigint not null,
    completed_by_name text not null,
    -- people on the list when it was completed
    listed        integer not null check (listed >= 0),
    reopened_at   timestamptz,
    reopened_by   bigint,
    reopened_by_name text
);
create unique index vacc_outreach_completion_open on vacc_outreach_completion (commune_code) where reopened_at is null;
create index vacc_outreach_completion_district on vacc_outreach_completion (province_code, district_code);

-- The date by which the communes of a province complete their lists, set by the provincial committee
-- (or an administrator). The latest row of a province counts; earlier rows are the history.
create table vacc_outreach_deadline (
    id            bigserial primary key,
    province_code text not null references geo_admin_unit (code),
    deadline      date not null,
    set_by        bigint not null,
    set_by_name   text not null,
    set_at        timestamptz not null default clock_timestamp()
);
create index vacc_outreach_deadline_province on vacc_outreach_deadline (province_code, set_at desc, id desc);
