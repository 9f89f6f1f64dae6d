-- geo: effective population of every administrative unit, the record of population imports,
-- and indexes for counting villages and organisation units per district and province.

-- A commune's figure is its entered row. A district's figure is its entered row, else the sum of
-- its communes' rows. A province's figure is its entered row, else the sum of its districts'
-- figures (so, with no district rows entered, the sum of its communes).
-- origin: ENTERED (a row exists for the unit), SUMMED (added up from its parts), MISSING (no figure).
create view geo_population_effective as
with entered as (
    select u.code, u.level, u.province_code, u.district_code,
           p.total::bigint as total, p.age_0_4::bigint as age_0_4, p.age_5_11::bigint as age_5_11,
           p.age_12_17::bigint as age_12_17, p.age_18_49::bigint as age_18_49,
           p.age_50_64::bigint as age_50_64, p.age_65_plus::bigint as age_65_plus
    from geo_population p
    join geo_admin_unit u on u.code = p.unit_code
),
commune_sums as (
    select district_code, sum(total) as total, sum(age_0_4) as age_0_4, sum(age_5_11) as age_5_11,
           sum(age_12_17) as age_12_17, sum(age_18_49) as age_18_49, sum(age_50_64) as age_50_64,
           sum(age_65_plus) as age_65_plus, count(*) as parts
    from entered where level = 'COMMUNE'
    group by district_code
),
districts as (
    select d.code, d.province_code,
           coalesce(e.total, s.total) as total, coalesce(e.age_0_4, s.age_0_4) as age_0_4,
           coalesce(e.age_5_11, s.age_5_11) as age_5_11, coalesce(e.age_12_17, s.age_12_17) as age_12_17,
           coalesce(e.age_18_49, s.age_18_49) as age_18_49, coalesce(e.age_50_64, s.age_50_64) as age_50_64,
           coalesce(e.age_65_plus, s.age_65_plus) as age_65_plus,
           case when e.code is not null then 'ENTERED' when s.total is not null then 'SUMMED' else 'MISSING' end as origin,
           coalesce(s.parts, 0) as parts
    from geo_admin_unit d
    left join entered e on e.code = d.code
    left join commune_sums s on s.district_code = d.code
    where d.level = 'DISTRICT'
),
district_sums as (
    select province_code, sum(total) as total, sum(age_0_4) as age_0_4, sum(age_5_11) as age_5_11,
           sum(age_12_17) as age_12_17, sum(age_18_49) as age_18_49, sum(age_50_64) as age_50_64,
           sum(age_65_plus) as age_65_plus, count(*) filter (where origin <> 'MISSING') as parts
    from districts
    group by province_code
)
select c.code as unit_code, c.level, e.total, e.age_0_4, e.age_5_11, e.age_12_17, e.age_18_49, e.age_50_64,
       e.age_65_plus, case when e.code is null then 'MISSING' else 'ENTERED' end as origin, 0::bigint as parts
from geo_admin_unit c
left join entered e on e.code = c.code
where c.level = 'COMMUNE'
union all
select d.code, 'DISTRICT', d.total, d.age_0_4, d.age_5_11, d.age_12_17, d.age_18_49, d.age_50_64, d.age_65_plus,
       d.origin, d.parts
from districts d
union all
select p.code, 'PROVINCE',
       coalesce(e.total, s.total), coalesce(e.age_0_4, s.age_0_4), coalesce(e.age_5_11, s.age_5_11),
       coalesce(e.age_12_17, s.age_12_17), coalesce(e.age_18_49, s.age_18_49), coalesce(e.age_50_64, s.age_50_64),
       coalesce(e.age_65_plus, s.age_65_plus),
       case when e.code is not null then 'ENTERED' when s.parts > 0 then 'SUMMED' else 'MISSING' end,
       coalesce(s.parts, 0)
from geo_admin_unit p
left join entered e on e.code = p.code
left join district_sums s on s.province_code = p.code
where p.level = 'PROVINCE';

-- One row per population file imported: who, what, the counts and the rejected rows.
create table geo_population_import (
    id          bigserial primary key,
    user_id     bigint,
    username    text not null,
    file_name   text not null,
    imported    integer not null,
    unchanged   integer not null,
    rejected    integer not null,
    skipped     integer not null default 0,
    errors      jsonb not null default '[]',
    created_at  timestamptz not null default now()
);

create index geo_village_district on geo_village (district_code);
create index geo_village_province on geo_village (province_code);
create index geo_org_unit_province on geo_org_unit (province_code, unit_type);
