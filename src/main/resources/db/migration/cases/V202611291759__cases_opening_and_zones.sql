-- cases: cases opened from test results, the dated rule on rapid tests, and containment zones.

-- A test confirms at most one case (the opening test is already unique).
create unique index cases_case_confirming_test on cases_case (confirming_test_id) where confirming_test_id is not null;

-- Whether a positive rapid test alone confirms a case: versioned data, the row in force on the
-- day of the test applies (the Ministry allowed it in some periods and places). Default: no.
create table cases_rapid_test_rule (
    id             bigserial primary key,
    effective_from date not null unique,
    confirms       boolean not null,
    note           text,
    created_at     timestamptz not null default now()
);
insert into cases_rapid_test_rule (effective_from, confirms, note)
values (date '2020-01-23', false, 'Only RT-PCR confirms a case; a positive rapid test makes a suspected case.');

-- A containment zone (phong tỏa, khoanh vùng): the narrowest area locked down around cases.
-- A positive rapid test proposes one at once (the person's household, or the unit where it was
-- done); the commune confirms it (ACTIVE), adjusting kind, area and dates, and later lifts it.
-- Scope columns are those of the zone's place; unit_id is the locked-down unit (building, venue).
create table cases_zone (
    id                bigserial primary key,
    kind              text not null check (kind in ('HOUSEHOLD', 'BUILDING', 'VILLAGE', 'VENUE', 'COMMUNE')),
    status            text not null check (status in ('PROPOSED', 'ACTIVE', 'LIFTED')),
    household_id      bigint references people_household (id),
    unit_id           bigint references geo_org_unit (id),
    village_id        bigint references geo_village (id),
    description       text,
    starts_on         date not null,
    planned_end       date not null check (planned_end >= starts_on),
    -- the positive rapid test that proposed it (one zone per test)
    proposing_test_id bigint unique,
    proposed_at       timestamptz,
    activated_at      timestamptz,
    lifted_at         timestamptz,
    province_code     text not null,
    district_code     text not null,
    commune_code      text not null,
    created_by        bigint,
    created_at        timestamptz not null default now(),
    updated_at        timestamptz not null default now(),
    check (status <> 'ACTIVE' or activated_at is not null),
    check (status <> 'LIFTED' or lifted_at is not null)
);
create index cases_zone_commune on cases_zone (commune_code, status);
create index cases_zone_district on cases_zone (district_code, status);
create index cases_zone_province on cases_zone (province_code, status);
create index cases_zone_unit on cases_zone (unit_id) where unit_id is not null;

-- The cases that caused a zone.
create table cases_zone_case (
    zone_id bigint not null references cases_zone (id),
    case_id bigint not null references cases_case (id),
    primary key (zone_id, case_id)
);
create index cases_zone_case_case on cases_zone_case (case_id);
