-- What every sample and test written paid for and no read uses (measured with the result upload
-- benchmark, BENCHMARKS.md).
--
-- Indexes: testing_sample (commune_code) is the prefix of testing_sample_collected
-- (commune_code, collected_at), which serves the commune scope as well; testing_sample (province_code)
-- is the same for every sample of a provincial deployment. testing_test (unit_id) and
-- (collecting_unit_id) are read only by the statistics of a unit scope, whose predicate ORs unit_id,
-- collecting_unit_id and place_unit_id; place_unit_id has no index on testing_test, so the planner
-- can never combine them and reads the tests by time instead. Scope predicates keep the commune,
-- district and province (…, result_at) indexes, barcode and person lookups theirs, turnaround and
-- campaign progress (sample_id …) and (result_at).
drop index testing_sample_commune;
drop index testing_sample_province;
drop index testing_test_unit;
drop index testing_test_collecting;

-- Foreign keys to reference data: a check a row (two to four per uploaded result). The application
-- sets these columns only from a unit or commune it has just read (single entry checks them with
-- UnitChecks and the commune lookup; the upload joins geo_org_unit and geo_admin_unit in the same
-- transaction), and organisation units are deactivated, never deleted, communes never deleted, so
-- the references stay valid without the triggers. The references to people, samples and pools stay.
alter table testing_sample drop constraint testing_sample_place_commune_code_fkey;
alter table testing_sample drop constraint testing_sample_place_unit_id_fkey;
alter table testing_sample drop constraint testing_sample_collecting_unit_id_fkey;
alter table testing_sample drop constraint testing_sample_lab_unit_id_fkey;
alter table testing_test drop constraint testing_test_unit_id_fkey;
alter table testing_test drop constraint testing_test_collecting_unit_id_fkey;
alter table testing_test drop constraint testing_test_place_unit_id_fkey;
