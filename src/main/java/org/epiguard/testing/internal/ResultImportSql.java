package org.epiguard.testing.internal;

import org.epiguard.access.Scope;
import org.epiguard.access.ScopeLevel;

/**
 * The statements of a result upload, set-based over the whole file in one transaction (temporary
 * tables dropped at commit): the rows are typed, each problem goes to {@code err} under its row and
 * field, and the good rows are written with what single entry sets off ({@link ResultEntry}): a
 * positive pool orders retests of its members, a negative pool gives them its result, an RT-PCR
 * result of a person's own sample closes their open orders, a new sample answers them, and a
 * positive rapid test raises its alert. The capture scope binds {@code :scopeKey}, the view scope
 * {@code :viewKey}; a unit user's unit {@code :ownUnit} (else null).
 */
final class ResultImportSql {

    private ResultImportSql() {
    }

    /**
     * The file's cells as text, and what the reader already worked out on its own thread while the
     * database stages the rows: birth, times, the CCCD/CMND without spaces and dots, and whether it
     * and the barcodes have their form.
     */
    static final String STAGE = """
            create temp table stage (
                row_no integer not null, citizen_id text, full_name text, birth text, sex text, phone text, commune text,
                sample_barcode text, pool_barcode text, kind text, outcome text, ct text, collected_raw text,
                result_raw text, unit text, birth_year integer, birth_date date, collected_at timestamptz,
                result_at timestamptz, cid text, cid_ok boolean, sample_ok boolean, pool_ok boolean
            ) on commit drop""";

    static final String ERRORS = """
            create temp table err (row_no integer not null, field text not null, problem text not null, value text,
                                   detail text) on commit drop""";

    /** The kinds of test as files write them, folded (eg_fold) to the code. */
    static final String KIND_PICK = """
            create temp table kind_pick on commit drop as
            select s.kind, k.code
              from (select distinct kind from stage where kind is not null) s
              left join (values
                  ('rapid_professional', 'RAPID_PROFESSIONAL'), ('rapid professional', 'RAPID_PROFESSIONAL'), ('test nhanh', 'RAPID_PROFESSIONAL'),
                  ('test nhanh khang nguyen', 'RAPID_PROFESSIONAL'), ('xet nghiem nhanh', 'RAPID_PROFESSIONAL'),
                  ('rapid', 'RAPID_PROFESSIONAL'), ('test nhanh khang nguyen (nhan vien y te)', 'RAPID_PROFESSIONAL'),
                  ('rapid_self', 'RAPID_SELF'), ('tu test', 'RAPID_SELF'), ('test nhanh tu lam', 'RAPID_SELF'),
                  ('tu xet nghiem', 'RAPID_SELF'), ('self-test', 'RAPID_SELF'), ('tu test nhanh', 'RAPID_SELF'), ('rapid_self', 'RAPID_SELF'),
                  ('pcr_single', 'PCR_SINGLE'), ('rt-pcr', 'PCR_SINGLE'), ('rt-pcr don', 'PCR_SINGLE'),
                  ('pcr', 'PCR_SINGLE'), ('pcr don', 'PCR_SINGLE'), ('rt-pcr mau don', 'PCR_SINGLE'),
                  ('pcr_pool', 'PCR_POOL'), ('rt-pcr gop', 'PCR_POOL'), ('pcr gop', 'PCR_POOL'),
                  ('rt-pcr mau gop', 'PCR_POOL'), ('mau gop', 'PCR_POOL')
              ) k(folded, code) on k.folded = eg_fold(s.kind)""";

    static final String OUTCOME_PICK = """
            create temp table outcome_pick on commit drop as
            select s.outcome, o.code
              from (select distinct outcome from stage where outcome is not null) s
              left join (values
                  ('positive', 'POSITIVE'), ('duong tinh', 'POSITIVE'), ('+', 'POSITIVE'), ('duong', 'POSITIVE'),
                  ('negative', 'NEGATIVE'), ('am tinh', 'NEGATIVE'), ('-', 'NEGATIVE'), ('am', 'NEGATIVE'),
                  ('invalid', 'INVALID'), ('khong xac dinh', 'INVALID'), ('khong hop le', 'INVALID')
              ) o(folded, code) on o.folded = eg_fold(s.outcome)""";

    /**
     * The communes the file names and whether new people may be registered there: inside an area
     * capture scope, or (a school, an enterprise) anywhere in its unit's province ({@code :unitProvince}).
     */
    static String communePick(Scope capture) {
        String inScope = capture.level() == ScopeLevel.UNIT ? "a.province_code = :unitProvince" : capture.sql("a", null);
        return """
                create temp table commune_pick on commit drop as
                select c.commune, a.code, a.district_code, a.province_code, coalesce(%s, false) as in_scope
                  from (select distinct commune from stage where commune is not null) c
                  left join (select code, code as commune_code, district_code, province_code from geo_admin_unit
                              where level = 'COMMUNE') a
                         on a.code = case when c.commune ~ '^[0-9]{1,5}$' then lpad(c.commune, 5, '0') end
                """.formatted(inScope);
    }

    /** The testing units the file names: an active unit by its id, or by its name without case or diacritics when one unit has it. */
    static final String UNIT_PICK = """
            create temp table unit_pick on commit drop as
            select s.unit,
                   coalesce((select o.id from geo_org_unit o where s.unit ~ '^[0-9]{1,18}$' and o.id = s.unit::bigint and o.active),
                            (select min(o.id) from geo_org_unit o where o.active and eg_fold(o.name) = eg_fold(s.unit)
                             having count(*) = 1)) as id
              from (select distinct unit from stage where unit is not null) s""";

    static final String TYPED = """
            create temp table typed on commit drop as
            select s.row_no, s.citizen_id as cid_raw,
                   s.cid, s.cid_ok, s.sample_ok, s.pool_ok,
                   nullif(btrim(s.full_name), '') as full_name, s.birth, s.birth_year, s.birth_date,
                   s.sex as sex_raw,
                   case when s.sex is null then null
                        when lower(s.sex) in ('nam', 'm', 'male') then 'M'
                        when lower(s.sex) in ('nữ', 'nu', 'f', 'female') then 'F' else '?' end as sex,
                   s.phone as phone_raw,
                   case when s.phone is not null then
                        regexp_replace(regexp_replace(s.phone, '[^0-9]', '', 'g'), '^84', '0') end as phone,
                   s.commune as commune_raw, cp.code as commune_code, cp.district_code, cp.province_code, cp.in_scope,
                   s.sample_barcode, s.pool_barcode, s.kind as kind_raw, kp.code as kind, s.outcome as outcome_raw,
                   op.code as outcome, s.ct as ct_raw,
                   case when s.ct ~ '^[0-9]{1,2}([.,][0-9])?$' then replace(s.ct, ',', '.')::numeric(4, 1) end as ct,
                   s.collected_raw, s.collected_at, s.result_raw, s.result_at, s.unit as unit_raw,
                   coalesce(up.id, case when s.unit is null then cast(:ownUnit as bigint) end) as unit_id
              from stage s
              left join commune_pick cp on cp.commune = s.commune
              left join kind_pick kp on kp.kind = s.kind
              left join outcome_pick op on op.outcome = s.outcome
              left join unit_pick up on up.unit = s.unit""";

    /**
     * The problems a row has on its own (binds :now, :earliest, :thisYear, :ownUnit): each field's
     * problem is worked out once per row, and only rows with one are unfolded into error rows.
     */
    static final String CELL_PROBLEMS = """
            insert into err (row_no, field, problem, value, detail)
            select p.row_no, f.field, f.problem, f.value, f.detail
              from (select t.*,
                       case when t.cid is not null and not t.cid_ok then 'BAD_CITIZEN_ID' end as p_cid,
                       case when t.birth is not null and (t.birth_year is null or t.birth_year not between 1900 and :thisYear)
                            then 'BAD_BIRTH' end as p_birth,
                       case when t.sex = '?' then 'BAD_SEX' end as p_sex,
                       case when t.phone_raw is not null and t.phone !~ '^0[0-9]{9}$' then 'BAD_PHONE' end as p_phone,
                       case when t.commune_raw is not null and t.commune_code is null then 'UNKNOWN_COMMUNE' end as p_commune,
                       case when t.kind_raw is null then 'REQUIRED' when t.kind is null then 'UNKNOWN_VALUE' end as p_kind,
                       case when t.outcome_raw is null then 'REQUIRED' when t.outcome is null then 'UNKNOWN_VALUE' end as p_outcome,
                       case when t.ct_raw is null then null
                            when t.kind in ('RAPID_PROFESSIONAL', 'RAPID_SELF') then 'CT_ONLY_PCR'
                            when t.ct_raw !~ '^[0-9]+([.,][0-9]+)?$' then 'BAD_NUMBER'
                            when t.ct is null or t.ct > 50 then 'CT_RANGE' end as p_ct,
                       case when t.sample_barcode is not null and not t.sample_ok then 'BAD_BARCODE'
                            when t.sample_barcode is null and t.kind = 'PCR_SINGLE' then 'REQUIRED' end as p_sample,
                       case when t.pool_barcode is not null and t.kind is not null and t.kind <> 'PCR_POOL' then 'NOT_A_POOL_TEST'
                            when t.pool_barcode is not null and not t.pool_ok then 'BAD_BARCODE'
                            when t.pool_barcode is null and t.kind = 'PCR_POOL' then 'REQUIRED' end as p_pool,
                       case when t.collected_raw is null then null
                            when t.collected_at is null then 'BAD_TIME'
                            when t.collected_at > cast(:now as timestamptz) then 'FUTURE_TIME'
                            when t.collected_at < cast(:earliest as timestamptz) then 'TOO_EARLY' end as p_collected,
                       case when t.result_raw is null then 'REQUIRED'
                            when t.result_at is null then 'BAD_TIME'
                            when t.result_at > cast(:now as timestamptz) then 'FUTURE_TIME'
                            when t.result_at < cast(:earliest as timestamptz) then 'TOO_EARLY'
                            when t.collected_at is not null and t.result_at < t.collected_at then 'BEFORE_COLLECTION' end as p_result,
                       case when t.unit_raw is not null and t.unit_id is null then 'UNKNOWN_UNIT'
                            when cast(:ownUnit as bigint) is not null and t.unit_id <> cast(:ownUnit as bigint)
                            then 'UNIT_OUT_OF_SCOPE' end as p_unit
                      from typed t) p
             cross join lateral (values
                ('citizenId', p.p_cid, p.cid_raw, null),
                ('birth', p.p_birth, p.birth, null),
                ('sex', p.p_sex, p.sex_raw, null),
                ('phone', p.p_phone, p.phone_raw, null),
                ('communeCode', p.p_commune, p.commune_raw, null),
                ('kind', p.p_kind, p.kind_raw, null),
                ('outcome', p.p_outcome, p.outcome_raw, null),
                ('ctValue', p.p_ct, p.ct_raw, '50'),
                ('sampleBarcode', p.p_sample, p.sample_barcode, null),
                ('poolBarcode', p.p_pool, p.pool_barcode, null),
                ('collectedAt', p.p_collected, p.collected_raw, '23/01/2020'),
                ('resultAt', p.p_result, p.result_raw,
                             case when p.p_result = 'TOO_EARLY' then '23/01/2020'
                                  else to_char(p.collected_at at time zone 'Asia/Ho_Chi_Minh', 'DD/MM/YYYY HH24:MI') end),
                ('unitId', p.p_unit, p.unit_raw, null)
             ) as f(field, problem, value, detail)
             where coalesce(p.p_cid, p.p_birth, p.p_sex, p.p_phone, p.p_commune, p.p_kind, p.p_outcome, p.p_ct, p.p_sample,
                            p.p_pool, p.p_collected, p.p_result, p.p_unit) is not null
               and f.problem is not null""";

    /**
     * The existing samples the rows name, with whether the uploader sees them (view scope, else the
     * barcode is as good as unknown to them) and may write on them (capture scope; a unit user writes
     * as its own unit, which the cell checks hold it to).
     */
    static String samples(Scope view, Scope capture) {
        return """
                create temp table known_sample on commit drop as
                select t.row_no, s.id as sample_id, s.person_id, s.collected_at, s.barcode,
                       coalesce(%s, false) as visible, coalesce(%s, false) as writable, p.citizen_id,
                       exists (select 1 from testing_test x where x.sample_id = s.id) as resulted,
                       exists (select 1 from testing_test x where x.sample_id = s.id and x.kind = t.kind
                                       and x.outcome = t.outcome) as same_result
                  from typed t join testing_sample s on s.barcode = t.sample_barcode
                  join people_person p on p.id = s.person_id
                 where t.kind <> 'PCR_POOL' and not exists (select 1 from err e where e.row_no = t.row_no)"""
                .formatted(viewSql(view, "s", "collecting_unit_id", "place_unit_id", "lab_unit_id"), captureSql(capture, "s"));
    }

    static String pools(Scope view, Scope capture) {
        return """
                create temp table known_pool on commit drop as
                select t.row_no, pl.id as pool_id, pl.pooled_at, coalesce(%s, false) as visible, coalesce(%s, false) as writable,
                       exists (select 1 from testing_test x where x.pool_id = pl.id and x.sample_id is null) as resulted,
                       exists (select 1 from testing_test x where x.pool_id = pl.id and x.sample_id is null
                                       and x.outcome = t.outcome) as same_result
                  from typed t join testing_pool pl on pl.barcode = t.pool_barcode
                 where t.kind = 'PCR_POOL' and not exists (select 1 from err e where e.row_no = t.row_no)"""
                .formatted(viewSql(view, "pl", "collecting_unit_id", "place_unit_id", "lab_unit_id"), captureSql(capture, "pl"));
    }

    /** Rows whose sample or pool is not theirs, is already resulted otherwise, or was taken after the result. */
    static final String TARGET_PROBLEMS = """
            insert into err (row_no, field, problem, value, detail)
            select k.row_no, 'sampleBarcode',
                   case when not k.visible then 'SAMPLE_NOT_YOURS' when not k.writable then 'OUT_OF_SCOPE'
                        when t.cid is not null and k.citizen_id is distinct from t.cid then 'OTHER_PERSON'
                        when k.resulted and not k.same_result then 'ALREADY_RESULTED'
                        when t.result_at < k.collected_at then 'BEFORE_COLLECTION' end,
                   t.sample_barcode, to_char(k.collected_at at time zone 'Asia/Ho_Chi_Minh', 'DD/MM/YYYY HH24:MI')
              from known_sample k join typed t on t.row_no = k.row_no
             where not k.visible or not k.writable or t.cid is not null and k.citizen_id is distinct from t.cid
                or k.resulted and not k.same_result or t.result_at < k.collected_at
            union all
            select t.row_no, 'poolBarcode',
                   case when k.row_no is null or not k.visible then 'POOL_NOT_FOUND' when not k.writable then 'OUT_OF_SCOPE'
                        when k.resulted and not k.same_result then 'ALREADY_RESULTED'
                        when t.result_at < k.pooled_at then 'BEFORE_COLLECTION' end,
                   t.pool_barcode, to_char(k.pooled_at at time zone 'Asia/Ho_Chi_Minh', 'DD/MM/YYYY HH24:MI')
              from typed t left join known_pool k on k.row_no = t.row_no
             where t.kind = 'PCR_POOL' and not exists (select 1 from err e where e.row_no = t.row_no)
               and (k.row_no is null or not k.visible or not k.writable or k.resulted and not k.same_result
                    or t.result_at < k.pooled_at)""";

    /** New samples need when they were taken: an RT-PCR sample says so, a rapid test was taken when it was read. */
    static final String NEW_SAMPLE_PROBLEMS = """
            insert into err (row_no, field, problem, value, detail)
            select t.row_no, 'collectedAt', 'REQUIRED', null, null
              from typed t
             where t.kind = 'PCR_SINGLE' and t.collected_at is null
               and not exists (select 1 from known_sample k where k.row_no = t.row_no)
               and not exists (select 1 from err e where e.row_no = t.row_no)""";

    /**
     * The people of rows that bring a new sample: by CCCD/CMND, else by folded name + birth year +
     * commune; whether the uploader may write for them (capture scope; a unit: its own people).
     */
    static String found(Scope capture) {
        String inScope = capture.sql("p", "workplace_id");
        return """
                create temp table found on commit drop as
                select t.row_no, p.id as person_id, 1 as matches, coalesce(%1$s, false) as in_scope,
                       p.province_code, p.district_code, p.commune_code
                  from typed t join people_person p on p.citizen_id = t.cid and p.merged_into is null
                 where t.cid is not null and t.kind <> 'PCR_POOL'
                   and not exists (select 1 from known_sample k where k.row_no = t.row_no)
                   and not exists (select 1 from err e where e.row_no = t.row_no)
                union all
                select t.row_no, min(p.id), count(*)::integer, bool_and(coalesce(%1$s, false)),
                       min(p.province_code), min(p.district_code), min(p.commune_code)
                  from typed t join people_person p on p.name_folded = eg_fold(t.full_name) and p.birth_year = t.birth_year
                                                 and p.commune_code = t.commune_code and p.merged_into is null
                                                 and (t.birth_date is null or p.birth_date is null or p.birth_date = t.birth_date)
                 where t.cid is null and t.kind <> 'PCR_POOL'
                   and not exists (select 1 from known_sample k where k.row_no = t.row_no)
                   and not exists (select 1 from err e where e.row_no = t.row_no)
                 group by t.row_no""".formatted(inScope);
    }

    static final String PERSON_PROBLEMS = """
            insert into err (row_no, field, problem, value, detail)
            select t.row_no,
                   case when f.row_no is null and t.commune_code is not null and not t.in_scope then 'communeCode'
                        when t.cid is null then 'fullName' else 'citizenId' end,
                   case when f.row_no is null and t.commune_code is not null and not t.in_scope then 'COMMUNE_OUT_OF_SCOPE'
                        when f.row_no is null then 'PERSON_NOT_FOUND'
                        when f.matches > 1 then 'PERSON_AMBIGUOUS'
                        else 'PERSON_OUT_OF_SCOPE' end,
                   case when f.row_no is null and t.commune_code is not null and not t.in_scope then t.commune_raw
                        else coalesce(t.cid_raw, t.full_name) end, f.matches::text
              from typed t left join found f on f.row_no = t.row_no
             where t.kind <> 'PCR_POOL'
               and not exists (select 1 from known_sample k where k.row_no = t.row_no)
               and not exists (select 1 from err e where e.row_no = t.row_no)
               and (f.row_no is null and (t.full_name is null or t.birth_year is null or t.commune_code is null
                                          or not t.in_scope)
                    or f.matches > 1 or not f.in_scope)""";

    static final String CREATED = """
            create temp table created (id bigint, k text, province_code text, district_code text, commune_code text)
                on commit drop""";

    /** New people, one per identity (CCCD, else folded name | birth year | commune), from the first row naming them. */
    static final String CREATE_PEOPLE = """
            with newcomers as (
                select distinct on (k) t.*, k
                  from (select t.*, coalesce(t.cid, eg_fold(t.full_name) || '|' || t.birth_year || '|' || t.commune_code) as k
                          from typed t
                         where t.kind <> 'PCR_POOL'
                           and not exists (select 1 from known_sample s where s.row_no = t.row_no)
                           and not exists (select 1 from found f where f.row_no = t.row_no)
                           and not exists (select 1 from err e where e.row_no = t.row_no)) t
                 order by k, row_no
            ), inserted as (
                insert into people_person (citizen_id, full_name, birth_year, birth_date, sex, phone,
                                           province_code, district_code, commune_code, workplace_id, no_id)
                select cid, full_name, birth_year, birth_date, sex, phone, province_code, district_code, commune_code,
                       cast(:ownUnit as bigint), cid is null
                  from newcomers
                returning id, coalesce(citizen_id, name_folded || '|' || birth_year || '|' || commune_code) as k,
                          province_code, district_code, commune_code
            )
            insert into created select * from inserted""";

    /**
     * The rows that name a person registered by this upload find them as {@code found} people, so
     * that every later step reads a row's person from one table.
     */
    static final String FOUND_CREATED = """
            insert into found (row_no, person_id, matches, in_scope, province_code, district_code, commune_code)
            select t.row_no, c.id, 1, true, c.province_code, c.district_code, c.commune_code
              from typed t
              join created c on c.k = coalesce(t.cid, eg_fold(t.full_name) || '|' || t.birth_year || '|' || t.commune_code)
             where t.kind <> 'PCR_POOL'
               and not exists (select 1 from known_sample s where s.row_no = t.row_no)
               and not exists (select 1 from found f where f.row_no = t.row_no)
               and not exists (select 1 from err e where e.row_no = t.row_no)""";

    /**
     * Every good row with what it is written on: an existing sample, a new sample of a found or new
     * person, or a pool. {@code first_row} is the first row naming the same sample (by barcode), pool,
     * or barcode-less rapid test (person, kind, time); later rows repeat or contradict it. Each row
     * starts as its own first; {@link #REPEATED_TARGETS} corrects the few that are not.
     */
    static final String ROWS = """
            create temp table good on commit drop as
            select r.*, r.row_no as first_row, r.outcome as first_outcome, r.kind as first_kind
              from (select t.row_no, t.kind, t.outcome, t.ct, t.result_at, t.unit_id, t.sample_barcode, t.pool_barcode,
                           coalesce(t.collected_at, t.result_at) as collected_at,
                           ks.sample_id, kp.pool_id, coalesce(ks.person_id, f.person_id) as person_id,
                           f.province_code, f.district_code, f.commune_code,
                           coalesce(ks.same_result, kp.same_result, false) as known,
                           coalesce('S' || t.sample_barcode, 'P' || t.pool_barcode,
                                    'R' || f.person_id || '|' || t.kind || '|' || t.result_at) as target
                      from typed t
                      left join known_sample ks on ks.row_no = t.row_no
                      left join known_pool kp on kp.row_no = t.row_no
                      left join found f on f.row_no = t.row_no and ks.row_no is null
                     where not exists (select 1 from err e where e.row_no = t.row_no)) r""";

    /**
     * The rows whose target an earlier row of the file names too get that first row (sorting only
     * the targets that occur more than once, not the whole file).
     */
    static final String REPEATED_TARGETS = """
            update good g set first_row = f.row_no, first_outcome = f.outcome, first_kind = f.kind
              from (select distinct on (d.target) d.target, d.row_no, d.outcome, d.kind
                      from good d
                     where d.target in (select target from good group by target having count(*) > 1)
                     order by d.target, d.row_no) f
             where g.target = f.target and g.row_no <> f.row_no""";

    static final String IN_FILE_CONFLICTS = """
            insert into err (row_no, field, problem, value, detail)
            select row_no, case when pool_barcode is not null then 'poolBarcode' when sample_barcode is not null
                                then 'sampleBarcode' else 'resultAt' end,
                   'IN_FILE_CONFLICT', coalesce(pool_barcode, sample_barcode, to_char(result_at, 'DD/MM/YYYY HH24:MI')),
                   first_row::text
              from good
             where row_no <> first_row and (outcome <> first_outcome or kind <> first_kind)""";

    /** A barcode-less rapid test already recorded for the person with the same kind and time is known. */
    static final String KNOWN_RAPID = """
            update good g set known = true
             where g.sample_id is null and g.sample_barcode is null and g.pool_id is null
               and exists (select 1 from testing_test x where x.person_id = g.person_id and x.kind = g.kind
                                                            and x.result_at = g.result_at)""";

    /** The rows to write (first of their target, not known, no conflict), with the ids they will get. */
    static final String TO_WRITE = """
            create temp table to_write on commit drop as
            select g.*, nextval('testing_test_id_seq') as test_id,
                   case when g.sample_id is null and g.pool_id is null then nextval('testing_sample_id_seq') end as new_sample_id,
                   case when g.sample_id is null and g.pool_id is null
                         and (g.kind in ('RAPID_PROFESSIONAL', 'RAPID_SELF') or cast(:ownUnit as bigint) is not null)
                        then coalesce(cast(:ownUnit as bigint), g.unit_id) end as new_collecting_unit_id,
                   case when g.sample_id is null and g.pool_id is null and g.kind = 'PCR_SINGLE'
                        then g.unit_id end as new_lab_unit_id
              from good g
             where g.row_no = g.first_row and not g.known
               and not exists (select 1 from err e where e.row_no = g.row_no)""";

    static final String KNOWN_COUNT = """
            select count(*) from good g
             where not exists (select 1 from err e where e.row_no = g.row_no)
               and (g.known or g.row_no <> g.first_row)""";

    /**
     * New samples: taken where the testing unit is (else at the person's home), by that unit. Written
     * plainly; only when a concurrent entry took one of the barcodes meanwhile (the insert fails on
     * the barcode) is it run again with {@link #SKIP_TAKEN_BARCODES} and those rows refused.
     */
    static final String INSERT_SAMPLES = """
            insert into testing_sample (id, barcode, person_id, priority, collected_at, place_commune_code, place_unit_id,
                                        collecting_unit_id, lab_unit_id, province_code, district_code, commune_code,
                                        created_by, import_id)
            select w.new_sample_id, w.sample_barcode, w.person_id, 'SCREENING', w.collected_at,
                   coalesce(u.commune_code, w.commune_code), null, w.new_collecting_unit_id, w.new_lab_unit_id,
                   w.province_code, w.district_code, w.commune_code, :user, :job
              from to_write w left join geo_org_unit u on u.id = w.unit_id
             where w.new_sample_id is not null""";

    static final String SKIP_TAKEN_BARCODES = " on conflict (barcode) do nothing";

    /** A concurrent entry may have taken a new barcode meanwhile: that row is refused, not half-written. */
    static final String LOST_BARCODES = """
            insert into err (row_no, field, problem, value, detail)
            select w.row_no, 'sampleBarcode', 'BARCODE_TAKEN', w.sample_barcode, null
              from to_write w
             where w.new_sample_id is not null and not exists (select 1 from testing_sample s where s.id = w.new_sample_id)""";

    /** The tests: of an existing sample (its columns read), of a new one (as just written), of a pool. */
    static final String INSERT_TESTS = """
            insert into testing_test (id, kind, sample_id, pool_id, person_id, outcome, ct_value, result_at, unit_id,
                                      collecting_unit_id, place_unit_id, province_code, district_code, commune_code,
                                      created_by, import_id)
            select w.test_id, w.kind, s.id, cast(null as bigint), s.person_id, w.outcome, w.ct, w.result_at,
                   coalesce(w.unit_id, case when w.kind = 'PCR_SINGLE' then s.lab_unit_id else s.collecting_unit_id end),
                   s.collecting_unit_id, s.place_unit_id, s.province_code, s.district_code, s.commune_code, :user, :job
              from to_write w join testing_sample s on s.id = w.sample_id
             where w.pool_id is null and w.sample_id is not null
            union all
            select w.test_id, w.kind, w.new_sample_id, cast(null as bigint), w.person_id, w.outcome, w.ct, w.result_at,
                   coalesce(w.unit_id, case when w.kind = 'PCR_SINGLE' then w.new_lab_unit_id else w.new_collecting_unit_id end),
                   w.new_collecting_unit_id, cast(null as bigint), w.province_code, w.district_code, w.commune_code, :user, :job
              from to_write w
             where w.new_sample_id is not null
            union all
            select w.test_id, 'PCR_POOL', null, pl.id, null, w.outcome, w.ct, w.result_at, coalesce(w.unit_id, pl.lab_unit_id),
                   pl.collecting_unit_id, pl.place_unit_id, pl.province_code, pl.district_code, pl.commune_code, :user, :job
              from to_write w join testing_pool pl on pl.id = w.pool_id""";

    /** RT-PCR rows need a testing unit: the one given, the uploader's, or the lab the sample or pool was sent to. */
    static final String UNITLESS_PCR = """
            insert into err (row_no, field, problem, value, detail)
            select w.row_no, 'unitId', 'REQUIRED', null, null
              from to_write w
              left join testing_sample s on s.id = w.sample_id
              left join testing_pool pl on pl.id = w.pool_id
             where w.kind in ('PCR_SINGLE', 'PCR_POOL') and w.unit_id is null and coalesce(s.lab_unit_id, pl.lab_unit_id) is null""";

    static final String DROP_UNITLESS = """
            delete from to_write w where exists (select 1 from err e where e.row_no = w.row_no)""";

    /** A positive pool orders an individual retest of each member. */
    static final String RETEST_ORDERS = """
            insert into testing_retest_order (pool_test_id, pool_id, sample_id, person_id, ordered_at, collecting_unit_id,
                                              place_unit_id, province_code, district_code, commune_code)
            select w.test_id, w.pool_id, s.id, s.person_id, w.result_at, s.collecting_unit_id, s.place_unit_id,
                   s.province_code, s.district_code, s.commune_code
              from to_write w
              join testing_pool_member m on m.pool_id = w.pool_id
              join testing_sample s on s.id = m.sample_id
             where w.pool_id is not null and w.outcome = 'POSITIVE'""";

    /** A negative pool gives each member a negative result dated as the pool's. */
    static final String MEMBER_NEGATIVES = """
            insert into testing_test (kind, sample_id, pool_id, from_pool_test_id, person_id, outcome, result_at, unit_id,
                                      collecting_unit_id, place_unit_id, province_code, district_code, commune_code,
                                      created_by, import_id)
            select 'PCR_POOL', s.id, w.pool_id, w.test_id, s.person_id, 'NEGATIVE', w.result_at,
                   coalesce(w.unit_id, pl.lab_unit_id), s.collecting_unit_id, s.place_unit_id, s.province_code,
                   s.district_code, s.commune_code, :user, :job
              from to_write w
              join testing_pool pl on pl.id = w.pool_id
              join testing_pool_member m on m.pool_id = w.pool_id
              join testing_sample s on s.id = m.sample_id
             where w.pool_id is not null and w.outcome = 'NEGATIVE'""";

    /** A new sample of a person with an open order is the re-sample the commune was asked for. */
    static final String RESAMPLED = """
            update testing_retest_order o set resampled_sample_id = n.id
              from (select distinct on (w.person_id) w.person_id, w.new_sample_id as id, w.collected_at
                      from to_write w
                     where w.new_sample_id is not null
                       and exists (select 1 from testing_retest_order x where x.person_id = w.person_id
                                                                        and x.resolved_test_id is null)
                     order by w.person_id, w.collected_at desc) n
             where o.person_id = n.person_id and o.resolved_test_id is null and o.resampled_sample_id is null
               and (select p.collected_at from testing_sample p where p.id = o.sample_id) < n.collected_at""";

    /**
     * An RT-PCR result (not invalid) of the person's own sample, taken no earlier, closes their open
     * orders: a result of one sample, or a member's result from a negative pool.
     */
    static final String RESOLVED = """
            update testing_retest_order o set resolved_test_id = n.test_id
              from (select distinct on (r.person_id) r.person_id, r.test_id, r.collected_at
                      from (select w.person_id, w.test_id, s.collected_at
                              from to_write w join testing_sample s on s.id = coalesce(w.sample_id, w.new_sample_id)
                             where w.kind = 'PCR_SINGLE' and w.outcome <> 'INVALID'
                               and exists (select 1 from testing_retest_order x where x.person_id = w.person_id
                                                                                and x.resolved_test_id is null)
                            union all
                            select t.person_id, t.id, s.collected_at
                              from to_write w join testing_test t on t.from_pool_test_id = w.test_id
                              join testing_sample s on s.id = t.sample_id
                             where w.pool_id is not null and w.outcome = 'NEGATIVE') r
                     order by r.person_id, r.collected_at desc) n
             where o.person_id = n.person_id and o.resolved_test_id is null
               and (select p.collected_at from testing_sample p where p.id = o.sample_id) <= n.collected_at""";

    /**
     * A positive rapid test alerts the person's commune and district, proposing to lock down the
     * unit where it was done unless that is a health unit (then the household).
     */
    static final String ALERTS = """
            insert into testing_alert (test_id, person_id, kind, tested_at, place_commune_code, place_unit_id, unit_id,
                                       proposal, proposal_unit_id, province_code, district_code, commune_code)
            select t.id, t.person_id, t.kind, t.result_at, s.place_commune_code, s.place_unit_id, t.unit_id,
                   case when lu.id is null then 'HOUSEHOLD' else 'UNIT' end, lu.id,
                   t.province_code, t.district_code, t.commune_code
              from to_write w
              join testing_test t on t.id = w.test_id
              join testing_sample s on s.id = t.sample_id
              left join geo_org_unit lu on lu.id = coalesce(s.place_unit_id, s.collecting_unit_id, t.unit_id)
                    and lu.unit_type not in (%s)
             where w.kind in ('RAPID_PROFESSIONAL', 'RAPID_SELF') and w.outcome = 'POSITIVE'""";

    /** The positive results of the job, for the events single entry publishes too. */
    static final String POSITIVES = """
            select t.id, t.kind, t.person_id, t.sample_id, t.result_at, t.ct_value, t.unit_id, t.province_code,
                   t.district_code, t.commune_code, s.place_commune_code, s.place_unit_id, a.proposal_unit_id
              from to_write w
              join testing_test t on t.id = w.test_id
              join testing_sample s on s.id = t.sample_id
              left join testing_alert a on a.test_id = t.id
             where w.outcome = 'POSITIVE' and w.pool_id is null""";

    /** What the upload wrote, for {@code ResultsRecorded}: the provinces tested and the span of result days. */
    static final String RECORDED = """
            select array_remove(array_agg(distinct coalesce(w.province_code, s.province_code, pl.province_code)), null)
                       as provinces,
                   min(cast(w.result_at at time zone 'Asia/Ho_Chi_Minh' as date)) as first_day,
                   max(cast(w.result_at at time zone 'Asia/Ho_Chi_Minh' as date)) as last_day
              from to_write w
              left join testing_sample s on s.id = w.sample_id
              left join testing_pool pl on pl.id = w.pool_id""";

    static final String SAVE_ERRORS = """
            insert into testing_import_error (job_id, row_no, field, problem, value, detail)
            select :job, row_no, field, problem, value, detail from err""";

    /** The view-scope predicate with its own parameter, {@code :viewKey}. */
    static String viewSql(Scope view, String alias, String... unitColumns) {
        return ScopeFilter.sql(view, alias, unitColumns).replace(":scopeKey", ":viewKey");
    }

    /** May the uploader write here: inside an area capture scope; a unit user writes as its own unit (checked per cell). */
    static String captureSql(Scope capture, String alias) {
        return capture.level() == ScopeLevel.UNIT ? "true" : capture.sql(alias, null);
    }
}
