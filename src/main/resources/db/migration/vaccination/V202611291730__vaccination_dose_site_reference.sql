-- The site of a dose: no read filters on it, so no index; and its foreign key to geo_org_unit cost a
-- check a row on every import whose rows name their site (2.5 million in a province's history;
-- measured with the dose import benchmark, BENCHMARKS.md). The application sets site_org_id only from
-- a unit it has just read (single entry checks the unit; the import joins geo_org_unit in the same
-- statement), and organisation units are deactivated, never deleted, so the reference stays valid
-- without the trigger.
drop index vacc_dose_site;
alter table vacc_dose drop constraint vacc_dose_site_org_id_fkey;
