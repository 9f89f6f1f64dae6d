-- vacc_status_on() in one pass over the doses and recoveries, without a CTE joined to itself: the
-- same result as V202611291528, but the filter on one person reaches the index on
-- vacc_dose (person_id, dose_number), so the status of one person (the person's pages, the API,
-- other modules) reads that person's rows only instead of every dose of the province, and the
-- whole province takes one sort instead of several.
--
-- Per person, the events are the doses up to the date and, when the rule in force counts it, the
-- earliest recovery up to the date, in order of date (a recovery before a dose on the same day).
-- The primary series is that of the first dose's product; it is complete on the date of its
-- n-th event (n = its doses), except that a single-dose product is complete on its dose alone.
-- A recovery never vaccinates anybody by itself: people without a dose are not in the result.
create or replace function vacc_status_on(on_date date, only_person bigint default null)
    returns table (person_id bigint, doses integer, last_dose_date date, primary_done_date date, boosted boolean)
    language sql stable parallel safe as $$
    select a.person_id, a.doses, a.last_dose_date,
           case when a.primary_doses = 1 then a.first_dose_date else a.events[a.primary_doses] end,
           case when a.primary_doses = 1 then a.doses > 1 else cardinality(a.events) > a.primary_doses end
      from (select e.person_id,
                   (count(*) filter (where e.is_dose))::integer as doses,
                   max(e.event_date) filter (where e.is_dose) as last_dose_date,
                   min(e.event_date) filter (where e.is_dose) as first_dose_date,
                   (array_agg(e.primary_doses order by e.event_date, e.k) filter (where e.is_dose))[1] as primary_doses,
                   array_agg(e.event_date order by e.event_date, e.k) as events
              from (select d.person_id, d.dose_date as event_date, d.dose_number as k, true as is_dose,
                           p.primary_doses
                      from vacc_dose d join vacc_product p on p.code = d.product_code
                     where d.dose_date <= on_date and (only_person is null or d.person_id = only_person)
                    union all
                    select v.person_id, min(v.recovered_on), 0, false, null
                      from vacc_recovery v
                     where v.recovered_on <= on_date and (only_person is null or v.person_id = only_person)
                       and coalesce((select r.recovered_counts_as_dose from vacc_rule r
                                      where r.effective_from <= on_date
                                      order by r.effective_from desc limit 1), false)
                     group by v.person_id) e
             group by e.person_id) a
     where a.doses > 0
$$;
