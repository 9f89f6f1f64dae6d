-- isolation: groups of citizens returning from epidemic zones (origin, transport, arrival), each member
-- handed over to their commune with a quarantine episode placed by the returnee rule in force on arrival.
create table isolation_returnee_group (
    id              bigserial primary key,
    origin_province text not null,
    transport       text not null,
    arrival_date    date not null,
    note            text,
    created_by      bigint,
    created_at      timestamptz not null default now()
);
alter table isolation_episode add column returnee_group_id bigint references isolation_returnee_group (id);
create index isolation_episode_returnee_group on isolation_episode (returnee_group_id) where returnee_group_id is not null;
