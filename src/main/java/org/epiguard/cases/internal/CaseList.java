package org.epiguard.cases.internal;

import org.epiguard.access.Scope;
import org.epiguard.cases.CaseStatus;
import org.epiguard.platform.web.ListPage;
import org.epiguard.platform.web.ListQuery;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The case lists: inside the reader's view scope (in SQL), filtered by status, commune, risk colour and
 * watch group, paged and sorted. By default the people to watch come first, as the province asked:
 * children under 5, then under 18, then people 65 and older with a comorbidity, then the unvaccinated.
 */
@Repository
class CaseList {

    /** The groups to watch, in the order the lists show them. */
    enum Watch { UNDER_5, UNDER_18, ELDERLY_COMORBID, UNVACCINATED }

    record Filter(CaseStatus status, String communeCode, RiskGroup risk, Watch watch) {
    }

    record Row(long id, long personId, String fullName, int birthYear, int age, String phone, String addressText,
               String communeCode, CaseStatus status, CaseRow.Origin origin, Instant suspectedAt, Instant confirmedAt,
               RiskGroup riskGroup, String vaccinationStatus, boolean comorbid, Watch watch, boolean imported,
               boolean foundInQuarantine, Boolean sourceKnown) {
    }

    private static final String AGE = "coalesce(extract(year from age(current_date, p.birth_date))::int,"
            + " extract(year from current_date)::int - p.birth_year)";
    private static final String WATCH = "case when " + AGE + " < 5 then 1 when " + AGE + " < 18 then 2"
            + " when " + AGE + " >= 65 and cardinality(p.comorbidities) > 0 then 3"
            + " when c.vaccination_status = 'UNVACCINATED' then 4 else 5 end";

    /**
     * Sort keys, each one row value so that the direction ({@link ListQuery#orderBy} appends it to the
     * whole expression) turns the list round and the id keeps pages stable. By priority: the watch group,
     * then the newest case first.
     */
    static final Map<String, String> SORTABLE = Map.of(
            "priority", "(x.watch_rank, -extract(epoch from coalesce(x.confirmed_at, x.suspected_at)), x.id)",
            "name", "(x.full_name, x.id)",
            "age", "(x.age, x.id)",
            "status", "(x.status, x.id)",
            "confirmed", "(x.confirmed_at, x.id)",
            "risk", "(array_position(array['RED','ORANGE','YELLOW','GREEN'], x.risk_group), x.id)",
            "commune", "(x.commune_code, x.id)");

    private final JdbcClient jdbc;

    CaseList(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    ListPage<Row> page(Scope scope, Filter filter, ListQuery query) {
        long total = jdbc.sql("select count(*) from (" + select(scope, filter) + ") x").params(params(scope, filter))
                .query(Long.class).single();
        var rows = jdbc.sql("select * from (" + select(scope, filter) + ") x" + query.orderBy(SORTABLE)
                        + " limit :limit offset :offset")
                .params(params(scope, filter)).param("limit", query.size()).param("offset", query.offset())
                .query(MAPPER).list();
        return new ListPage<>(rows, total, query);
    }

    /** Every case of the list in the list's order, one at a time (for the export). */
    void each(Scope scope, Filter filter, ListQuery query, Consumer<Row> sink) {
        try (var rows = jdbc.sql("select * from (" + select(scope, filter) + ") x" + query.orderBy(SORTABLE))
                .params(params(scope, filter)).query(MAPPER).stream()) {
            rows.forEach(sink);
        }
    }

    private static String select(Scope scope, Filter f) {
        return "select c.id, c.person_id, p.full_name, p.birth_year, " + AGE + " as age, p.phone, p.address_text,"
                + " c.commune_code, c.status, c.origin, c.suspected_at, c.confirmed_at, c.risk_group,"
                + " c.vaccination_status, cardinality(p.comorbidities) > 0 as comorbid, " + WATCH + " as watch_rank,"
                + " c.imported, c.found_in_quarantine, c.source_known"
                + " from cases_case c join people_person p on p.id = c.person_id"
                + " where " + scope.sql("c", "reporting_unit_id")
                + (f.status() == null ? "" : " and c.status = :status")
                + (f.communeCode() == null ? "" : f.communeCode().length() == 3 ? " and c.district_code = :commune"
                        : " and c.commune_code = :commune")
                + (f.risk() == null ? "" : " and c.risk_group = :risk")
                + (f.watch() == null ? "" : " and " + WATCH + " = :watch");
    }

    private static Map<String, Object> params(Scope scope, Filter f) {
        Map<String, Object> m = new HashMap<>();
        m.put("scopeKey", scope.key());
        m.put("status", f.status() == null ? null : f.status().name());
        m.put("commune", f.communeCode());
        m.put("risk", f.risk() == null ? null : f.risk().name());
        m.put("watch", f.watch() == null ? null : f.watch().ordinal() + 1);
        return m;
    }

    private static final RowMapper<Row> MAPPER = (rs, i) -> {
        int rank = rs.getInt("watch_rank");
        return new Row(rs.getLong("id"), rs.getLong("person_id"), rs.getString("full_name"), rs.getInt("birth_year"),
                rs.getInt("age"), rs.getString("phone"), rs.getString("address_text"), rs.getString("commune_code"),
                CaseStatus.valueOf(rs.getString("status")), CaseRow.Origin.valueOf(rs.getString("origin")),
                CaseRepository.instant(rs, "suspected_at"), CaseRepository.instant(rs, "confirmed_at"),
                rs.getString("risk_group") == null ? null : RiskGroup.valueOf(rs.getString("risk_group")),
                rs.getString("vaccination_status"), rs.getBoolean("comorbid"),
                rank <= Watch.values().length ? Watch.values()[rank - 1] : null, rs.getBoolean("imported"),
                rs.getBoolean("found_in_quarantine"), rs.getObject("source_known", Boolean.class));
    };
}
