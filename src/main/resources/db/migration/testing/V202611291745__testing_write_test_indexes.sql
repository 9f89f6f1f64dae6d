-- Two partial indexes of testing_test whose reads testing_test_sample (sample_id) serves as well (a
-- sample has one result, two when retested): the professional rapid tests of samples (kit movements)
-- and the RT-PCR results of a sample by time (turnaround's first result). Every result written paid
-- for them (measured with the result upload benchmark, BENCHMARKS.md).
drop index testing_test_rapid_place;
drop index testing_test_sample_pcr;
