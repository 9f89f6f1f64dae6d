package org.epiguard.vaccination.internal;

import org.epiguard.access.AuditTrail;
import org.epiguard.access.CurrentUser;
import org.epiguard.geo.OrgUnit;
import org.epiguard.platform.web.ListPage;
import org.epiguard.platform.web.ListQuery;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Date;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The out-of-province workers of an enterprise with 0 or 1 dose on a date: registered by the
 * enterprise with a period of work that covers the date, and without a complete primary series on it
 * ({@code vacc_status_on}; one Janssen dose completes it) nor a second dose. And the summary per
 * enterprise of an area. Always filtered by the user's view scope in SQL, on the registration's
 * enterprise and place.
 */
@Component
class WorkerLists {

    static final Map<String, String> SORTABLE = Map.of(
            "doses", "coalesce(s.doses, 0)",
            "name", "p.name_folded",
            "birth", "p.birth_year",
            "province", "hp.name",
            "lastDose", "s.last_dose_date",
            "start", "w.start_date");

    static final Map<String, String> SUMMARY_SORTABLE = Map.of(
            "name", "o.name",
            "registered", "registered",
            "noDose", "no_dose",
            "oneDose", "one_dose");

    /** The worker is in their period on :d. */
    private static final String ACTIVE = "w.start_date <= cast(:d as date) and (w.end_date is null or w.end_date >= cast(:d as date))";

    private static final String FROM = """
             from vacc_worker w
             join people_person p on p.id = w.person_id and p.merged_into is null
             join geo_admin_unit hp on hp.code = w.home_province_code
             left join vacc_status_on(cast(:d as date)) s on s.person_id = w.person_id
            """;

    private static final String COLUMNS = """
            select w.id, w.person_id, p.full_name, p.birth_year, p.citizen_id, p.phone, w.home_province_code,
                   hp.unit_type || ' ' || hp.name as home_province, w.start_date, w.end_date,
                   coalesce(s.doses, 0) as doses, s.last_dose_date,
                   (select pr.name from vacc_dose d join vacc_product pr on pr.code = d.product_code
                     where d.person_id = w.person_id and d.dose_date <= cast(:d as date)
                     order by d.dose_number desc, d.dose_date desc limit 1) as last_product
            """;

    private static final RowMapper<WorkerEntry> MAPPER = (rs, i) -> {
        Date end = rs.getDate("end_date");
        Date last = rs.getDate("last_dose_date");
        return new WorkerEntry(rs.getLong("id"), rs.getLong("person_id"), rs.getString("full_name"),
                rs.getInt("birth_year"), rs.getString("citizen_id"), rs.getString("phone"),
                rs.getString("home_province_code"), rs.getString("home_province"),
                rs.getDate("start_date").toLocalDate(), end == null ? null : end.toLocalDate(), rs.getInt("doses"),
                last == null ? null : last.toLocalDate(), rs.getString("last_product"));
    };

    private final JdbcClient jdbc;
    private final AuditTrail audit;

    WorkerLists(JdbcClient jdbc, AuditTrail audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    ListPage<WorkerEntry> page(CurrentUser user, OrgUnit enterprise, LocalDate on, Integer doses, ListQuery query) {
        Map<String, Object> params = params(user, on);
        String where = where(user, enterprise, doses, params);
        long total = jdbc.sql("select count(*)" + FROM + where).params(params).query(Long.class).single();
        params.put("limit", query.size());
        params.put("offset", query.offset());
        List<WorkerEntry> rows = jdbc.sql(COLUMNS + FROM + where + query.orderBy(SORTABLE)
                        + ", coalesce(s.doses, 0), p.name_folded, w.id limit :limit offset :offset")
                .params(params).query(MAPPER).list();
        return new ListPage<>(rows, total, query);
    }

    /** Every listed worker (no paging), with an EXPORT audit record in the same transaction. */
    @Transactional
    List<WorkerEntry> export(CurrentUser user, OrgUnit enterprise, LocalDate on, Integer doses) {
        Map<String, Object> params = params(user, on);
        String where = where(user, enterprise, doses, params);
        List<WorkerEntry> rows = jdbc.sql(COLUMNS + FROM + where + " order by coalesce(s.doses, 0), p.name_folded, w.id")
                .params(params).query(MAPPER).list();
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("enterpriseId", enterprise.id());
        after.put("date", on.toString());
        after.put("doses", doses);
        after.put("rows", rows.size());
        audit.record(AuditTrail.Action.EXPORT, "vaccination_worker_list", enterprise.id(), enterprise.location(),
                "out-of-province workers with 0 or 1 dose exported: " + rows.size() + " people", null, after);
        return rows;
    }

    /** Per enterprise of the user's view scope with workers in their period on the date. */
    ListPage<EnterpriseWorkers> summary(CurrentUser user, LocalDate on, ListQuery query) {
        Map<String, Object> params = params(user, on);
        String grouped = """
                select w.enterprise_id, o.name, o.commune_code, count(*) as registered,
                       count(*) filter (where s.person_id is null) as no_dose,
                       count(*) filter (where s.doses = 1 and s.primary_done_date is null) as one_dose
                """ + FROM + " join geo_org_unit o on o.id = w.enterprise_id where "
                + user.viewScope().sql("w", "enterprise_id") + " and " + ACTIVE
                + " group by w.enterprise_id, o.name, o.commune_code";
        long total = jdbc.sql("select count(*) from (" + grouped + ") g").params(params).query(Long.class).single();
        params.put("limit", query.size());
        params.put("offset", query.offset());
        List<EnterpriseWorkers> rows = jdbc.sql(grouped + query.orderBy(SUMMARY_SORTABLE)
                        + ", o.name, w.enterprise_id limit :limit offset :offset")
                .params(params)
                .query((rs, i) -> new EnterpriseWorkers(rs.getLong("enterprise_id"), rs.getString("name"),
                        rs.getString("commune_code"), rs.getLong("registered"), rs.getLong("no_dose"),
                        rs.getLong("one_dose")))
                .list();
        return new ListPage<>(rows, total, query);
    }

    private static Map<String, Object> params(CurrentUser user, LocalDate on) {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("scopeKey", user.viewScope().key());
        params.put("d", Date.valueOf(on));
        return params;
    }

    private static String where(CurrentUser user, OrgUnit enterprise, Integer doses, Map<String, Object> params) {
        params.put("enterprise", enterprise.id());
        StringBuilder sql = new StringBuilder(" where ").append(user.viewScope().sql("w", "enterprise_id"))
                .append(" and w.enterprise_id = :enterprise and ").append(ACTIVE)
                .append(" and coalesce(s.doses, 0) < 2 and s.primary_done_date is null");
        if (doses != null) {
            sql.append(" and coalesce(s.doses, 0) = :doses");
            params.put("doses", doses);
        }
        return sql.toString();
    }
}
