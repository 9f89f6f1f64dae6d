-- vacc_status_on() in one pass over the doses (window by person), without the CTE joined to itself:
-- same result, but a filter on person_id now reaches the index on vacc_dose (person_id, dose_number),
-- so the status of one person (the person's pages, the API, other modules) reads that person's doses
-- only instead of every dose of the province; the whole-province case is also cheaper (one sort).
create or replace function vacc_status_on(on_date date)
    returns table (person_id bigint, doses integer, last_dose_date date, primary_done_date date, boosted boolean)
    language sql stable parallel safe as $$
    select g.person_id,
           count(*)::integer,
           max(g.dose_date),
           max(g.dose_date) filter (where g.n = g.primary_doses),
           count(*) > max(g.primary_doses)
      from (select d.person_id, d.dose_date,
                   row_number() over w as n,
                   -- the primary series of the first dose's product
                   first_value(p.primary_doses) over w as primary_doses
              from vacc_dose d join vacc_product p on p.code = d.product_code
             where d.dose_date <= on_date
            window w as (partition by d.person_id order by d.dose_number, d.dose_date)) g
     group by g.person_id
$$;
