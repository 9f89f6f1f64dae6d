-- vaccination: out-of-province workers that their enterprise registers (home province, period of work),
-- for the list of those with 0 or 1 dose per enterprise

create table vacc_worker (
    id                  bigserial primary key,
    enterprise_id       bigint not null references geo_org_unit (id),
    person_id           bigint not null references people_person (id),
    -- the GSO province the worker comes from (not the enterprise's)
    home_province_code  text not null references geo_admin_unit (code),
    start_date          date not null,
    end_date            date check (end_date is null or end_date >= start_date),
    -- where the enterprise is (scope of the record; a UNIT scope matches enterprise_id)
    province_code       text not null,
    district_code       text not null,
    commune_code        text not null,
    source              text not null check (source in ('FORM', 'UPLOAD', 'DEMO')),
    registered_by       bigint,
    registered_by_name  text not null,
    created_at          timestamptz not null default now(),
    -- registering the same period again (a second upload of the same file) adds nothing
    unique (enterprise_id, person_id, start_date)
);
create index vacc_worker_enterprise on vacc_worker (enterprise_id, start_date);
create index vacc_worker_person on vacc_worker (person_id);
create index vacc_worker_commune on vacc_worker (commune_code);
create index vacc_worker_district on vacc_worker (district_code);
create index vacc_worker_province on vacc_worker (province_code);
