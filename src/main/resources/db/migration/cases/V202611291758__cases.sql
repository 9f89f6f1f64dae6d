-- cases: the F0 case (ca bệnh). This first migration is the shared core that the cases, tracing,
-- isolation and situation modules build on; later migrations of the cases module extend it.
--
-- Lifecycle: SUSPECTED -> CONFIRMED -> ISOLATED (in isolation or treatment) -> RECOVERED or DIED;
-- a suspected case that is not confirmed is DISCARDED. The time of each step is kept; a report
-- counts a case on the day of confirmed_at (business day Asia/Ho_Chi_Minh, cut-off of the report).
--
-- Scope columns are those of the person's address when the case was opened (a case is counted
-- where the person lives); reporting_unit_id is the unit that reported it (lab, station, hospital).
create table cases_case (
    id                  bigserial primary key,
    person_id           bigint not null references people_person (id),
    status              text not null check (status in
                            ('SUSPECTED', 'CONFIRMED', 'ISOLATED', 'RECOVERED', 'DIED', 'DISCARDED')),
    -- how the case was opened: an RT-PCR positive, a positive rapid test, or by hand
    origin              text not null check (origin in ('PCR', 'RAPID_TEST', 'MANUAL')),
    -- the testing_test that opened or confirmed it (no foreign key across modules)
    opening_test_id     bigint,
    confirming_test_id  bigint,
    suspected_at        timestamptz,
    confirmed_at        timestamptz,
    isolated_at         timestamptz,
    recovered_at        timestamptz,
    died_at             timestamptz,
    discarded_at        timestamptz,
    -- classification for the reports
    imported            boolean not null default false,   -- entered from abroad (else domestic)
    found_in_quarantine boolean not null default false,   -- already in quarantine when found (else community)
    source_known        boolean,                          -- null until investigated
    onset_date          date,
    province_code       text not null,
    district_code       text not null,
    commune_code        text not null,
    reporting_unit_id   bigint references geo_org_unit (id),
    created_by          bigint,
    created_at          timestamptz not null default now(),
    updated_at          timestamptz not null default now(),
    check (status <> 'SUSPECTED' or suspected_at is not null),
    check (status not in ('CONFIRMED', 'ISOLATED', 'RECOVERED', 'DIED') or confirmed_at is not null),
    check (status <> 'DIED' or died_at is not null),
    check (status <> 'RECOVERED' or recovered_at is not null),
    check (status <> 'DISCARDED' or discarded_at is not null)
);
-- a person has at most one open case (suspected, confirmed or in isolation) at a time
create unique index cases_case_one_open on cases_case (person_id)
    where status in ('SUSPECTED', 'CONFIRMED', 'ISOLATED');
create index cases_case_person on cases_case (person_id);
create unique index cases_case_opening_test on cases_case (opening_test_id) where opening_test_id is not null;
create index cases_case_commune_confirmed on cases_case (commune_code, confirmed_at);
create index cases_case_district on cases_case (district_code);
create index cases_case_province_confirmed on cases_case (province_code, confirmed_at);
create index cases_case_reporting_unit on cases_case (reporting_unit_id) where reporting_unit_id is not null;
