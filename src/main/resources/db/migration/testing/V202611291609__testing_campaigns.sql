-- testing: screening campaigns. A campaign targets a group in an area and a period: an occupation
-- group of the registry living in a commune, district or province; every person of a commune; the
-- people whose workplace or school is one organisation unit (a school, an enterprise: daily before
-- every shift); the attendees of an event (a list of people). Samples may carry the campaign.
--
-- Scope columns: the campaign's area (province, district and, for a commune area or a unit, the
-- commune) and, for a school or enterprise campaign, its unit.

create table testing_campaign (
    id            bigserial primary key,
    name          text not null check (length(btrim(name)) between 1 and 200),
    kind          text not null check (kind in ('OCCUPATION', 'COMMUNE', 'SCHOOL', 'ENTERPRISE', 'EVENT')),
    occupation    text check (occupation is null or occupation in ('MARKET_TRADER', 'FISHERMAN', 'PORT_WORKER',
                      'FACTORY_WORKER', 'COAL_WORKER', 'HEALTH_WORKER', 'TEACHER', 'STUDENT', 'OTHER')),
    area_code     text not null references geo_admin_unit (code),
    unit_id       bigint references geo_org_unit (id),
    cadence       text not null check (cadence in ('ONCE', 'DAILY')),
    start_date    date not null,
    end_date      date not null,
    province_code text not null,
    district_code text,
    commune_code  text,
    created_by    bigint,
    created_at    timestamptz not null default now(),
    check (end_date >= start_date and end_date - start_date <= 366),
    check ((kind = 'OCCUPATION') = (occupation is not null)),
    check (kind not in ('SCHOOL', 'ENTERPRISE') or unit_id is not null)
);
create index testing_campaign_province on testing_campaign (province_code, start_date);
create index testing_campaign_district on testing_campaign (district_code, start_date) where district_code is not null;
create index testing_campaign_commune on testing_campaign (commune_code, start_date) where commune_code is not null;
create index testing_campaign_unit on testing_campaign (unit_id) where unit_id is not null;

-- the people of an event, entered or uploaded
create table testing_campaign_attendee (
    campaign_id bigint not null references testing_campaign (id),
    person_id   bigint not null references people_person (id),
    added_at    timestamptz not null default now(),
    primary key (campaign_id, person_id)
);
create index testing_campaign_attendee_person on testing_campaign_attendee (person_id);

alter table testing_sample add column campaign_id bigint references testing_campaign (id);
create index testing_sample_campaign on testing_sample (campaign_id) where campaign_id is not null;
