package org.epiguard.vaccination.internal;

import org.epiguard.access.Scope;

/**
 * The set-based steps of a dose import, run on the staging table of one job inside one
 * transaction: type the text cells, find each row's problems by field, match or create the people,
 * set aside doses already recorded, and insert the rest. Every statement handles all rows at once.
 */
final class DoseImportSql {

    private DoseImportSql() {
    }

    static final String STAGE = """
            create temp table stage (row_no integer not null, citizen_id text, full_name text, birth text, sex text,
                                     phone text, commune text, product text, lot text, dose_date text, dose_number text,
                                     site text) on commit drop""";

    static final String ERRORS = """
            create temp table err (row_no integer not null, field text not null, problem text not null, value text,
                                   detail text) on commit drop""";

    static String productPick() {
        return """
                create temp table product_pick on commit drop as
                select n.product, v.code, v.active
                  from (select distinct product from stage where product is not null) n
                  left join lateral (
                       select code, active from vacc_product p
                        where upper(n.product) = p.code
                           or eg_fold(n.product) in (eg_fold(p.name), eg_fold(split_part(p.name, ' (', 1)),
                                                     eg_fold(coalesce(substring(p.name from '\\((.*)\\)'), '')),
                                                     eg_fold(replace(p.code, '_', ' ')))
                        order by p.active desc, p.code limit 1) v on true""";
    }

    /** Communes of the file, with whether the importer's capture scope holds them (binds :scopeKey). */
    static String communePick(Scope capture) {
        String inScope = switch (capture.level()) {
            case NATION -> "true";
            case PROVINCE -> "u.province_code = :scopeKey";
            case DISTRICT -> "u.district_code = :scopeKey";
            case COMMUNE -> "u.code = :scopeKey";
            case UNIT -> "false";
        };
        return """
                create temp table commune_pick on commit drop as
                select c.commune, u.code, u.district_code, u.province_code, coalesce(%s, false) as in_scope
                  from (select distinct commune from stage where commune is not null) c
                  left join geo_admin_unit u on u.level = 'COMMUNE'
                        and u.code = case when c.commune ~ '^[0-9]{1,5}$' then lpad(c.commune, 5, '0') end
                """.formatted(inScope);
    }

    /** Each distinct date text of the file (birth and dose dates) parsed once: a file has few distinct dates. */
    static final String DATE_PICK = """
            create temp table date_pick on commit drop as
            select t, vacc_parse_date(t) as d
              from (select birth from stage where birth is not null
                    union select dose_date from stage where dose_date is not null) x(t)""";

    static final String TYPED = """
            create temp table typed on commit drop as
            select s.row_no, s.citizen_id as cid_raw,
                   nullif(regexp_replace(s.citizen_id, '[[:space:].]', '', 'g'), '') as cid,
                   nullif(btrim(s.full_name), '') as full_name, s.birth,
                   case when s.birth ~ '^[0-9]{4}$' then s.birth::integer
                        else extract(year from bd.d)::integer end as birth_year,
                   case when s.birth !~ '^[0-9]{4}$' then bd.d end as birth_date,
                   s.sex as sex_raw,
                   case when s.sex is null then null
                        when lower(s.sex) in ('nam', 'm', 'male') then 'M'
                        when lower(s.sex) in ('nữ', 'nu', 'f', 'female') then 'F' else '?' end as sex,
                   s.phone as phone_raw,
                   case when s.phone is not null then
                        regexp_replace(regexp_replace(s.phone, '[^0-9]', '', 'g'), '^84', '0') end as phone,
                   s.commune as commune_raw, cp.code as commune_code, cp.district_code, cp.province_code, cp.in_scope,
                   s.product as product_raw, pp.code as product_code, pp.active as product_active,
                   nullif(btrim(s.lot), '') as lot, s.dose_date as dose_date_raw, dd.d as dose_date,
                   s.dose_number as dose_number_raw,
                   case when s.dose_number ~ '^[0-9]{1,2}$' then s.dose_number::integer end as dose_number,
                   nullif(btrim(s.site), '') as site
              from stage s
              left join commune_pick cp on cp.commune = s.commune
              left join product_pick pp on pp.product = s.product
              left join date_pick bd on bd.t = s.birth
              left join date_pick dd on dd.t = s.dose_date""";

    /** The problems a row has on its own (binds :today, :earliest, :maxDose, :maxLot, :thisYear). */
    static final String CELL_PROBLEMS = """
            insert into err (row_no, field, problem, value, detail)
            with p as materialized (
                select * from (
                    select t.row_no, t.cid_raw, t.birth, t.sex_raw, t.phone_raw, t.commune_raw, t.product_raw, t.lot,
                           t.dose_date_raw, t.dose_number_raw,
                           case when t.cid is not null and t.cid !~ '^([0-9]{12}|[0-9]{9})$' then 'BAD_CITIZEN_ID' end as citizen_id,
                           case when t.birth is not null and (t.birth_year is null or t.birth_year not between 1900 and :thisYear)
                                then 'BAD_BIRTH' end as birth_p,
                           case when t.sex = '?' then 'BAD_SEX' end as sex,
                           case when t.phone_raw is not null and t.phone !~ '^0[0-9]{9}$' then 'BAD_PHONE' end as phone,
                           case when t.commune_raw is not null and t.commune_code is null then 'UNKNOWN_COMMUNE'
                                when t.commune_code is not null and not t.in_scope then 'COMMUNE_OUT_OF_SCOPE' end as commune,
                           case when t.product_raw is null then 'REQUIRED'
                                when t.product_code is null then 'UNKNOWN_PRODUCT'
                                when not t.product_active then 'INACTIVE_PRODUCT' end as product,
                           case when length(t.lot) > :maxLot then 'LOT_TOO_LONG' end as lot_p,
                           case when t.dose_date_raw is null then 'REQUIRED'
                                when t.dose_date is null then 'BAD_DATE'
                                when t.dose_date > cast(:today as date) then 'FUTURE_DATE'
                                when t.dose_date < cast(:earliest as date) then 'TOO_EARLY' end as dose_date,
                           case when t.dose_number_raw is null then 'REQUIRED'
                                when t.dose_number is null or t.dose_number not between 1 and :maxDose
                                then 'DOSE_NUMBER_RANGE' end as dose_number
                      from typed t) c
                 where coalesce(citizen_id, birth_p, sex, phone, commune, product, lot_p, dose_date, dose_number) is not null
            )
            select row_no, f.field, f.problem, f.value, f.detail
              from p
             cross join lateral (values
                ('citizenId', p.citizen_id, p.cid_raw, null),
                ('birth', p.birth_p, p.birth, null),
                ('sex', p.sex, p.sex_raw, null),
                ('phone', p.phone, p.phone_raw, null),
                ('communeCode', p.commune, p.commune_raw, null),
                ('productCode', p.product, p.product_raw, null),
                ('lot', p.lot_p, p.lot, :maxLot::text),
                ('doseDate', p.dose_date, p.dose_date_raw, to_char(cast(:earliest as date), 'DD/MM/YYYY')),
                ('doseNumber', p.dose_number, p.dose_number_raw, :maxDose::text)
             ) as f(field, problem, value, detail)
             where f.problem is not null""";


    /** The people the rows name: by CCCD/CMND, else by folded name + birth + commune (binds :scopeKey). */
    static String found(Scope capture) {
        String inScope = capture.sql("p", null);
        return """
                create temp table found on commit drop as
                select t.row_no, p.id as person_id, 1 as matches, (%1$s) as in_scope,
                       p.province_code, p.district_code, p.commune_code
                  from typed t join people_person p on p.citizen_id = t.cid and p.merged_into is null
                 where t.cid is not null and not exists (select 1 from err e where e.row_no = t.row_no)
                union all
                select t.row_no, min(p.id), count(*)::integer, bool_and(%1$s),
                       min(p.province_code), min(p.district_code), min(p.commune_code)
                  from typed t join people_person p on p.name_folded = eg_fold(t.full_name) and p.birth_year = t.birth_year
                                                 and p.commune_code = t.commune_code and p.merged_into is null
                                                 and (t.birth_date is null or p.birth_date is null or p.birth_date = t.birth_date)
                 where t.cid is null and not exists (select 1 from err e where e.row_no = t.row_no)
                 group by t.row_no""".formatted(inScope);
    }

    static final String PERSON_PROBLEMS = """
            insert into err (row_no, field, problem, value, detail)
            select t.row_no, case when t.cid is null then 'fullName' else 'citizenId' end,
                   case when f.row_no is null then 'PERSON_NOT_FOUND'
                        when f.matches > 1 then 'PERSON_AMBIGUOUS'
                        else 'PERSON_OUT_OF_SCOPE' end,
                   coalesce(t.cid_raw, t.full_name), f.matches::text
              from typed t left join found f on f.row_no = t.row_no
             where not exists (select 1 from err e where e.row_no = t.row_no)
               and (f.row_no is null and (t.full_name is null or t.birth_year is null or t.commune_code is null)
                    or f.matches > 1 or not f.in_scope)""";

    /** New people, one per identity (CCCD, else folded name | birth year | commune), from the first row naming them. */
    static final String CREATED = """
            create temp table created (id bigint, k text, province_code text, district_code text, commune_code text)
                on commit drop""";

    static final String CREATE_PEOPLE = """
            with newcomers as (
                select distinct on (k) t.*, k
                  from (select t.*, coalesce(t.cid, eg_fold(t.full_name) || '|' || t.birth_year || '|' || t.commune_code) as k
                          from typed t
                         where not exists (select 1 from found f where f.row_no = t.row_no)
                           and not exists (select 1 from err e where e.row_no = t.row_no)) t
                 order by k, row_no
            ), inserted as (
                insert into people_person (citizen_id, full_name, birth_year, birth_date, sex, phone,
                                           province_code, district_code, commune_code, no_id)
                select cid, full_name, birth_year, birth_date, sex, phone, province_code, district_code, commune_code,
                       cid is null
                  from newcomers
                returning id, coalesce(citizen_id, name_folded || '|' || birth_year || '|' || commune_code) as k,
                          province_code, district_code, commune_code
            )
            insert into created select * from inserted""";

    static final String DOSED = """
            create temp table dosed on commit drop as
            select t.row_no, coalesce(f.person_id, c.id) as person_id, t.product_code, t.lot, t.dose_date, t.dose_number,
                   t.site, coalesce(f.province_code, c.province_code) as province_code,
                   coalesce(f.district_code, c.district_code) as district_code,
                   coalesce(f.commune_code, c.commune_code) as commune_code,
                   row_number() over w as k, first_value(t.row_no) over w as first_row,
                   first_value(t.dose_date) over w as first_date, first_value(t.product_code) over w as first_product
              from typed t
              left join found f on f.row_no = t.row_no
              left join created c on f.row_no is null
                    and c.k = coalesce(t.cid, eg_fold(t.full_name) || '|' || t.birth_year || '|' || t.commune_code)
             where not exists (select 1 from err e where e.row_no = t.row_no)
            window w as (partition by coalesce(f.person_id, c.id), t.dose_number order by t.row_no)""";

    /** A dose number given twice in the file with another date or product; the first row's dose stands. */
    static final String IN_FILE_CONFLICTS = """
            insert into err (row_no, field, problem, value, detail)
            select row_no, 'doseNumber', 'IN_FILE_CONFLICT', dose_number::text, first_row::text
              from dosed
             where k > 1 and (dose_date <> first_date or product_code <> first_product)""";

    /** A dose number already recorded for the person with another date or product. */
    static final String RECORDED_CONFLICTS = """
            insert into err (row_no, field, problem, value, detail)
            select d.row_no, 'doseNumber', 'DOSE_CONFLICT', d.dose_number::text,
                   to_char(v.dose_date, 'DD/MM/YYYY') || ' ' || v.product_code
              from dosed d join vacc_dose v on v.person_id = d.person_id and v.dose_number = d.dose_number
             where d.k = 1 and (v.dose_date <> d.dose_date or v.product_code <> d.product_code)""";

    static final String KNOWN = """
            select (select count(*) from dosed where k > 1 and dose_date = first_date and product_code = first_product)
                 + (select count(*) from dosed d join vacc_dose v on v.person_id = d.person_id and v.dose_number = d.dose_number
                     where d.k = 1 and v.dose_date = d.dose_date and v.product_code = d.product_code)""";

    /**
     * The organisation unit each site name of the file stands for: an active unit whose name is the
     * same without case and diacritics ("tram y te phuong bai chay"), the one in the person's
     * commune when several share the name; none when the name is ambiguous or unknown (the dose
     * keeps the name as written).
     */
    static final String SITE_PICK = """
            create temp table site_pick on commit drop as
            select s.site, s.commune_code,
                   case when count(*) filter (where o.commune_code = s.commune_code) = 1
                             then min(o.id) filter (where o.commune_code = s.commune_code)
                        when count(*) = 1 then min(o.id) end as org_id
              from (select distinct site, commune_code from dosed where site is not null and k = 1) s
              join geo_org_unit o on o.active and eg_fold(o.name) = eg_fold(s.site)
             group by s.site, s.commune_code""";

    static final String INSERT_DOSES = """
            insert into vacc_dose (person_id, product_code, lot, dose_date, dose_number, site_org_id, site_name,
                                   province_code, district_code, commune_code, source, import_id)
            select d.person_id, d.product_code, d.lot, d.dose_date, d.dose_number, sp.org_id, d.site, d.province_code,
                   d.district_code, d.commune_code, 'IMPORT', :job
              from dosed d
              left join site_pick sp on sp.site = d.site and sp.commune_code = d.commune_code
             where d.k = 1
            on conflict (person_id, dose_number) do nothing""";

    /** What the import wrote, for {@code DosesRecorded}: the home provinces, districts, communes and the span of dose dates. */
    static final String RECORDED = """
            select array_remove(array_agg(distinct d.province_code), null) as provinces,
                   array_remove(array_agg(distinct d.district_code), null) as districts,
                   array_remove(array_agg(distinct d.commune_code), null) as communes,
                   min(d.dose_date) as first_day, max(d.dose_date) as last_day
              from dosed d
             where d.k = 1""";

    static final String SAVE_ERRORS = """
            insert into vacc_import_error (job_id, row_no, field, problem, value, detail)
            select :job, row_no, field, problem, value, detail from err""";
}
