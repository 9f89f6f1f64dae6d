-- isolation: people and vehicles entering through a checkpoint at the province's gateways. A passenger
-- without a health declaration or without a test result is flagged; the destination commune sees its
-- arrivals (scope columns are the destination's, the unit column the checkpoint).
create table isolation_checkpoint_entry (
    id                  bigserial primary key,
    checkpoint_id       bigint not null references geo_org_unit (id),
    entered_at          timestamptz not null,
    plate               text,
    vehicle_kind        text not null check (vehicle_kind in ('CAR', 'TRUCK', 'BUS', 'MOTORBIKE', 'ON_FOOT', 'OTHER')),
    full_name           text not null check (length(btrim(full_name)) > 0),
    birth_year          smallint check (birth_year between 1890 and 2100),
    phone               text check (phone ~ '^0[0-9]{9}$'),
    citizen_id          text check (citizen_id ~ '^([0-9]{12}|[0-9]{9})$'),
    origin_province     text not null,
    declaration_present boolean not null,
    test_present        boolean not null,
    flags               text[] not null default '{}',
    province_code       text not null,
    district_code       text not null,
    commune_code        text not null,
    entered_by          bigint,
    created_at          timestamptz not null default now()
);
create index isolation_checkpoint_entry_commune on isolation_checkpoint_entry (commune_code, entered_at);
create index isolation_checkpoint_entry_district on isolation_checkpoint_entry (district_code, entered_at);
create index isolation_checkpoint_entry_checkpoint on isolation_checkpoint_entry (checkpoint_id, entered_at);
