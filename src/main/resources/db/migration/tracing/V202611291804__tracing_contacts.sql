-- tracing: contacts (F1, F2). A contact links a person to the person they were exposed to: the
-- person of a case (F1, case_id set) or an F1 (F2, case_id null). When an F1 becomes a case, the F2
-- listed under them are promoted to F1 of that case (level 1, case_id set, promoted_at); the rows
-- themselves stay, so source_person_id -> person_id is the chain of who infected whom.
--
-- Scope columns are those of the CONTACT's address when listed (an F1 list goes to the commune
-- where the F1 lives, wherever the case is); unit_id is the contact's workplace or school.
create table tracing_contact (
    id               bigserial primary key,
    person_id        bigint not null references people_person (id),
    level            smallint not null check (level in (1, 2)),
    case_id          bigint references cases_case (id),
    source_person_id bigint not null references people_person (id),
    exposure         text not null check (exposure in
                         ('HOUSEHOLD', 'WORKPLACE', 'SCHOOL', 'VENUE', 'TRANSPORT', 'CARE_UNPROTECTED')),
    place            text,
    last_exposure_at timestamptz not null,
    -- tracing work: listed, reached (informed), quarantined, released
    status           text not null default 'LISTED' check (status in ('LISTED', 'REACHED', 'QUARANTINED', 'RELEASED')),
    promoted_at      timestamptz,
    province_code    text not null,
    district_code    text not null,
    commune_code     text not null,
    unit_id          bigint,
    created_by       bigint,
    created_at       timestamptz not null default now(),
    updated_at       timestamptz not null default now(),
    check ((level = 1) = (case_id is not null)),
    check (person_id <> source_person_id)
);
-- the same person is listed once under one case, and once under one F1
create unique index tracing_contact_once_per_case on tracing_contact (case_id, person_id) where level = 1;
create unique index tracing_contact_once_per_f1 on tracing_contact (source_person_id, person_id) where level = 2;
create index tracing_contact_person on tracing_contact (person_id);
create index tracing_contact_source on tracing_contact (source_person_id);
create index tracing_contact_commune on tracing_contact (commune_code, last_exposure_at);
create index tracing_contact_district on tracing_contact (district_code);
create index tracing_contact_province on tracing_contact (province_code);
create index tracing_contact_unit on tracing_contact (unit_id) where unit_id is not null;
