package org.epiguard.isolation.internal;

import org.epiguard.access.Scope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The episodes in SQL: every read for a user filters by their view scope (home commune or the unit where it is spent). */
@Repository
class EpisodeRepository {

    static final String SELECT = """
            select e.*, p.full_name, p.birth_year, p.phone, u.name as unit_name, r.source as rule_source
              from isolation_episode e
              join people_person p on p.id = e.person_id
              join isolation_rule r on r.id = e.rule_id
              left join geo_org_unit u on u.id = e.place_unit_id
            """;

    private final JdbcClient jdbc;

    EpisodeRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Episode> find(Scope scope, long id) {
        return jdbc.sql(SELECT + " where e.id = :id and " + scope.sql("e", "place_unit_id"))
                .param("id", id).param("scopeKey", scope.key()).query(EpisodeRepository::map).optional();
    }

    Episode get(long id) {
        return jdbc.sql(SELECT + " where e.id = :id").param("id", id).query(EpisodeRepository::map).single();
    }

    /** Locks the episode row for a change (two ends of the same episode cannot both land). */
    void lock(long id) {
        jdbc.sql("select id from isolation_episode where id = :id for update").param("id", id).query(Long.class).single();
    }

    List<Episode> ofPerson(Scope scope, long personId) {
        return jdbc.sql(SELECT + " where e.person_id = :p and " + scope.sql("e", "place_unit_id")
                        + " order by e.start_date desc, e.id desc")
                .param("p", personId).param("scopeKey", scope.key()).query(EpisodeRepository::map).list();
    }

    /** The running episode ids of a person (at most one), whatever the scope. */
    List<Long> ofPersonRunning(long personId) {
        return jdbc.sql("select id from isolation_episode where person_id = :p and status = 'ACTIVE'")
                .param("p", personId).query(Long.class).list();
    }

    long insert(NewEpisode e, Long createdBy) {
        return jdbc.sql("""
                        insert into isolation_episode (person_id, kind, case_id, rule_id, protected, place, place_unit_id, tier,
                                                       start_date, admitted_on, planned_end, monitor_until, test_days,
                                                       previous_id, chain_id, province_code, district_code, commune_code, created_by)
                        values (:person, :kind, :caseId, :rule, :prot, :place, :unit, :tier, :start, :admitted, :end,
                                :monitor, :tests, :previous, :chain, :p, :d, :c, :by)
                        returning id""")
                .param("person", e.personId()).param("kind", e.kind().name()).param("caseId", e.caseId())
                .param("rule", e.ruleId()).param("prot", e.protectedOnStart()).param("place", e.place().name())
                .param("unit", e.placeUnitId()).param("tier", e.tier()).param("start", Date.valueOf(e.startDate()))
                .param("admitted", Date.valueOf(e.admittedOn())).param("end", Date.valueOf(e.plannedEnd()))
                .param("monitor", Date.valueOf(e.monitorUntil())).param("tests", e.testDays().toArray(Integer[]::new))
                .param("previous", e.previousId()).param("chain", e.chainId()).param("p", e.provinceCode()).param("d", e.districtCode())
                .param("c", e.communeCode()).param("by", createdBy)
                .query(Long.class).single();
    }

    void end(long id, EpisodeStatus status, LocalDate on, String note) {
        jdbc.sql("""
                        update isolation_episode set status = :s, ended_on = :on, end_note = :note, follow_token_hash = null,
                                                     updated_at = now()
                         where id = :id and status = 'ACTIVE'""")
                .param("s", status.name()).param("on", Date.valueOf(on)).param("note", note).param("id", id).update();
    }

    /** The terms of a new (start, rule) for an episode that is explicitly moved to another rule. */
    void reterm(long id, IsolationRule rule, LocalDate plannedEnd, LocalDate monitorUntil, List<Integer> testDays) {
        jdbc.sql("""
                        update isolation_episode set rule_id = :rule, planned_end = :end, monitor_until = :monitor,
                                                     test_days = :tests, updated_at = now()
                         where id = :id""")
                .param("rule", rule.id()).param("end", Date.valueOf(plannedEnd)).param("monitor", Date.valueOf(monitorUntil))
                .param("tests", testDays.toArray(Integer[]::new)).param("id", id).update();
    }

    /** A new episode as written: the terms are already worked out. */
    record NewEpisode(long personId, EpisodeKind kind, Long caseId, long ruleId, boolean protectedOnStart, Place place,
                      Long placeUnitId, Integer tier, LocalDate startDate, LocalDate admittedOn, LocalDate plannedEnd,
                      LocalDate monitorUntil, List<Integer> testDays, Long previousId, Long chainId, String provinceCode,
                      String districtCode, String communeCode) {

        static NewEpisode moved(Episode from, Place place, Long unit, Integer tier, LocalDate on) {
            return new NewEpisode(from.personId(), from.kind(), from.caseId(), from.ruleId(), from.protectedOnStart(),
                    place, unit, tier, from.startDate(), on, from.plannedEnd(), from.monitorUntil(), from.testDays(),
                    from.id(), from.chain(), from.provinceCode(), from.districtCode(), from.communeCode());
        }
    }

    static Episode map(ResultSet rs, int i) throws SQLException {
        Date ended = rs.getDate("ended_on");
        return new Episode(rs.getLong("id"), rs.getLong("person_id"), rs.getString("full_name"), rs.getInt("birth_year"),
                rs.getString("phone"), EpisodeKind.valueOf(rs.getString("kind")), (Long) rs.getObject("case_id"),
                rs.getLong("rule_id"), rs.getString("rule_source"), rs.getBoolean("protected"),
                Place.valueOf(rs.getString("place")), (Long) rs.getObject("place_unit_id"), rs.getString("unit_name"),
                rs.getObject("tier") == null ? null : rs.getInt("tier"), rs.getDate("start_date").toLocalDate(),
                rs.getDate("admitted_on").toLocalDate(), rs.getDate("planned_end").toLocalDate(),
                rs.getDate("monitor_until").toLocalDate(), IsolationRules.ints(rs.getArray("test_days")),
                EpisodeStatus.valueOf(rs.getString("status")), ended == null ? null : ended.toLocalDate(),
                rs.getString("end_note"), (Long) rs.getObject("previous_id"), (Long) rs.getObject("chain_id"),
                rs.getString("province_code"),
                rs.getString("district_code"), rs.getString("commune_code"));
    }

    /** The epidemic level the episode's returnee group was placed for (the strictest for any other episode). */
    int originLevelOf(long id) {
        return jdbc.sql("""
                        select g.applied_level from isolation_episode e join isolation_returnee_group g on g.id = e.returnee_group_id
                         where e.id = :id""")
                .param("id", id).query(Integer.class).optional().orElse(IsolationRule.STRICTEST_LEVEL);
    }
}
