-- cases: the risk group of a case by the Ministry's four colours, a dated rule kept as data.
--
-- After the Ministry of Health's guidance on classifying the risk of people infected with SARS-CoV-2
-- (Decision 4156/QĐ-BYT of 28/08/2021), simplified: RED (very high) when SpO2 is below
-- spo2_very_high_below or a sign of severe illness; ORANGE (high) when SpO2 is below spo2_high_below,
-- breathlessness or chest pain, old_age or older with a comorbidity or not fully vaccinated, a
-- comorbidity without any dose, or pregnant and not fully vaccinated; YELLOW (medium) from middle_age,
-- with a comorbidity, pregnant, or not fully vaccinated; GREEN (low) otherwise. The row in force on
-- the day of the assessment applies.
create table cases_risk_rule (
    id                   bigserial primary key,
    effective_from       date not null unique,
    old_age              smallint not null check (old_age between 40 and 100),
    middle_age           smallint not null check (middle_age between 18 and 100),
    spo2_high_below      smallint not null check (spo2_high_below between 80 and 100),
    spo2_very_high_below smallint not null check (spo2_very_high_below between 70 and 100),
    note                 text,
    created_at           timestamptz not null default now(),
    check (middle_age <= old_age),
    check (spo2_very_high_below <= spo2_high_below)
);
insert into cases_risk_rule (effective_from, old_age, middle_age, spo2_high_below, spo2_very_high_below, note)
values (date '2021-08-28', 65, 50, 96, 94, 'Quyết định 4156/QĐ-BYT ngày 28/08/2021 (phân loại nguy cơ, 4 màu)');

-- The case's clinical inputs and its latest assessment (the rule version used and when).
alter table cases_case
    add column symptoms           text[] not null default '{}',
    add column spo2               smallint check (spo2 is null or spo2 between 50 and 100),
    add column vaccination_status text check (vaccination_status in ('UNVACCINATED', 'PARTIAL', 'FULLY_VACCINATED', 'BOOSTED')),
    add column risk_group         text check (risk_group in ('GREEN', 'YELLOW', 'ORANGE', 'RED')),
    add column risk_rule_id       bigint references cases_risk_rule (id),
    add column risk_assessed_at   timestamptz;
create index cases_case_commune_status on cases_case (commune_code, status);
