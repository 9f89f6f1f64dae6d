-- isolation: dated isolation/quarantine rules, episodes, daily follow-up, danger-sign alerts,
-- treatment places by tier. Quarantine facilities are geo_org_unit rows of type QUARANTINE_FACILITY
-- (capacity = places); their occupancy is the count of running episodes placed there.

-- The rules the Ministry of Health changed over time, as data. A rule version is (kind, effective_from);
-- within a version a row applies to everyone (ANY) or by vaccination on the start date (PROTECTED =
-- fully vaccinated or recovered within the window, as vaccination's protectedForQuarantine says).
-- Day numbers count the start date as day 1.
create table isolation_rule (
    id                    bigserial primary key,
    kind                  text not null check (kind in ('CASE_ISOLATION', 'CONTACT_QUARANTINE',
                              'RETURNEE_QUARANTINE', 'TRAVELLER_QUARANTINE')),
    effective_from        date not null,
    applies_to            text not null default 'ANY' check (applies_to in ('ANY', 'PROTECTED', 'UNPROTECTED')),
    place                 text not null check (place in ('HOME', 'LODGING', 'FACILITY', 'HOSPITAL')),
    confined_days         integer not null check (confined_days between 1 and 60),
    monitor_days          integer not null default 0 check (monitor_days between 0 and 60),
    test_days             integer[] not null default '{}',
    -- danger signs: SpO2 below spo2_min, breathing rate above breathing_max, or one of these symptoms
    spo2_min              integer not null default 96 check (spo2_min between 50 and 100),
    breathing_max         integer not null default 20 check (breathing_max between 5 and 60),
    danger_symptoms       text[] not null default '{}',
    -- home treatment of an F0 (CASE_ISOLATION rows): the decision and its gates; null ages = no age gate
    home_treatment_source text,
    home_min_age          integer,
    home_max_age          integer,
    home_older_if_vaccinated boolean not null default false,   -- older than max allowed when fully vaccinated
    home_excludes_pregnant   boolean not null default false,
    home_excludes_comorbid   boolean not null default false,
    source                text not null,
    note                  text,
    created_by            bigint,
    created_at            timestamptz not null default now(),
    unique (kind, effective_from, applies_to)
);

create table isolation_episode (
    id              bigserial primary key,
    person_id       bigint not null references people_person (id),
    kind            text not null check (kind in ('CASE_ISOLATION', 'CONTACT_QUARANTINE',
                        'RETURNEE_QUARANTINE', 'TRAVELLER_QUARANTINE')),
    case_id         bigint,                -- the cases_case of an F0 (no foreign key across modules)
    rule_id         bigint not null references isolation_rule (id),
    protected       boolean not null,      -- fully vaccinated or recovered on the start date
    place           text not null check (place in ('HOME', 'LODGING', 'FACILITY', 'HOSPITAL')),
    place_unit_id   bigint references geo_org_unit (id),
    tier            smallint check (tier in (1, 2, 3)),
    start_date      date not null,
    admitted_on     date not null,         -- when it came to this place (a transfer keeps start_date)
    planned_end     date not null,
    monitor_until   date not null,
    test_days       integer[] not null,
    status          text not null default 'ACTIVE' check (status in ('ACTIVE', 'RELEASED', 'CONVERTED',
                        'TRANSFERRED', 'DIED')),
    ended_on        date,
    end_note        text,
    previous_id     bigint references isolation_episode (id),
    -- the first episode of a chain of transfers (its checks and tests count for the whole chain)
    chain_id        bigint references isolation_episode (id),
    follow_token_hash text unique,
    province_code   text not null,
    district_code   text not null,
    commune_code    text not null,
    created_by      bigint,
    created_at      timestamptz not null default now(),
    updated_at      timestamptz not null default now(),
    check ((status = 'ACTIVE') = (ended_on is null)),
    check (place not in ('FACILITY', 'HOSPITAL') or place_unit_id is not null)
);
create unique index isolation_episode_one_running on isolation_episode (person_id) where status = 'ACTIVE';
create index isolation_episode_commune on isolation_episode (commune_code, status);
create index isolation_episode_district on isolation_episode (district_code, status);
create index isolation_episode_province on isolation_episode (province_code, status);
create index isolation_episode_chain on isolation_episode (chain_id);
create index isolation_episode_unit on isolation_episode (place_unit_id, status) where place_unit_id is not null;

-- One follow-up check: by the community team / health station, or by the person through the link.
create table isolation_check (
    id              bigserial primary key,
    episode_id      bigint not null references isolation_episode (id),
    check_date      date not null,
    temperature     numeric(3, 1) check (temperature is null or temperature between 30 and 45),
    spo2            integer check (spo2 is null or spo2 between 50 and 100),
    breathing_rate  integer check (breathing_rate is null or breathing_rate between 5 and 80),
    symptoms        text[] not null default '{}',
    test_kind       text check (test_kind in ('RAPID', 'PCR')),
    test_result     text check (test_result in ('NEGATIVE', 'POSITIVE')),
    danger_signs    text[] not null default '{}',
    by_person       boolean not null default false,
    entered_by      bigint,
    note            text,
    province_code   text not null,
    district_code   text not null,
    commune_code    text not null,
    created_at      timestamptz not null default now(),
    check ((test_kind is null) = (test_result is null))
);
create index isolation_check_episode on isolation_check (episode_id, check_date);

-- A danger sign raised at once, with the proposed tier; closed by the transfer (bed taken) or dismissed.
create table isolation_alert (
    id              bigserial primary key,
    episode_id      bigint not null references isolation_episode (id),
    check_id        bigint not null references isolation_check (id),
    signs           text[] not null,
    proposed_tier   smallint not null check (proposed_tier in (2, 3)),
    status          text not null default 'OPEN' check (status in ('OPEN', 'TRANSFERRED', 'DISMISSED')),
    transfer_episode_id bigint references isolation_episode (id),
    province_code   text not null,
    district_code   text not null,
    commune_code    text not null,
    raised_at       timestamptz not null default now(),
    closed_at       timestamptz
);
create index isolation_alert_open on isolation_alert (commune_code) where status = 'OPEN';

-- Treatment places by tier: a health station or field hospital (tier 1), a hospital (tier 2 or 3).
create table isolation_treatment_place (
    unit_id         bigint primary key references geo_org_unit (id),
    tier            smallint not null check (tier in (1, 2, 3)),
    beds            integer not null check (beds >= 0),
    oxygen_beds     integer not null default 0 check (oxygen_beds >= 0),
    icu_beds        integer not null default 0 check (icu_beds >= 0),
    province_code   text not null,
    district_code   text not null,
    commune_code    text not null,
    updated_at      timestamptz not null default now()
);

-- The Ministry's rules of 2021-2022 (the default set; an administrator adds later versions).
insert into isolation_rule (kind, effective_from, applies_to, place, confined_days, monitor_days, test_days,
                            danger_symptoms, source, note) values
    ('CONTACT_QUARANTINE', date '2021-07-14', 'ANY', 'FACILITY', 14, 14, '{1,7,14}',
     '{DYSPNOEA,CHEST_PAIN,CONFUSION,CYANOSIS}',
     'Công văn 5599/BYT-MT (14/07/2021)',
     'F1: 14 ngày cách ly tập trung + 14 ngày tự theo dõi tại nhà. Ngày xét nghiệm 1, 7, 14 chưa được xác nhận từ văn bản gốc.'),
    ('CONTACT_QUARANTINE', date '2021-10-14', 'PROTECTED', 'HOME', 7, 7, '{1,7}',
     '{DYSPNOEA,CHEST_PAIN,CONFUSION,CYANOSIS}',
     'Hướng dẫn của Bộ Y tế, tháng 10-12/2021',
     'F1 đã tiêm đủ liều hoặc khỏi bệnh trong 6 tháng: 7 ngày cách ly tại nhà + 7 ngày tự theo dõi, xét nghiệm ngày 1 và 7. Số văn bản và ngày hiệu lực chính xác chưa được xác nhận.'),
    ('CONTACT_QUARANTINE', date '2021-10-14', 'UNPROTECTED', 'HOME', 14, 14, '{1,7,14}',
     '{DYSPNOEA,CHEST_PAIN,CONFUSION,CYANOSIS}',
     'Hướng dẫn của Bộ Y tế, tháng 10-12/2021',
     'F1 chưa tiêm đủ liều: 14 ngày cách ly + 14 ngày tự theo dõi, xét nghiệm ngày 1, 7, 14 - chưa được xác nhận từ văn bản gốc.'),
    ('CONTACT_QUARANTINE', date '2022-02-11', 'PROTECTED', 'HOME', 5, 5, '{5}',
     '{DYSPNOEA,CHEST_PAIN,CONFUSION,CYANOSIS}',
     'Hướng dẫn của Bộ Y tế, tháng 02/2022',
     'F1 đã tiêm đủ liều: 5 ngày cách ly + 5 ngày tự theo dõi. Xét nghiệm ngày 5, số văn bản và ngày hiệu lực chưa được xác nhận.'),
    ('CONTACT_QUARANTINE', date '2022-02-11', 'UNPROTECTED', 'HOME', 7, 3, '{7}',
     '{DYSPNOEA,CHEST_PAIN,CONFUSION,CYANOSIS}',
     'Hướng dẫn của Bộ Y tế, tháng 02/2022',
     'F1 chưa tiêm đủ liều: 7 ngày cách ly + 3 ngày tự theo dõi. Xét nghiệm ngày 7, số văn bản và ngày hiệu lực chưa được xác nhận.'),
    ('RETURNEE_QUARANTINE', date '2021-07-14', 'ANY', 'FACILITY', 14, 14, '{1,7,14}', '{}',
     'Công văn 5599/BYT-MT (14/07/2021)',
     'Người về từ vùng dịch: như F1. Quy định riêng theo cấp độ dịch nơi đi chưa được nhập.'),
    ('TRAVELLER_QUARANTINE', date '2021-07-14', 'ANY', 'FACILITY', 14, 14, '{1,7,14}', '{}',
     'Công văn 5599/BYT-MT (14/07/2021)',
     'Người nhập cảnh: như F1. Quy định riêng cho người nhập cảnh chưa được nhập.');

insert into isolation_rule (kind, effective_from, applies_to, place, confined_days, monitor_days, test_days,
                            danger_symptoms, home_treatment_source, home_min_age, home_max_age,
                            home_older_if_vaccinated, home_excludes_pregnant, home_excludes_comorbid, source, note) values
    ('CASE_ISOLATION', date '2021-07-14', 'ANY', 'HOSPITAL', 14, 14, '{14}',
     '{DYSPNOEA,CHEST_PAIN,CONFUSION,CYANOSIS}', null, null, null, false, false, false,
     'Quyết định 3416/QĐ-BYT (14/07/2021)',
     'F0 điều trị tại cơ sở y tế, ra viện khi xét nghiệm âm tính, tự theo dõi 14 ngày. Số ngày tối thiểu (14) và ngày xét nghiệm chưa được xác nhận; chưa có điều trị tại nhà.'),
    ('CASE_ISOLATION', date '2021-09-21', 'ANY', 'HOME', 10, 7, '{10}',
     '{DYSPNOEA,CHEST_PAIN,CONFUSION,CYANOSIS,PERSISTENT_FEVER}', 'Quyết định 4038/QĐ-BYT (21/09/2021)', 1, 50,
     true, true, true,
     'Quyết định 4038/QĐ-BYT (21/09/2021)',
     'F0 không triệu chứng hoặc nhẹ tại nhà: 10 ngày, xét nghiệm ngày 10, tự theo dõi 7 ngày. Cổng điều trị tại nhà: từ 1 đến 50 tuổi (trên 50 tuổi nếu đã tiêm đủ liều), không mang thai, không bệnh nền - chi tiết cổng tiêm chủng và bệnh nền ổn định chưa được xác nhận.'),
    ('CASE_ISOLATION', date '2022-01-31', 'ANY', 'HOME', 7, 3, '{7}',
     '{DYSPNOEA,CHEST_PAIN,CONFUSION,CYANOSIS,PERSISTENT_FEVER}', 'Quyết định 261/QĐ-BYT (31/01/2022)', null, null,
     false, false, false,
     'Quyết định 261/QĐ-BYT (31/01/2022)',
     'F0 tại nhà: 7 ngày, xét nghiệm nhanh ngày 7 âm tính thì kết thúc (chưa âm tính thì đến 10 ngày - chưa mô hình hóa), tự theo dõi 3 ngày chưa được xác nhận. Không còn cổng tuổi và tiêm chủng.');
