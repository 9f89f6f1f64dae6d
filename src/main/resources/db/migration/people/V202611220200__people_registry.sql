-- people: the person registry
create table people_household (
    id            bigserial primary key,
    province_code text not null,
    district_code text not null,
    commune_code  text not null,
    village_id    bigint,
    address_text  text,
    created_at    timestamptz not null default now()
);
create index people_household_commune on people_household (commune_code);

create table people_person (
    id               bigserial primary key,
    citizen_id       text check (citizen_id ~ '^([0-9]{12}|[0-9]{9})$'),
    passport_no      text,
    nationality      text not null default 'VN',
    full_name        text not null check (length(btrim(full_name)) > 0),
    name_folded      text generated always as (eg_fold(full_name)) stored,
    birth_year       smallint not null check (birth_year between 1890 and 2100),
    birth_date       date check (birth_date is null or extract(year from birth_date) = birth_year),
    sex              text check (sex in ('M', 'F')),
    phone            text check (phone ~ '^0[0-9]{9}$'),
    province_code    text not null,
    district_code    text not null,
    commune_code     text not null,
    village_id       bigint,
    address_text     text,
    household_id     bigint references people_household (id),
    occupation       text not null default 'OTHER' check (occupation in ('MARKET_TRADER', 'FISHERMAN', 'PORT_WORKER',
                         'FACTORY_WORKER', 'COAL_WORKER', 'HEALTH_WORKER', 'TEACHER', 'STUDENT', 'OTHER')),
    workplace_id     bigint,
    comorbidities    text[] not null default '{}',
    pregnant         boolean not null default false,
    merged_into      bigint references people_person (id),
    created_at       timestamptz not null default now(),
    updated_at       timestamptz not null default now(),
    check (citizen_id is not null or passport_no is not null or nationality = 'VN')
);
create unique index people_person_citizen_id on people_person (citizen_id) where citizen_id is not null and merged_into is null;
create index people_person_passport on people_person (passport_no) where passport_no is not null;
create index people_person_phone on people_person (phone) where phone is not null;
create index people_person_name_trgm on people_person using gin (name_folded gin_trgm_ops);
create index people_person_name_year on people_person (name_folded, birth_year);
create index people_person_commune on people_person (commune_code, village_id);
create index people_person_district on people_person (district_code);
create index people_person_province on people_person (province_code);
create index people_person_workplace on people_person (workplace_id) where workplace_id is not null;
create index people_person_household on people_person (household_id) where household_id is not null;
