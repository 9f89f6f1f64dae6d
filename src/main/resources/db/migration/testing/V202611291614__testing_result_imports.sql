-- testing: bulk upload of results (CSV/XLSX) as background jobs, their rejected rows by row and
-- field, and the import each sample and test came from.

create table testing_import_job (
    id              bigserial primary key,
    owner_id        bigint not null,
    owner_username  text not null,
    -- the uploader's capture scope when the job started: a re-upload of the same file in the same scope adds nothing
    capture_level   text not null,
    capture_code    text not null,
    file_name       text not null,
    file_hash       text not null check (file_hash ~ '^[0-9a-f]{64}$'),
    state           text not null default 'QUEUED' check (state in ('QUEUED', 'READING', 'VALIDATING', 'DONE', 'FAILED')),
    rows_read       integer not null default 0,
    results_added   integer not null default 0,
    results_known   integer not null default 0,
    samples_created integer not null default 0,
    people_created  integer not null default 0,
    retests_ordered integer not null default 0,
    alerts_raised   integer not null default 0,
    rows_rejected   integer not null default 0,
    same_as_job     bigint references testing_import_job (id),
    failure         text,
    started_at      timestamptz not null default now(),
    finished_at     timestamptz
);
create index testing_import_job_owner on testing_import_job (owner_id, started_at desc);
create index testing_import_job_hash on testing_import_job (file_hash, capture_level, capture_code) where state = 'DONE';

create table testing_import_error (
    job_id   bigint not null references testing_import_job (id),
    row_no   integer not null,
    field    text not null,
    problem  text not null,
    value    text,
    detail   text
);
create index testing_import_error_job on testing_import_error (job_id, row_no);

-- The upload a sample or test came from. Provenance only, not a foreign key: a million-row upload
-- would otherwise pay a million and more trigger checks against the job it has just created.
alter table testing_sample add column import_id bigint;
alter table testing_test add column import_id bigint;

-- A member's result points at its pool's result; deleting or merging tests looks it up by this column.
create index testing_test_from_pool on testing_test (from_pool_test_id) where from_pool_test_id is not null;
