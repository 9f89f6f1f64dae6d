package org.epiguard.tracing.internal;

import org.epiguard.access.Scope;
import org.epiguard.cases.CaseContactsView.TracedCase;
import org.epiguard.platform.web.ListPage;
import org.epiguard.platform.web.ListQuery;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Clusters (tracing_cluster) and their cases (tracing_cluster_case). A user sees a cluster when one
 * of its cases lies inside their view scope; its figures (cases per day, localities, open tracing
 * work) are counts of the whole cluster, its names only those inside the scope.
 */
@Repository
class ClusterRepository {

    static final Map<String, String> SORTABLE = Map.of(
            "last", "s.last_confirmed_at",
            "cases", "s.cases",
            "districts", "s.districts",
            "id", "k.id");

    record Assignment(long caseId, long clusterId, String status) {
    }

    record Day(LocalDate day, long cases) {
    }

    record Locality(String districtCode, String communeCode, long cases) {
    }

    record OpenWork(String communeCode, long notReached, long notQuarantined) {
    }

    record Member(long caseId, long personId, String fullName, int birthYear, Instant confirmedAt, String communeCode,
                  String link) {
    }

    private static final String SUMMARY = """
            select k.id, k.name, k.status, k.merged_into, k.suspected_source, k.source_case_id, k.formed_by,
                   k.province_code, k.district_code, k.commune_code, k.created_at, k.closed_at,
                   coalesce(s.cases, 0) as cases, coalesce(s.districts, 0) as districts,
                   coalesce(s.communes, 0) as communes, s.first_confirmed_at, s.last_confirmed_at
              from tracing_cluster k
              left join lateral (select count(*) as cases, count(distinct m.district_code) as districts,
                                        count(distinct m.commune_code) as communes,
                                        min(m.confirmed_at) as first_confirmed_at, max(m.confirmed_at) as last_confirmed_at
                                   from tracing_cluster_case m where m.cluster_id = k.id) s on true
            """;

    private static final RowMapper<ClusterRow> MAPPER = (rs, i) -> new ClusterRow(rs.getLong("id"), rs.getString("name"),
            rs.getString("status"), rs.getObject("merged_into", Long.class), rs.getString("suspected_source"),
            rs.getObject("source_case_id", Long.class), rs.getString("formed_by"), rs.getString("province_code"),
            rs.getString("district_code"), rs.getString("commune_code"), instant(rs.getTimestamp("created_at")),
            instant(rs.getTimestamp("closed_at")), rs.getLong("cases"), rs.getLong("districts"), rs.getLong("communes"),
            instant(rs.getTimestamp("first_confirmed_at")), instant(rs.getTimestamp("last_confirmed_at")));

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }

    private final JdbcClient jdbc;

    ClusterRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private static String visible(Scope scope) {
        return " exists (select 1 from tracing_cluster_case v where v.cluster_id = k.id and "
                + scope.sql("v", "reporting_unit_id") + ")";
    }

    Optional<ClusterRow> find(Scope scope, long id) {
        return jdbc.sql(SUMMARY + " where k.id = :id and " + visible(scope))
                .param("id", id).param("scopeKey", scope.key()).query(MAPPER).optional();
    }

    ListPage<ClusterRow> page(Scope scope, String status, String area, ListQuery query) {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("scopeKey", scope.key());
        String where = " where k.status <> 'MERGED' and " + visible(scope);
        if (status != null) {
            where += " and k.status = :status";
            params.put("status", status);
        }
        if (area != null) {
            String column = area.length() == 2 ? "province_code" : area.length() == 3 ? "district_code" : "commune_code";
            where += " and exists (select 1 from tracing_cluster_case m where m.cluster_id = k.id and m." + column + " = :area)";
            params.put("area", area);
        }
        long total = jdbc.sql("select count(*) from tracing_cluster k" + where).params(params).query(Long.class).single();
        params.put("limit", query.size());
        params.put("offset", query.offset());
        List<ClusterRow> rows = jdbc.sql(SUMMARY + where + query.orderBy(SORTABLE) + ", k.id desc limit :limit offset :offset")
                .params(params).query(MAPPER).list();
        return new ListPage<>(rows, total, query);
    }

    /** The cluster of each of these cases that has one. */
    Map<Long, Assignment> assignments(Collection<Long> caseIds) {
        Map<Long, Assignment> out = new HashMap<>();
        jdbc.sql("""
                        select m.case_id, m.cluster_id, k.status from tracing_cluster_case m
                          join tracing_cluster k on k.id = m.cluster_id where m.case_id = any(:ids)""")
                .param("ids", caseIds.toArray(Long[]::new)).query(Assignment.class).list()
                .forEach(a -> out.put(a.caseId(), a));
        return out;
    }

    long create(TracedCase first, String formedBy, String name) {
        return jdbc.sql("""
                        insert into tracing_cluster (name, formed_by, province_code, district_code, commune_code)
                        values (:name, :by, :p, :d, :c) returning id""")
                .param("name", name).param("by", formedBy).param("p", first.provinceCode())
                .param("d", first.districtCode()).param("c", first.communeCode()).query(Long.class).single();
    }

    void addCase(long clusterId, TracedCase c, String link) {
        jdbc.sql("""
                        insert into tracing_cluster_case (case_id, cluster_id, person_id, confirmed_at, province_code,
                                                          district_code, commune_code, reporting_unit_id, link)
                        values (:case, :cluster, :person, :at, :p, :d, :c, :unit, :link)""")
                .param("case", c.id()).param("cluster", clusterId).param("person", c.personId())
                .param("at", Timestamp.from(c.confirmedAt())).param("p", c.provinceCode()).param("d", c.districtCode())
                .param("c", c.communeCode()).param("unit", c.reportingUnitId()).param("link", link).update();
    }

    /** Cases per business day (Asia/Ho_Chi_Minh) of confirmation. */
    List<Day> perDay(long clusterId) {
        return jdbc.sql("""
                        select cast(m.confirmed_at at time zone 'Asia/Ho_Chi_Minh' as date) as day, count(*) as cases
                          from tracing_cluster_case m where m.cluster_id = :id group by 1 order by 1""")
                .param("id", clusterId)
                .query((rs, i) -> new Day(rs.getObject("day", LocalDate.class), rs.getLong("cases"))).list();
    }

    List<Locality> localities(long clusterId) {
        return jdbc.sql("""
                        select m.district_code, m.commune_code, count(*) as cases from tracing_cluster_case m
                         where m.cluster_id = :id group by 1, 2 order by 1, 2""")
                .param("id", clusterId).query(Locality.class).list();
    }

    /**
     * F1 of the cluster's cases not yet reached, or reached but not yet quarantined, by the commune they
     * live in; an F1 who has since become a case of a cluster is a case, not tracing work.
     */
    List<OpenWork> openWork(long clusterId) {
        return jdbc.sql("""
                        select t.commune_code, count(*) filter (where t.status = 'LISTED') as not_reached,
                               count(*) filter (where t.status = 'REACHED') as not_quarantined
                          from tracing_cluster_case m join tracing_contact t on t.case_id = m.case_id and t.level = 1
                         where m.cluster_id = :id and t.status in ('LISTED', 'REACHED')
                           and not exists (select 1 from tracing_cluster_case x where x.person_id = t.person_id)
                         group by 1 order by 1""")
                .param("id", clusterId).query(OpenWork.class).list();
    }

    /** The cluster's cases inside the scope, with the patient's name, in order of confirmation. */
    List<Member> members(Scope scope, long clusterId) {
        return jdbc.sql("""
                        select m.case_id, m.person_id, p.full_name, p.birth_year, m.confirmed_at, m.commune_code, m.link
                          from tracing_cluster_case m join people_person p on p.id = m.person_id
                         where m.cluster_id = :id and\s""" + scope.sql("m", "reporting_unit_id") + """

                         order by m.confirmed_at, m.case_id""")
                .param("id", clusterId).param("scopeKey", scope.key())
                .query((rs, i) -> new Member(rs.getLong("case_id"), rs.getLong("person_id"), rs.getString("full_name"),
                        rs.getInt("birth_year"), rs.getTimestamp("confirmed_at").toInstant(), rs.getString("commune_code"),
                        rs.getString("link")))
                .list();
    }

    List<Long> personIds(long clusterId) {
        return jdbc.sql("select distinct person_id from tracing_cluster_case where cluster_id = :id order by person_id")
                .param("id", clusterId).query(Long.class).list();
    }

    List<Long> caseIds(long clusterId) {
        return jdbc.sql("select case_id from tracing_cluster_case where cluster_id = :id order by case_id")
                .param("id", clusterId).query(Long.class).list();
    }

    void describe(long id, String name, String suspectedSource, Long sourceCaseId) {
        jdbc.sql("""
                        update tracing_cluster set name = :name, suspected_source = :source, source_case_id = :sourceCase,
                               updated_at = now() where id = :id""")
                .param("id", id).param("name", name).param("source", suspectedSource).param("sourceCase", sourceCaseId)
                .update();
    }

    void setStatus(long id, String status) {
        jdbc.sql("""
                        update tracing_cluster set status = :s, updated_at = now(),
                               closed_at = case when :s = 'CLOSED' then now() end where id = :id""")
                .param("id", id).param("s", status).update();
    }

    /** Moves every case of one cluster into another and marks the first merged into it. */
    int merge(long into, long from) {
        int moved = jdbc.sql("update tracing_cluster_case set cluster_id = :into where cluster_id = :from")
                .param("into", into).param("from", from).update();
        jdbc.sql("""
                        update tracing_cluster set status = 'MERGED', merged_into = :into, updated_at = now(),
                               source_case_id = null where id = :from""")
                .param("into", into).param("from", from).update();
        jdbc.sql("update tracing_cluster set source_case_id = null where id = :into and source_case_id is not null "
                        + "and source_case_id not in (select case_id from tracing_cluster_case where cluster_id = :into)")
                .param("into", into).update();
        return moved;
    }

    void moveCases(Collection<Long> caseIds, long to) {
        jdbc.sql("update tracing_cluster_case set cluster_id = :to where case_id = any(:ids)")
                .param("to", to).param("ids", caseIds.toArray(Long[]::new)).update();
        jdbc.sql("""
                        update tracing_cluster k set source_case_id = null where source_case_id = any(:ids) and id <> :to""")
                .param("to", to).param("ids", caseIds.toArray(Long[]::new)).update();
    }
}
