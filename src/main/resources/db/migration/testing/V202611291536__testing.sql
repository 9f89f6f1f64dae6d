-- testing: samples, pools, rapid and RT-PCR tests with their results, retest orders of positive
-- pools, and the alerts of positive rapid tests.
--
-- Scope columns: every row carries the province, district and commune of the person it concerns
-- (a pool: of the commune where its samples were taken) and the organisation units it belongs to
-- (the collecting unit, the unit where the sample was taken, the lab or unit that tested it), so
-- that a commune, district or province user sees it by the person's address and a school,
-- enterprise or laboratory by its own unit.

-- The largest pool, a dated rule (versioned data): the rule in force on the pool's date applies.
create table testing_pool_rule (
    id             bigserial primary key,
    area_risk      text not null check (area_risk in ('LOW', 'HIGH')),
    max_members    smallint not null check (max_members between 2 and 20),
    effective_from date not null,
    note           text check (note is null or length(note) <= 200),
    created_at     timestamptz not null default now(),
    unique (area_risk, effective_from)
);
insert into testing_pool_rule (area_risk, max_members, effective_from, note) values
    ('LOW', 10, date '2020-01-01', 'Mặc định: gộp tối đa 10 mẫu ở vùng nguy cơ thấp'),
    ('HIGH', 5, date '2020-01-01', 'Mặc định: gộp tối đa 5 mẫu ở vùng nguy cơ cao');

create table testing_sample (
    id                 bigserial primary key,
    -- a rapid test done on the spot (or a self-test) may have no barcode
    barcode            text unique check (barcode is null or barcode ~ '^[A-Za-z0-9._-]{3,40}$'),
    person_id          bigint not null references people_person (id),
    priority           text not null check (priority in ('SYMPTOMATIC', 'F1', 'HIGH_RISK_ZONE', 'SCREENING')),
    collected_at       timestamptz not null check (collected_at >= timestamptz '2020-01-23 00:00+07'),
    place_commune_code text not null references geo_admin_unit (code),
    place_unit_id      bigint references geo_org_unit (id),
    collecting_unit_id bigint references geo_org_unit (id),
    lab_unit_id        bigint references geo_org_unit (id),
    province_code      text not null,
    district_code      text not null,
    commune_code       text not null,
    created_by         bigint,
    created_at         timestamptz not null default now()
);
create index testing_sample_person on testing_sample (person_id, collected_at);
create index testing_sample_commune on testing_sample (commune_code);
create index testing_sample_district on testing_sample (district_code);
create index testing_sample_province on testing_sample (province_code);
create index testing_sample_collecting on testing_sample (collecting_unit_id) where collecting_unit_id is not null;
create index testing_sample_place_unit on testing_sample (place_unit_id) where place_unit_id is not null;
create index testing_sample_lab on testing_sample (lab_unit_id) where lab_unit_id is not null;

create table testing_pool (
    id                 bigserial primary key,
    barcode            text not null unique check (barcode ~ '^[A-Za-z0-9._-]{3,40}$'),
    area_risk          text not null check (area_risk in ('LOW', 'HIGH')),
    pooled_at          timestamptz not null,
    -- the rule's maximum on the pool's date, kept as it was applied
    max_members        smallint not null,
    place_unit_id      bigint references geo_org_unit (id),
    collecting_unit_id bigint references geo_org_unit (id),
    lab_unit_id        bigint references geo_org_unit (id),
    province_code      text not null,
    district_code      text not null,
    commune_code       text not null,
    created_by         bigint,
    created_at         timestamptz not null default now()
);
create index testing_pool_commune on testing_pool (commune_code);
create index testing_pool_district on testing_pool (district_code);
create index testing_pool_collecting on testing_pool (collecting_unit_id) where collecting_unit_id is not null;
create index testing_pool_lab on testing_pool (lab_unit_id) where lab_unit_id is not null;

-- a sample is pooled at most once
create table testing_pool_member (
    pool_id   bigint not null references testing_pool (id),
    sample_id bigint not null unique references testing_sample (id),
    primary key (pool_id, sample_id)
);

-- A test and its result. PCR_POOL rows without a sample are the pool's own result; PCR_POOL rows
-- with a sample are the member's result given by its negative pool (from_pool_test_id).
create table testing_test (
    id                 bigserial primary key,
    kind               text not null check (kind in ('RAPID_PROFESSIONAL', 'RAPID_SELF', 'PCR_SINGLE', 'PCR_POOL')),
    sample_id          bigint references testing_sample (id),
    pool_id            bigint references testing_pool (id),
    from_pool_test_id  bigint references testing_test (id),
    person_id          bigint references people_person (id),
    outcome            text not null check (outcome in ('POSITIVE', 'NEGATIVE', 'INVALID')),
    ct_value           numeric(4, 1) check (ct_value is null or ct_value between 0 and 50),
    result_at          timestamptz not null,
    unit_id            bigint references geo_org_unit (id),
    collecting_unit_id bigint references geo_org_unit (id),
    place_unit_id      bigint references geo_org_unit (id),
    province_code      text not null,
    district_code      text not null,
    commune_code       text not null,
    created_by         bigint,
    created_at         timestamptz not null default now(),
    check (kind = 'PCR_POOL' and pool_id is not null or kind <> 'PCR_POOL' and sample_id is not null and pool_id is null),
    check ((sample_id is null) = (person_id is null)),
    check (ct_value is null or kind in ('PCR_SINGLE', 'PCR_POOL'))
);
create index testing_test_sample on testing_test (sample_id) where sample_id is not null;
create index testing_test_pool on testing_test (pool_id) where pool_id is not null;
create index testing_test_person on testing_test (person_id, result_at) where person_id is not null;
create index testing_test_commune on testing_test (commune_code, result_at);
create index testing_test_district on testing_test (district_code, result_at);
create index testing_test_unit on testing_test (unit_id) where unit_id is not null;
create index testing_test_collecting on testing_test (collecting_unit_id) where collecting_unit_id is not null;

-- A positive pool orders an individual retest of each member; the person is suspected until a
-- result of their own sample arrives (resolved_test_id). The commune re-samples the open ones.
create table testing_retest_order (
    id                  bigserial primary key,
    pool_test_id        bigint not null references testing_test (id),
    pool_id             bigint not null references testing_pool (id),
    sample_id           bigint not null references testing_sample (id),
    person_id           bigint not null references people_person (id),
    ordered_at          timestamptz not null,
    resampled_sample_id bigint references testing_sample (id),
    resolved_test_id    bigint references testing_test (id),
    collecting_unit_id  bigint references geo_org_unit (id),
    place_unit_id       bigint references geo_org_unit (id),
    province_code       text not null,
    district_code       text not null,
    commune_code        text not null,
    unique (pool_test_id, sample_id)
);
create index testing_retest_open on testing_retest_order (person_id) where resolved_test_id is null;
create index testing_retest_commune on testing_retest_order (commune_code) where resolved_test_id is null;
create index testing_retest_district on testing_retest_order (district_code) where resolved_test_id is null;

-- A positive rapid test: the commune and district command centre of the person see it at once with
-- the proposal to lock down the household, or the unit where the test was done.
create table testing_alert (
    id                 bigserial primary key,
    test_id            bigint not null unique references testing_test (id),
    person_id          bigint not null references people_person (id),
    kind               text not null check (kind in ('RAPID_PROFESSIONAL', 'RAPID_SELF')),
    tested_at          timestamptz not null,
    place_commune_code text not null,
    place_unit_id      bigint references geo_org_unit (id),
    unit_id            bigint references geo_org_unit (id),
    proposal           text not null check (proposal in ('HOUSEHOLD', 'UNIT')),
    proposal_unit_id   bigint references geo_org_unit (id),
    province_code      text not null,
    district_code      text not null,
    commune_code       text not null,
    created_at         timestamptz not null default now(),
    check (proposal = 'UNIT' and proposal_unit_id is not null or proposal = 'HOUSEHOLD' and proposal_unit_id is null)
);
create index testing_alert_commune on testing_alert (commune_code, tested_at);
create index testing_alert_district on testing_alert (district_code, tested_at);
create index testing_alert_province on testing_alert (province_code, tested_at);
