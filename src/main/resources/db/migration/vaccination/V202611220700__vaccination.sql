-- vaccination: products, dated rules, doses, and the status of every person on any date

create table vacc_product (
    code              text primary key check (code ~ '^[A-Z0-9_]{2,32}$'),
    name              text not null,
    manufacturer      text,
    -- doses of the primary series (1 for Janssen, 3 for Abdala, 2 for the others)
    primary_doses     smallint not null check (primary_doses between 1 and 3),
    -- minimum days between two doses of the primary series (the "interval rule" of the due lists)
    min_interval_days smallint not null check (min_interval_days between 0 and 365),
    active            boolean not null default true,
    created_at        timestamptz not null default now()
);

-- Intervals as the Ministry of Health's guidance used them in 2021–2022 (Quyết định 3588/QĐ-BYT and
-- the products' labels): AstraZeneca 8–12 weeks, Pfizer 3 weeks, Moderna 4 weeks, Vero Cell 3–4 weeks,
-- Sputnik V 3 weeks, Abdala 0–14–28 days. Administrators add products and edit intervals.
insert into vacc_product (code, name, manufacturer, primary_doses, min_interval_days) values
    ('ASTRAZENECA', 'AstraZeneca (Vaxzevria)', 'AstraZeneca', 2, 56),
    ('PFIZER', 'Pfizer-BioNTech (Comirnaty)', 'Pfizer/BioNTech', 2, 21),
    ('MODERNA', 'Moderna (Spikevax)', 'Moderna', 2, 28),
    ('VERO_CELL', 'Sinopharm (Vero Cell)', 'Sinopharm', 2, 21),
    ('SPUTNIK_V', 'Sputnik V', 'Gamaleya', 2, 21),
    ('ABDALA', 'Abdala', 'CIGB', 3, 14),
    ('JANSSEN', 'Janssen (Ad26.COV2.S)', 'Johnson & Johnson', 1, 0);

-- Dated rules: the rule in force on a date is the one with the latest effective_from on or before it.
create table vacc_rule (
    id                        bigserial primary key,
    effective_from            date not null unique,
    -- "fully vaccinated" for quarantine rules: last dose of the primary series at least ... days ago
    full_min_days             smallint not null check (full_min_days >= 0),
    -- ... and at most ... days ago (null: no upper bound)
    full_max_days             smallint check (full_max_days is null or full_max_days > 0),
    -- a booster is due this many days after the primary series
    booster_after_days        smallint not null check (booster_after_days >= 0),
    -- a recovered COVID-19 case counts as one dose (applied once the cases module records recoveries)
    recovered_counts_as_dose  boolean not null,
    source                    text not null,
    note                      text
);
insert into vacc_rule (effective_from, full_min_days, full_max_days, booster_after_days, recovered_counts_as_dose, source, note)
values ('2021-03-08', 14, 180, 90, true, 'Bộ Y tế: hướng dẫn tiêm chủng vắc xin phòng COVID-19 (2021–2022)',
        'Fully vaccinated: 14 days to 6 months after the last dose of the primary series; booster 3 months after it.');

create table vacc_dose (
    id            bigserial primary key,
    person_id     bigint not null references people_person (id),
    product_code  text not null references vacc_product (code),
    lot           text,
    dose_date     date not null check (dose_date >= date '2021-03-01'),
    dose_number   smallint not null check (dose_number between 1 and 6),
    site_org_id   bigint references geo_org_unit (id),
    site_name     text,
    -- where the person lived when the dose was recorded (scope of the record)
    province_code text not null,
    district_code text not null,
    commune_code  text not null,
    source        text not null check (source in ('MANUAL', 'IMPORT')),
    import_id     bigint,
    created_at    timestamptz not null default now(),
    -- one dose number per person: entering or importing it again changes nothing
    unique (person_id, dose_number)
);
create index vacc_dose_date on vacc_dose (dose_date);
create index vacc_dose_commune on vacc_dose (commune_code);
create index vacc_dose_district on vacc_dose (district_code);
create index vacc_dose_province on vacc_dose (province_code);
create index vacc_dose_site on vacc_dose (site_org_id) where site_org_id is not null;

-- The status of every vaccinated person on a date, from the doses given up to it:
-- doses, last dose date, whether the primary series (of the first dose's product) is complete and
-- when, and whether a dose beyond it (booster) was given. People with no dose do not appear.
create function vacc_status_on(on_date date)
    returns table (person_id bigint, doses integer, last_dose_date date, primary_done_date date, boosted boolean)
    language sql stable parallel safe as $$
    with given as (
        select d.person_id, d.dose_date, d.product_code,
               row_number() over (partition by d.person_id order by d.dose_number, d.dose_date) as n
          from vacc_dose d
         where d.dose_date <= on_date
    ), firsts as (
        select g.person_id, p.primary_doses
          from given g join vacc_product p on p.code = g.product_code
         where g.n = 1
    )
    select g.person_id,
           count(*)::integer,
           max(g.dose_date),
           max(g.dose_date) filter (where g.n = f.primary_doses),
           count(*) > max(f.primary_doses)
      from given g join firsts f on f.person_id = g.person_id
     group by g.person_id
$$;
