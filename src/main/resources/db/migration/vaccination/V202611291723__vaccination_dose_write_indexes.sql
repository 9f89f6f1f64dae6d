-- Two indexes of vacc_dose that no read uses and every write pays for (measured with the dose import
-- benchmark, BENCHMARKS.md): dose_date is only ever filtered as "on or before a date", which covers
-- most of the table and is read by sequential scan or through the person's index; province_code is
-- the same for every dose of a provincial deployment. Scope predicates keep the commune and district
-- indexes; a person's doses the (person_id, dose_number) index.
drop index vacc_dose_date;
drop index vacc_dose_province;
