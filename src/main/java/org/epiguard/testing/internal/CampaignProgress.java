package org.epiguard.testing.internal;

import org.epiguard.access.AuditTrail;
import org.epiguard.access.CurrentUser;
import org.epiguard.access.Scope;
import org.epiguard.geo.GeoDirectory;
import org.epiguard.platform.web.ListPage;
import org.epiguard.platform.web.ListQuery;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where a campaign stands: its target group (only people inside the viewer's view scope, in SQL),
 * how many of them were sampled, have a result and were positive in the window (the period, or for
 * a daily campaign the day), per unit (the person's commune, or the school or enterprise), and who
 * has not been tested: for a campaign run once, nobody sampled in the period; for a daily one (and
 * the pre-shift list), nobody with a negative test that day, a positive one flagged.
 */
@Component
class CampaignProgress {

    /** How one target person stands in the window: NONE, PENDING (sampled, no result), INVALID, NEGATIVE, POSITIVE. */
    enum Status { NONE, PENDING, INVALID, NEGATIVE, POSITIVE }

    record Counts(String key, String name, long target, long sampled, long resulted, long positive, long untested) {
    }

    record Progress(Campaign campaign, LocalDate day, Counts total, List<Counts> units, long taggedSamples) {
    }

    record Untested(long personId, String fullName, int birthYear, String phone, String communeCode,
                    String communeName, String addressText, Status status, Instant lastSampleAt) {

        public boolean positive() {
            return status == Status.POSITIVE;
        }
    }

    static final Map<String, String> SORTABLE = Map.of(
            "name", "t.name_folded",
            "birth", "t.birth_year",
            "commune", "g.name",
            "status", "status");

    private static final String STATUS_JOIN = """
             left join lateral (
                select true as sampled,
                       coalesce(bool_or(x.id is not null), false) as resulted,
                       coalesce(bool_or(x.outcome = 'POSITIVE'), false) as positive,
                       coalesce(bool_or(x.outcome = 'NEGATIVE'), false) as negative,
                       max(s.collected_at) as last_at
                  from testing_sample s
                  left join testing_test x on x.sample_id = s.id and x.person_id is not null
                 where s.person_id = t.id and s.collected_at >= :from and s.collected_at < :to
                having count(*) > 0) r on true
            """;

    private static final String STATUS = """
            case when r.positive then 'POSITIVE' when r.negative then 'NEGATIVE' when r.resulted then 'INVALID'
                 when r.sampled then 'PENDING' else 'NONE' end""";

    private static final RowMapper<Untested> MAPPER = (rs, i) -> {
        Timestamp last = rs.getTimestamp("last_at");
        return new Untested(rs.getLong("id"), rs.getString("full_name"), rs.getInt("birth_year"), rs.getString("phone"),
                rs.getString("commune_code"), rs.getString("commune_name"), rs.getString("address_text"),
                Status.valueOf(rs.getString("status")), last == null ? null : last.toInstant());
    };

    private final JdbcClient jdbc;
    private final GeoDirectory geo;
    private final AuditTrail audit;

    CampaignProgress(JdbcClient jdbc, GeoDirectory geo, AuditTrail audit) {
        this.jdbc = jdbc;
        this.geo = geo;
        this.audit = audit;
    }

    /** The target people of a campaign inside the scope, as the CTE {@code t}, with their unit key. */
    private static String target(Campaign c, Scope scope, Map<String, Object> params) {
        params.put("scopeKey", scope.key());
        StringBuilder sql = new StringBuilder("with t as (select p.id, p.full_name, p.name_folded, p.birth_year, p.phone, ")
                .append("p.commune_code, p.address_text, ")
                .append(c.kind().ofUnit() ? "cast(p.workplace_id as text)" : "p.commune_code").append(" as unit_key")
                .append(" from people_person p");
        switch (c.kind()) {
            case EVENT -> {
                sql.append(" join testing_campaign_attendee a on a.person_id = p.id and a.campaign_id = :cid where true");
                params.put("cid", c.id());
            }
            case SCHOOL, ENTERPRISE -> {
                sql.append(" where p.workplace_id = :unit");
                params.put("unit", c.unitId());
            }
            case COMMUNE -> {
                sql.append(" where p.commune_code = :area");
                params.put("area", c.areaCode());
            }
            case OCCUPATION -> {
                String column = c.location().communeCode() != null ? "commune_code"
                        : c.location().districtCode() != null ? "district_code" : "province_code";
                sql.append(" where p.").append(column).append(" = :area and p.occupation = :occupation");
                params.put("area", c.areaCode());
                params.put("occupation", c.occupation().name());
            }
        }
        return sql.append(" and p.merged_into is null and ").append(scope.sql("p", "workplace_id")).append(") ").toString();
    }

    private static String untested(Campaign c) {
        return c.daily() ? "not coalesce(r.negative and not r.positive, false)" : "not coalesce(r.sampled, false)";
    }

    private static Map<String, Object> window(Campaign c, LocalDate day) {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("from", Timestamp.from(c.from(day)));
        params.put("to", Timestamp.from(c.to(day)));
        return params;
    }

    Progress progress(CurrentUser user, Campaign c, LocalDate day) {
        Map<String, Object> params = window(c, day);
        String sql = target(c, user.viewScope(), params) + """
                select t.unit_key, count(*) as target,
                       count(*) filter (where r.sampled) as sampled,
                       count(*) filter (where r.resulted) as resulted,
                       count(*) filter (where r.positive) as positive,
                       count(*) filter (where %s) as untested
                  from t %s group by t.unit_key order by t.unit_key""".formatted(untested(c), STATUS_JOIN);
        List<Counts> units = jdbc.sql(sql).params(params).query((rs, i) -> {
            String key = rs.getString("unit_key");
            return new Counts(key, c.kind().ofUnit() ? c.unitName() : geo.name(key), rs.getLong("target"),
                    rs.getLong("sampled"), rs.getLong("resulted"), rs.getLong("positive"), rs.getLong("untested"));
        }).list();
        Counts total = new Counts(null, null, sum(units, Counts::target), sum(units, Counts::sampled),
                sum(units, Counts::resulted), sum(units, Counts::positive), sum(units, Counts::untested));
        long tagged = c.id() == 0 ? 0 : jdbc.sql("select count(*) from testing_sample s where s.campaign_id = :cid and "
                        + ScopeFilter.sql(user.viewScope(), "s", SampleRepository.UNITS.split(", ")))
                .param("cid", c.id()).param("scopeKey", user.viewScope().key()).query(Long.class).single();
        return new Progress(c, day, total, units, tagged);
    }

    private static long sum(List<Counts> rows, java.util.function.ToLongFunction<Counts> f) {
        return rows.stream().mapToLong(f).sum();
    }

    private String untestedSql(Campaign c, Scope scope, String unitKey, Map<String, Object> params) {
        String sql = target(c, scope, params) + "select t.id, t.full_name, t.birth_year, t.phone, t.commune_code, "
                + "t.address_text, g.unit_type || ' ' || g.name as commune_name, " + STATUS + " as status, r.last_at"
                + " from t join geo_admin_unit g on g.code = t.commune_code " + STATUS_JOIN + " where " + untested(c);
        if (unitKey != null && !unitKey.isBlank()) {
            params.put("unitKey", unitKey.strip());
            sql += " and t.unit_key = :unitKey";
        }
        return sql;
    }

    /** Who in the target group has not been tested in the window, one page. */
    ListPage<Untested> untested(CurrentUser user, Campaign c, LocalDate day, String unitKey, ListQuery query) {
        Map<String, Object> params = window(c, day);
        String sql = untestedSql(c, user.viewScope(), unitKey, params);
        long total = jdbc.sql("select count(*) from (" + sql + ") u").params(params).query(Long.class).single();
        params.put("limit", query.size());
        params.put("offset", query.offset());
        List<Untested> rows = jdbc.sql(sql + query.orderBy(SORTABLE) + ", t.name_folded, t.id limit :limit offset :offset")
                .params(params).query(MAPPER).list();
        return new ListPage<>(rows, total, query);
    }

    /** The whole list (no paging), with an EXPORT audit record in the same transaction. */
    @Transactional
    List<Untested> export(CurrentUser user, Campaign c, LocalDate day, String unitKey) {
        Map<String, Object> params = window(c, day);
        List<Untested> rows = new ArrayList<>(jdbc.sql(untestedSql(c, user.viewScope(), unitKey, params)
                + " order by g.name, t.name_folded, t.id").params(params).query(MAPPER).list());
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("campaignId", c.id() == 0 ? null : c.id());
        after.put("unitId", c.unitId());
        after.put("day", c.daily() ? day.toString() : null);
        after.put("unit", unitKey);
        after.put("rows", rows.size());
        audit.record(AuditTrail.Action.EXPORT, c.id() == 0 ? "testing_pre_shift_list" : "testing_campaign",
                c.id() == 0 ? c.unitId() : c.id(), c.location(),
                "untested people of " + c.name() + " exported: " + rows.size() + " people", null, after);
        return rows;
    }
}
