-- testing views: rapid-test kits per commune (receipts entered by the district or province, manual
-- adjustments; use is derived from the professional rapid tests done in the commune), and the
-- indexes of the statistics (tests per day in a province, samples by place and collection time).

create table testing_kit_movement (
    id            bigserial primary key,
    kind          text not null check (kind in ('RECEIPT', 'ADJUSTMENT')),
    commune_code  text not null references geo_admin_unit (code),
    district_code text not null,
    province_code text not null,
    moved_on      date not null check (moved_on >= date '2020-01-23'),
    -- a receipt adds kits; an adjustment adds (found, returned) or removes (lost, expired, damaged) kits
    quantity      integer not null check (kind = 'RECEIPT' and quantity > 0 or kind = 'ADJUSTMENT' and quantity <> 0),
    -- a receipt's source (the Ministry, the province, a donor); an adjustment's reason
    source        text not null check (length(source) between 1 and 200),
    created_by    bigint,
    created_at    timestamptz not null default now()
);
create index testing_kit_movement_commune on testing_kit_movement (commune_code, moved_on);
create index testing_kit_movement_district on testing_kit_movement (district_code);
create index testing_kit_movement_province on testing_kit_movement (province_code);

create index testing_test_province on testing_test (province_code, result_at);
create index testing_test_rapid_place on testing_test (sample_id) where kind = 'RAPID_PROFESSIONAL';
create index testing_sample_place_commune on testing_sample (place_commune_code, collected_at);
create index testing_sample_collected on testing_sample (commune_code, collected_at);
