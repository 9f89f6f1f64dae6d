-- geo: administrative units (GSO codes), villages, population, organisation units
create extension if not exists unaccent;
create extension if not exists pg_trgm;

-- unaccent() is only STABLE; this wrapper with a fixed dictionary can be indexed.
-- Đ/đ are folded by the unaccent rules as well.
create or replace function eg_fold(t text) returns text
    language sql immutable parallel safe strict
    as $$ select lower(public.unaccent('public.unaccent'::regdictionary, t)) $$;

create table geo_admin_unit (
    code          text primary key,
    level         text not null check (level in ('PROVINCE', 'DISTRICT', 'COMMUNE')),
    name          text not null,
    unit_type     text not null,
    parent_code   text references geo_admin_unit (code),
    province_code text not null,
    district_code text,
    check ((level = 'PROVINCE' and length(code) = 2 and parent_code is null)
        or (level = 'DISTRICT' and length(code) = 3 and parent_code is not null)
        or (level = 'COMMUNE' and length(code) = 5 and parent_code is not null))
);
create index geo_admin_unit_parent on geo_admin_unit (parent_code);
create index geo_admin_unit_province on geo_admin_unit (province_code, level);

create table geo_village (
    id            bigserial primary key,
    province_code text not null,
    district_code text not null,
    commune_code  text not null references geo_admin_unit (code),
    village_type  text not null check (village_type in ('THON', 'KHU', 'TO_DAN_PHO', 'AP', 'BAN', 'XOM')),
    name          text not null,
    created_at    timestamptz not null default now(),
    updated_at    timestamptz not null default now()
);
create unique index geo_village_name on geo_village (commune_code, eg_fold(name));

-- Population entered for a unit. A district or province without its own row is the sum of
-- its communes (see geo_population_effective).
create table geo_population (
    unit_code   text primary key references geo_admin_unit (code),
    total       integer not null check (total >= 0),
    age_0_4     integer not null default 0 check (age_0_4 >= 0),
    age_5_11    integer not null default 0 check (age_5_11 >= 0),
    age_12_17   integer not null default 0 check (age_12_17 >= 0),
    age_18_49   integer not null default 0 check (age_18_49 >= 0),
    age_50_64   integer not null default 0 check (age_50_64 >= 0),
    age_65_plus integer not null default 0 check (age_65_plus >= 0),
    source      text,
    updated_at  timestamptz not null default now()
);

create table geo_org_unit (
    id            bigserial primary key,
    unit_type     text not null check (unit_type in ('HEALTH_STATION', 'HOSPITAL', 'FIELD_HOSPITAL',
                      'QUARANTINE_FACILITY', 'SCHOOL', 'ENTERPRISE', 'INDUSTRIAL_ZONE', 'MARKET',
                      'SUPERMARKET', 'PORT', 'CHECKPOINT', 'VENUE', 'LABORATORY')),
    name          text not null,
    address       text,
    capacity      integer check (capacity is null or capacity >= 0),
    phone         text,
    province_code text not null,
    district_code text not null,
    commune_code  text not null references geo_admin_unit (code),
    village_id    bigint references geo_village (id),
    parent_id     bigint references geo_org_unit (id),
    active        boolean not null default true,
    created_at    timestamptz not null default now(),
    updated_at    timestamptz not null default now()
);
create index geo_org_unit_commune on geo_org_unit (commune_code, unit_type);
create index geo_org_unit_district on geo_org_unit (district_code, unit_type);
create index geo_org_unit_name on geo_org_unit using gin (eg_fold(name) gin_trgm_ops);
