-- lab: manifests of samples sent by a collection site (health station, school, enterprise, ...) to a
-- laboratory, their receipt (missing and extra barcodes) and the unsorted flag shown to the sender.
-- Scope columns: the sender unit's province, district and commune; a unit sees the manifests it
-- sent (sender_unit_id) or that are addressed to it (lab_unit_id).

create table testing_manifest (
    id                      bigserial primary key,
    sender_unit_id          bigint not null references geo_org_unit (id),
    lab_unit_id             bigint not null references geo_org_unit (id),
    sent_at                 timestamptz not null,
    declared_sorted         boolean not null,
    -- the unsorted flag: the 1-based position of the first sample out of priority order (only when
    -- declared sorted) and of the first never-pooled sample listed after a poolable one
    priority_break_at       integer check (priority_break_at is null or priority_break_at > 1),
    never_pooled_mixed_at   integer check (never_pooled_mixed_at is null or never_pooled_mixed_at > 1),
    received_at             timestamptz check (received_at is null or received_at >= sent_at),
    received_by             bigint,
    province_code           text not null,
    district_code           text not null,
    commune_code            text not null,
    created_by              bigint,
    created_at              timestamptz not null default now()
);
create index testing_manifest_sender on testing_manifest (sender_unit_id, sent_at);
create index testing_manifest_lab on testing_manifest (lab_unit_id, sent_at);
create index testing_manifest_district on testing_manifest (district_code, sent_at);
create index testing_manifest_province on testing_manifest (province_code, sent_at);
create index testing_manifest_commune on testing_manifest (commune_code, sent_at);

-- the listed samples in the sender's order; received: null until the receipt, then whether it arrived
create table testing_manifest_item (
    manifest_id bigint not null references testing_manifest (id),
    position    integer not null check (position >= 1),
    sample_id   bigint not null references testing_sample (id),
    received    boolean,
    primary key (manifest_id, sample_id),
    unique (manifest_id, position)
);
-- a sample travels in one manifest at a time (one reported missing may be sent again)
create unique index testing_manifest_item_sample on testing_manifest_item (sample_id) where received is not false;

-- barcodes scanned at the receipt that the manifest did not list
create table testing_manifest_extra (
    manifest_id bigint not null references testing_manifest (id),
    barcode     text not null,
    sample_id   bigint references testing_sample (id),
    primary key (manifest_id, barcode)
);

-- turnaround: the first RT-PCR result of a sample by time
create index testing_test_sample_pcr on testing_test (sample_id, result_at)
    where sample_id is not null and kind in ('PCR_SINGLE', 'PCR_POOL') and outcome <> 'INVALID';
create index testing_test_result_at on testing_test (result_at) where sample_id is not null;
