-- Recovered COVID-19 cases and the dated rule that counts them.
--
-- The Ministry of Health's guidance of 2021–2022 treated a person who had recovered from COVID-19
-- in two ways, both carried by vacc_rule:
--   * the recovery counts as one dose of the primary series (recovered_counts_as_dose, already in
--     the rule of 08/03/2021): a recovered person with one dose of a two-dose product has completed
--     the primary series, and the next dose is a booster;
--   * for the quarantine rules, "fully vaccinated or recovered within 6 months" (công văn
--     8688/BYT-DP, 10/2021, and the F1 rules after it): recovered_protects_days.
-- A recovery alone, without any dose, never makes a person vaccinated: the status needs the
-- product of a first dose.

alter table vacc_rule add column recovered_protects_days smallint
    check (recovered_protects_days is null or recovered_protects_days > 0);
update vacc_rule set recovered_protects_days = 180 where effective_from = date '2021-03-08';

-- Recoveries entered by the commune (a recovery certificate) or, later, recorded by the cases module.
create table vacc_recovery (
    id            bigserial primary key,
    person_id     bigint not null references people_person (id),
    recovered_on  date not null check (recovered_on >= date '2020-01-23'),
    source        text not null check (source in ('MANUAL', 'CASE')),
    note          text check (note is null or length(note) <= 200),
    -- where the person lived when the recovery was recorded (scope of the record)
    province_code text not null,
    district_code text not null,
    commune_code  text not null,
    created_at    timestamptz not null default now(),
    unique (person_id, recovered_on)
);
create index vacc_recovery_commune on vacc_recovery (commune_code);

-- The status now counts the earliest recovery before the date as one dose of the primary series
-- when the rule in force on the date says so. doses and last_dose_date remain the doses given.
-- only_person limits it to one person (the person's page, other modules' rules) so that it reads
-- that person's rows through the index instead of every dose of the province.
drop function vacc_status_on(date);
create function vacc_status_on(on_date date, only_person bigint default null)
    returns table (person_id bigint, doses integer, last_dose_date date, primary_done_date date, boosted boolean)
    language sql stable parallel safe as $$
    with rule as (
        select r.recovered_counts_as_dose
          from vacc_rule r where r.effective_from <= on_date
         order by r.effective_from desc limit 1
    ), recovered as (
        select v.person_id, min(v.recovered_on) as recovered_on
          from vacc_recovery v
         where v.recovered_on <= on_date and (only_person is null or v.person_id = only_person)
           and coalesce((select recovered_counts_as_dose from rule), false)
         group by v.person_id
    ), given as (
        select d.person_id, d.dose_date, d.product_code,
               row_number() over (partition by d.person_id order by d.dose_number, d.dose_date) as n
          from vacc_dose d
         where d.dose_date <= on_date and (only_person is null or d.person_id = only_person)
    ), firsts as (
        select g.person_id, p.primary_doses
          from given g join vacc_product p on p.code = g.product_code
         where g.n = 1
    ), events as (
        -- a dose's place in the series moves up by one when the person recovered on or before it
        select g.person_id, g.dose_date as event_date, true as is_dose,
               g.n + case when r.recovered_on <= g.dose_date then 1 else 0 end as n
          from given g left join recovered r on r.person_id = g.person_id
        union all
        select r.person_id, r.recovered_on, false,
               1 + (select count(*) from given g where g.person_id = r.person_id and g.dose_date < r.recovered_on)
          from recovered r
         where exists (select 1 from given g where g.person_id = r.person_id)
    )
    select e.person_id,
           (count(*) filter (where e.is_dose))::integer,
           max(e.event_date) filter (where e.is_dose),
           max(e.event_date) filter (where e.n = f.primary_doses),
           count(*) > max(f.primary_doses)
      from events e join firsts f on f.person_id = e.person_id
     group by e.person_id
$$;
