-- tracing: the automatic forming of clusters looks only at what changed since its last run.
-- A confirmed case is examined once (and again only through a link of a case examined later); a
-- contact is pending until a run has joined the cases of its two people. The first run after this
-- migration examines every case of the window once, as a full run does.
create table tracing_cluster_examined (
    case_id     bigint primary key references cases_case (id),
    examined_at timestamptz not null default now()
);
create index tracing_cluster_examined_at on tracing_cluster_examined (examined_at);

alter table tracing_contact add column cluster_pending boolean not null default true;
create index tracing_contact_cluster_pending on tracing_contact (id) where cluster_pending;
