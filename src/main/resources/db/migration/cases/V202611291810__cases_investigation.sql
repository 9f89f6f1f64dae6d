-- cases: the case investigation form (điều tra dịch tễ): onset and symptoms (kept on the case),
-- places visited and people met in the days before, workplace or school, household members.
-- The form records what the case tells; the tracing module builds contacts from it.

-- How many days before onset (or, without symptoms, before the case's day) the investigation covers:
-- versioned data, the row in force on the reference day applies.
create table cases_window_rule (
    id             bigserial primary key,
    effective_from date not null unique,
    days_before    smallint not null check (days_before between 1 and 60),
    note           text,
    created_at     timestamptz not null default now()
);
insert into cases_window_rule (effective_from, days_before, note)
values (date '2020-01-23', 14, 'Places and people in the 14 days before onset.');

create table cases_investigation (
    case_id           bigint primary key references cases_case (id),
    workplace         text,
    workplace_unit_id bigint references geo_org_unit (id),
    notes             text,
    window_from       date not null,
    window_to         date not null,
    window_rule_id    bigint not null references cases_window_rule (id),
    investigated_by   bigint,
    investigated_at   timestamptz not null default now()
);

create table cases_investigation_place (
    id          bigserial primary key,
    case_id     bigint not null references cases_investigation (case_id),
    visited_on  date not null,
    place       text,
    unit_id     bigint references geo_org_unit (id),
    commune_code text,
    note        text,
    check (place is not null or unit_id is not null)
);
create index cases_investigation_place_case on cases_investigation_place (case_id);
create index cases_investigation_place_unit on cases_investigation_place (unit_id, visited_on) where unit_id is not null;

-- People met (met_on set) and household members (met_on null, household true).
create table cases_investigation_person (
    id         bigserial primary key,
    case_id    bigint not null references cases_investigation (case_id),
    household  boolean not null,
    met_on     date,
    person_id  bigint references people_person (id),
    full_name  text not null,
    birth_year smallint,
    phone      text,
    relation   text,
    place      text,
    check (household or met_on is not null)
);
create index cases_investigation_person_case on cases_investigation_person (case_id);
create index cases_investigation_person_person on cases_investigation_person (person_id) where person_id is not null;
