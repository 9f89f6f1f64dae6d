-- access: where a user belongs, so that an administrator's scope filters users (and their
-- audit records) in SQL like any other scoped record. A user belongs where their view scope is:
-- a province/district/commune scope gives its GSO codes, a unit scope the unit's codes and id,
-- a national scope nothing. A trigger keeps the columns in step with view_level/view_code,
-- whoever writes the row (the administration pages, the demo loader, tests).
alter table access_user
    add column province_code text,
    add column district_code text,
    add column commune_code  text,
    add column unit_id       bigint;

create function access_user_locate() returns trigger language plpgsql as $$
begin
    new.province_code := null;
    new.district_code := null;
    new.commune_code := null;
    new.unit_id := null;
    if new.view_level in ('PROVINCE', 'DISTRICT', 'COMMUNE') then
        select u.province_code, u.district_code, case when u.level = 'COMMUNE' then u.code end
          into new.province_code, new.district_code, new.commune_code
          from geo_admin_unit u where u.code = new.view_code;
    elsif new.view_level = 'UNIT' then
        select o.province_code, o.district_code, o.commune_code, o.id
          into new.province_code, new.district_code, new.commune_code, new.unit_id
          from geo_org_unit o where o.id = new.view_code::bigint;
    end if;
    return new;
end $$;

create trigger access_user_locate before insert or update of view_level, view_code on access_user
    for each row execute function access_user_locate();

update access_user set view_code = view_code;

create index access_user_province on access_user (province_code, district_code, commune_code);
create index access_user_unit on access_user (unit_id);
create index access_user_role on access_user (role);
create index access_user_text on access_user using gin (eg_fold(username || ' ' || full_name) gin_trgm_ops);

-- the audit viewer filters by the acting user's place and by the record's place
create index access_audit_province on access_audit (province_code, district_code, at desc);
