-- tracing: two open clusters that one group of linked cases reached (a case linking both joined the
-- older, joined_to): an incremental run that reaches one treats both as one group, as the full run does
create table tracing_cluster_bridge (
    cluster_id bigint not null references tracing_cluster (id),
    joined_to  bigint not null references tracing_cluster (id),
    primary key (cluster_id, joined_to)
);
create index tracing_cluster_bridge_joined on tracing_cluster_bridge (joined_to);
