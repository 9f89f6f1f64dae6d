package org.epiguard.cases.internal;

import org.epiguard.access.Location;
import org.epiguard.access.Scope;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** cases_zone and the cases behind each zone. Reads for users keep their view scope in SQL (the unit is the locked-down one). */
@Repository
class ZoneRepository {

    private static final String SELECT = """
            select z.*, u.name as unit_name, v.name as village_name,
                   array(select zc.case_id from cases_zone_case zc where zc.zone_id = z.id order by zc.case_id) as case_ids
              from cases_zone z
              left join geo_org_unit u on u.id = z.unit_id
              left join geo_village v on v.id = z.village_id
            """;

    private static final RowMapper<ZoneRow> MAPPER = ZoneRepository::row;

    private final JdbcClient jdbc;

    ZoneRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The zone not yet lifted that already locks down this household or unit, if any. */
    Optional<Long> openZoneOf(Long householdId, Long unitId) {
        if (householdId == null && unitId == null) {
            return Optional.empty();
        }
        return jdbc.sql("""
                        select id from cases_zone where status <> 'LIFTED'
                           and (household_id = :h or unit_id = :u) order by id limit 1""")
                .param("h", householdId).param("u", unitId).query(Long.class).optional();
    }

    /** A proposed zone; empty when the test already proposed one. */
    Optional<Long> propose(ZoneKind kind, Long householdId, Long unitId, Long villageId, String description,
                           LocalDate startsOn, LocalDate plannedEnd, long testId, Instant proposedAt, Location where,
                           Long userId) {
        return jdbc.sql("""
                        insert into cases_zone (kind, status, household_id, unit_id, village_id, description, starts_on,
                                                planned_end, proposing_test_id, proposed_at, province_code, district_code,
                                                commune_code, created_by)
                        values (:kind, 'PROPOSED', :h, :u, :v, :desc, :start, :end, :test, :at, :p, :d, :c, :user)
                        on conflict (proposing_test_id) do nothing
                        returning id""")
                .param("kind", kind.name()).param("h", householdId).param("u", unitId).param("v", villageId)
                .param("desc", description).param("start", Date.valueOf(startsOn)).param("end", Date.valueOf(plannedEnd))
                .param("test", testId).param("at", Timestamp.from(proposedAt)).param("p", where.provinceCode())
                .param("d", where.districtCode()).param("c", where.communeCode()).param("user", userId)
                .query(Long.class).optional();
    }

    void link(long zoneId, long caseId) {
        jdbc.sql("insert into cases_zone_case (zone_id, case_id) values (:z, :c) on conflict do nothing")
                .param("z", zoneId).param("c", caseId).update();
    }

    Optional<ZoneRow> find(long id, Scope scope) {
        return jdbc.sql(SELECT + " where z.id = :id and " + scope.sql("z", "unit_id"))
                .param("id", id).param("scopeKey", scope.key()).query(MAPPER).optional();
    }

    Optional<ZoneRow> lock(long id, Scope scope) {
        return jdbc.sql(SELECT + " where z.id = :id and " + scope.sql("z", "unit_id") + " for update of z")
                .param("id", id).param("scopeKey", scope.key()).query(MAPPER).optional();
    }

    /** The zones of a status inside the scope, newest first. */
    List<ZoneRow> list(Scope scope, ZoneStatus status, int limit) {
        return jdbc.sql(SELECT + " where z.status = :s and " + scope.sql("z", "unit_id")
                        + " order by z.starts_on desc, z.id desc limit :limit")
                .param("s", status.name()).param("scopeKey", scope.key()).param("limit", limit).query(MAPPER).list();
    }

    List<ZoneRow> ofCase(long caseId) {
        return jdbc.sql(SELECT + " where z.id in (select zone_id from cases_zone_case where case_id = :c) order by z.id")
                .param("c", caseId).query(MAPPER).list();
    }

    void activate(long id, ZoneKind kind, Long villageId, String description, LocalDate startsOn, LocalDate plannedEnd,
                  Instant at) {
        jdbc.sql("""
                        update cases_zone set status = 'ACTIVE', kind = :kind, village_id = :v, description = :desc,
                               starts_on = :start, planned_end = :end, activated_at = :at, updated_at = now()
                         where id = :id""")
                .param("kind", kind.name()).param("v", villageId).param("desc", description)
                .param("start", Date.valueOf(startsOn)).param("end", Date.valueOf(plannedEnd))
                .param("at", Timestamp.from(at)).param("id", id).update();
    }

    void lift(long id, Instant at) {
        jdbc.sql("update cases_zone set status = 'LIFTED', lifted_at = :at, updated_at = now() where id = :id")
                .param("at", Timestamp.from(at)).param("id", id).update();
    }

    private static ZoneRow row(ResultSet rs, int i) throws SQLException {
        Long[] cases = (Long[]) rs.getArray("case_ids").getArray();
        return new ZoneRow(rs.getLong("id"), ZoneKind.valueOf(rs.getString("kind")), ZoneStatus.valueOf(rs.getString("status")),
                rs.getObject("household_id", Long.class), rs.getObject("unit_id", Long.class), rs.getString("unit_name"),
                rs.getObject("village_id", Long.class), rs.getString("village_name"), rs.getString("description"),
                rs.getDate("starts_on").toLocalDate(), rs.getDate("planned_end").toLocalDate(),
                rs.getObject("proposing_test_id", Long.class), CaseRepository.instant(rs, "proposed_at"),
                CaseRepository.instant(rs, "activated_at"), CaseRepository.instant(rs, "lifted_at"),
                new Location(rs.getString("province_code"), rs.getString("district_code"), rs.getString("commune_code"),
                        rs.getObject("unit_id", Long.class)),
                Arrays.asList(cases));
    }
}
