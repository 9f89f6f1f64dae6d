-- The remaining foreign-key checks of a written result: the sample's person, the test's sample and
-- person (three checks a row, three million on a million-row upload; measured with the result upload
-- benchmark, BENCHMARKS.md). The application sets them only from rows it has just read in the same
-- transaction: single entry reads the person (PeopleDirectory) and the sample inside the user's scope
-- before writing; the upload finds or creates the person set-based and writes each test joined to
-- its sample in the same statement. People are merged (merged_into, their rows moved to the survivor
-- by TestingMergeListener), never deleted; samples are never deleted. The references to pools, to
-- the pool's own test and those of retest orders and alerts stay.
alter table testing_sample drop constraint testing_sample_person_id_fkey;
alter table testing_test drop constraint testing_test_sample_id_fkey;
alter table testing_test drop constraint testing_test_person_id_fkey;
