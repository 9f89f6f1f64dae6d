-- situation: the command-centre dashboard's pre-aggregated figures, kept current in the background as
-- records arrive (never computed from raw records in a dashboard request).

-- Per commune and day: confirmed cases by business day (cut-off hour of the daily report) and
-- classification, and tests by calendar day of their result (as the testing situation page counts them).
create table situation_dash_day (
    commune_code   text not null,
    day            date not null,
    province_code  text not null,
    district_code  text not null,
    confirmed      integer not null default 0,
    community      integer not null default 0,
    in_quarantine  integer not null default 0,
    imported       integer not null default 0,
    domestic       integer not null default 0,
    deaths         integer not null default 0,
    tests          integer not null default 0,
    positive       integer not null default 0,
    negative       integer not null default 0,
    primary key (commune_code, day)
);
create index situation_dash_day_province on situation_dash_day (province_code, day);
create index situation_dash_day_district on situation_dash_day (district_code, day);

-- Per commune now: places and beds, kits, vaccination (people 12+ and 18+ of the registry with at least
-- 1/2/3 doses over the census population of the group), the outreach list.
create table situation_dash_commune (
    commune_code       text primary key,
    province_code      text not null,
    district_code      text not null,
    population         bigint,
    quarantine_places  integer not null default 0,
    quarantine_used    integer not null default 0,
    beds_1             integer not null default 0,
    beds_1_used        integer not null default 0,
    beds_2             integer not null default 0,
    beds_2_used        integer not null default 0,
    beds_3             integer not null default 0,
    beds_3_used        integer not null default 0,
    kit_stock          bigint not null default 0,
    places_at          timestamptz,
    pop_12_17          bigint,
    pop_18             bigint,
    v12_dose1          bigint not null default 0,
    v12_dose2          bigint not null default 0,
    v18_dose1          bigint not null default 0,
    v18_dose2          bigint not null default 0,
    v18_dose3          bigint not null default 0,
    outreach_listed    bigint not null default 0,
    outreach_no_reason bigint not null default 0,
    outreach_declared  boolean not null default false,
    vaccination_at     timestamptz
);
create index situation_dash_commune_district on situation_dash_commune (district_code);
create index situation_dash_commune_province on situation_dash_commune (province_code);

-- The open clusters with cases in each commune (an area counts its distinct clusters).
create table situation_dash_cluster (
    cluster_id     bigint not null,
    commune_code   text not null,
    province_code  text not null,
    district_code  text not null,
    cases          integer not null,
    primary key (cluster_id, commune_code)
);
create index situation_dash_cluster_province on situation_dash_cluster (province_code);
create index situation_dash_cluster_district on situation_dash_cluster (district_code);

-- Days whose figures an arriving record changed, drained by the background refresh.
create table situation_dash_pending (
    province_code  text not null,
    day            date not null,
    what           text not null check (what in ('DAY', 'VACCINATION')),
    primary key (province_code, day, what)
);

-- The provinces the dashboard keeps, with the time of their last full rebuild and refreshes.
create table situation_dash_province (
    province_code  text primary key,
    rebuilt_at     timestamptz,
    first_day      date,
    places_at      timestamptz,
    vaccination_at timestamptz
);
