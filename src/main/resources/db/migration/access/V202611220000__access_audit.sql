-- access: users, roles, scopes, API tokens, login throttling and the append-only audit trail
create table access_user (
    id                 bigserial primary key,
    username           text not null unique check (username ~ '^[a-z0-9._-]{3,64}$'),
    password_hash      text not null,
    full_name          text not null,
    role               text not null check (role in ('PROVINCE_COMMITTEE', 'DISTRICT_COMMAND', 'COMMUNE_HEALTH_STATION',
                           'COMMUNITY_TEAM', 'SCHOOL', 'ENTERPRISE', 'QUARANTINE_FACILITY', 'LABORATORY',
                           'CHECKPOINT', 'SYSTEM_ADMIN')),
    -- a scope is a level and a key: PROVINCE/DISTRICT/COMMUNE + GSO code, UNIT + organisation unit id,
    -- NATION for the system administrator of a national deployment
    capture_level      text not null check (capture_level in ('NATION', 'PROVINCE', 'DISTRICT', 'COMMUNE', 'UNIT')),
    capture_code       text not null,
    view_level         text not null check (view_level in ('NATION', 'PROVINCE', 'DISTRICT', 'COMMUNE', 'UNIT')),
    view_code          text not null,
    phone              text,
    email              text,
    locale             text not null default 'vi',
    enabled            boolean not null default true,
    failed_logins      integer not null default 0,
    locked_until       timestamptz,
    last_login_at      timestamptz,
    created_at         timestamptz not null default now(),
    updated_at         timestamptz not null default now()
);

create table access_api_token (
    id           bigserial primary key,
    user_id      bigint not null references access_user (id),
    name         text not null,
    token_hash   text not null unique,
    token_hint   text not null,
    created_at   timestamptz not null default now(),
    last_used_at timestamptz,
    revoked_at   timestamptz
);

create table access_audit (
    id            bigserial primary key,
    at            timestamptz not null default clock_timestamp(),
    user_id       bigint,
    username      text not null,
    remote_addr   text,
    action        text not null check (action in ('CREATE', 'UPDATE', 'DELETE', 'MERGE', 'EXPORT', 'IMPORT', 'LOGIN', 'LOGIN_FAILED')),
    entity_type   text not null,
    entity_id     text,
    province_code text,
    district_code text,
    commune_code  text,
    summary       text,
    before        jsonb,
    after         jsonb
);
create index access_audit_at on access_audit (at desc);
create index access_audit_user on access_audit (username, at desc);
create index access_audit_entity on access_audit (entity_type, entity_id, at desc);

-- The audit trail is append-only: nobody, not even the application, may change or remove it.
create function access_audit_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'the audit trail is append-only (% refused)', tg_op;
end $$;
create trigger access_audit_no_update before update or delete on access_audit
    for each row execute function access_audit_is_append_only();
create trigger access_audit_no_truncate before truncate on access_audit
    for each statement execute function access_audit_is_append_only();
