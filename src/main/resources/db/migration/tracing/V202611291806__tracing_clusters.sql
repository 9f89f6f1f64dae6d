-- tracing: clusters (ổ dịch). Formed automatically from confirmed cases linked by contacts, the same
-- household, the same workplace or school (and whatever other link sources the module has, such as
-- shared venues); named, merged, split and closed by users. A case belongs to at most one cluster.
-- The automatic forming never moves a case that is already in a cluster, so a user's merge or split stays.
create table tracing_cluster (
    id               bigserial primary key,
    name             text,
    status           text not null default 'OPEN' check (status in ('OPEN', 'CLOSED', 'MERGED')),
    merged_into      bigint references tracing_cluster (id),
    suspected_source text,
    source_case_id   bigint references cases_case (id),
    formed_by        text not null check (formed_by in ('AUTO', 'SPLIT')),
    -- where the cluster is kept: the place of its first case (the district or province keeps a
    -- cluster that spans several communes or districts, as their scope contains it)
    province_code    text not null,
    district_code    text not null,
    commune_code     text not null,
    created_at       timestamptz not null default now(),
    updated_at       timestamptz not null default now(),
    closed_at        timestamptz,
    check ((status = 'MERGED') = (merged_into is not null)),
    check (status <> 'CLOSED' or closed_at is not null)
);
create index tracing_cluster_status on tracing_cluster (status);

-- the cases of a cluster, with the case's time and place copied when added (for the curve and the
-- localities); link tells how the case joined (CONTACT, HOUSEHOLD, WORKPLACE, VENUE, ... or MANUAL)
create table tracing_cluster_case (
    case_id           bigint primary key references cases_case (id),
    cluster_id        bigint not null references tracing_cluster (id),
    person_id         bigint not null,
    confirmed_at      timestamptz not null,
    province_code     text not null,
    district_code     text not null,
    commune_code      text not null,
    reporting_unit_id bigint,
    link              text not null,
    added_at          timestamptz not null default now()
);
create index tracing_cluster_case_cluster on tracing_cluster_case (cluster_id, confirmed_at);
create index tracing_cluster_case_commune on tracing_cluster_case (commune_code);
create index tracing_cluster_case_district on tracing_cluster_case (district_code);
create index tracing_cluster_case_province on tracing_cluster_case (province_code);
create index tracing_cluster_case_unit on tracing_cluster_case (reporting_unit_id) where reporting_unit_id is not null;
