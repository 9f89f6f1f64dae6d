package org.epiguard.cases.internal;

import org.epiguard.access.Location;
import org.epiguard.access.Scope;
import org.epiguard.cases.CaseStatus;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

/** cases_case. Reads for users keep their view scope in SQL; the scope's unit is the reporting unit. */
@Repository
class CaseRepository {

    static final String SELECT = """
            select c.*, p.full_name, p.birth_year, p.birth_date, p.phone, p.address_text
              from cases_case c
              join people_person p on p.id = c.person_id
            """;

    static final RowMapper<CaseRow> MAPPER = CaseRepository::row;

    private final JdbcClient jdbc;

    CaseRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A case inside the scope. */
    Optional<CaseRow> find(long id, Scope scope) {
        return jdbc.sql(SELECT + " where c.id = :id and " + scope.sql("c", "reporting_unit_id"))
                .param("id", id).param("scopeKey", scope.key()).query(MAPPER).optional();
    }

    /** A case inside the scope, locked for a change. */
    Optional<CaseRow> lock(long id, Scope scope) {
        return jdbc.sql(SELECT + " where c.id = :id and " + scope.sql("c", "reporting_unit_id") + " for update of c")
                .param("id", id).param("scopeKey", scope.key()).query(MAPPER).optional();
    }

    Optional<CaseRow> find(long id) {
        return jdbc.sql(SELECT + " where c.id = :id").param("id", id).query(MAPPER).optional();
    }

    /** The person's latest case inside the scope. */
    Optional<CaseRow> latestOf(long personId, Scope scope) {
        return jdbc.sql(SELECT + " where c.person_id = :p and " + scope.sql("c", "reporting_unit_id")
                        + " order by c.created_at desc, c.id desc limit 1")
                .param("p", personId).param("scopeKey", scope.key()).query(MAPPER).optional();
    }

    /** The person's open case, locked. */
    Optional<CaseRow> lockOpenCaseOf(long personId) {
        return jdbc.sql(SELECT + " where c.person_id = :p and c.status in ('SUSPECTED', 'CONFIRMED', 'ISOLATED') for update of c")
                .param("p", personId).query(MAPPER).optional();
    }

    Optional<CaseRow> openCaseOf(long personId) {
        return jdbc.sql(SELECT + " where c.person_id = :p and c.status in ('SUSPECTED', 'CONFIRMED', 'ISOLATED')")
                .param("p", personId).query(MAPPER).optional();
    }

    /** Whether a test already opened or confirmed a case (a result seen twice changes nothing). */
    boolean testUsed(long testId) {
        return jdbc.sql("select exists (select 1 from cases_case where opening_test_id = :t or confirming_test_id = :t)")
                .param("t", testId).query(Boolean.class).single();
    }

    /** A new case; empty when the person already has an open case or the test already opened one. */
    Optional<Long> insert(NewCase c, Long userId) {
        return jdbc.sql("""
                        insert into cases_case (person_id, status, origin, opening_test_id, confirming_test_id,
                                                suspected_at, confirmed_at, imported, found_in_quarantine, source_known,
                                                onset_date, province_code, district_code, commune_code,
                                                reporting_unit_id, created_by)
                        values (:person, :status, :origin, :opening, :confirming, :suspected, :confirmed, :imported,
                                :quarantine, :source, :onset, :p, :d, :c, :unit, :user)
                        on conflict do nothing
                        returning id""")
                .param("person", c.personId()).param("status", c.status().name()).param("origin", c.origin().name())
                .param("opening", c.openingTestId()).param("confirming", c.confirmingTestId())
                .param("suspected", ts(c.suspectedAt())).param("confirmed", ts(c.confirmedAt()))
                .param("imported", c.imported()).param("quarantine", c.foundInQuarantine())
                .param("source", c.sourceKnown()).param("onset", c.onsetDate() == null ? null : java.sql.Date.valueOf(c.onsetDate()))
                .param("p", c.where().provinceCode()).param("d", c.where().districtCode())
                .param("c", c.where().communeCode()).param("unit", c.where().unitId()).param("user", userId)
                .query(Long.class).optional();
    }

    /** Moves a case to a status with the time of that step (and the confirming test, when one confirms it). */
    void moveTo(long id, CaseStatus status, Instant at, Long confirmingTestId) {
        String column = switch (status) {
            case SUSPECTED -> "suspected_at";
            case CONFIRMED -> "confirmed_at";
            case ISOLATED -> "isolated_at";
            case RECOVERED -> "recovered_at";
            case DIED -> "died_at";
            case DISCARDED -> "discarded_at";
        };
        jdbc.sql("update cases_case set status = :s, " + column + " = :at,"
                        + " confirming_test_id = coalesce(:test, confirming_test_id), updated_at = now() where id = :id")
                .param("s", status.name()).param("at", Timestamp.from(at)).param("test", confirmingTestId)
                .param("id", id).update();
    }

    void classify(long id, boolean imported, boolean foundInQuarantine, Boolean sourceKnown) {
        jdbc.sql("""
                        update cases_case set imported = :i, found_in_quarantine = :q, source_known = :s, updated_at = now()
                         where id = :id""")
                .param("i", imported).param("q", foundInQuarantine).param("s", sourceKnown).param("id", id).update();
    }

    /** The symptoms and SpO2 of a case, for the audit. */
    Map<String, Object> clinical(long id) {
        return jdbc.sql("select symptoms, spo2 from cases_case where id = :id").param("id", id)
                .query((rs, i) -> clinicalMap(java.util.List.of((String[]) rs.getArray("symptoms").getArray()),
                        rs.getObject("spo2", Integer.class)))
                .single();
    }

    void setClinical(long id, java.util.List<String> symptoms, Integer spo2) {
        jdbc.sql("update cases_case set symptoms = :s::text[], spo2 = :o, updated_at = now() where id = :id")
                .param("s", symptoms.toArray(String[]::new)).param("o", spo2).param("id", id).update();
    }

    static Map<String, Object> clinicalMap(java.util.List<String> symptoms, Integer spo2) {
        Map<String, Object> m = new java.util.HashMap<>();
        m.put("symptoms", symptoms);
        m.put("spo2", spo2);
        return m;
    }

    void setOnsetAndSymptoms(long id, LocalDate onset, java.util.List<String> symptoms) {
        jdbc.sql("update cases_case set onset_date = :o, symptoms = :s::text[], updated_at = now() where id = :id")
                .param("o", onset == null ? null : java.sql.Date.valueOf(onset))
                .param("s", symptoms.toArray(String[]::new)).param("id", id).update();
    }

    /** A new case as it is written. */
    record NewCase(long personId, CaseStatus status, CaseRow.Origin origin, Long openingTestId, Long confirmingTestId,
                   Instant suspectedAt, Instant confirmedAt, boolean imported, boolean foundInQuarantine,
                   Boolean sourceKnown, LocalDate onsetDate, Location where) {
    }

    private static Timestamp ts(Instant i) {
        return i == null ? null : Timestamp.from(i);
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    static LocalDate date(ResultSet rs, String column) throws SQLException {
        java.sql.Date d = rs.getDate(column);
        return d == null ? null : d.toLocalDate();
    }

    private static CaseRow row(ResultSet rs, int i) throws SQLException {
        return new CaseRow(rs.getLong("id"), rs.getLong("person_id"), rs.getString("full_name"), rs.getInt("birth_year"),
                date(rs, "birth_date"), rs.getString("phone"), rs.getString("address_text"),
                CaseStatus.valueOf(rs.getString("status")), CaseRow.Origin.valueOf(rs.getString("origin")),
                rs.getObject("opening_test_id", Long.class), rs.getObject("confirming_test_id", Long.class),
                instant(rs, "suspected_at"), instant(rs, "confirmed_at"), instant(rs, "isolated_at"),
                instant(rs, "recovered_at"), instant(rs, "died_at"), instant(rs, "discarded_at"),
                rs.getBoolean("imported"), rs.getBoolean("found_in_quarantine"), rs.getObject("source_known", Boolean.class),
                date(rs, "onset_date"),
                new Location(rs.getString("province_code"), rs.getString("district_code"), rs.getString("commune_code"),
                        rs.getObject("reporting_unit_id", Long.class)),
                rs.getObject("reporting_unit_id", Long.class), instant(rs, "created_at"), instant(rs, "updated_at"),
                java.util.List.of((String[]) rs.getArray("symptoms").getArray()), rs.getObject("spo2", Integer.class),
                rs.getString("vaccination_status"),
                rs.getString("risk_group") == null ? null : RiskGroup.valueOf(rs.getString("risk_group")),
                instant(rs, "risk_assessed_at"));
    }
}
