package org.epiguard.situation.internal;

import org.epiguard.access.AuditTrail;
import org.epiguard.situation.internal.RuleSet.MatrixCell;
import org.epiguard.situation.internal.RuleSet.Method;
import org.epiguard.situation.internal.RuleSet.Response;
import org.epiguard.situation.internal.RuleSet.Threshold;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The versions of the epidemic-level criteria: the one in force on a date, all of them, and a new
 * version written by an administrator (a copy of an existing one with edited thresholds, matrix and
 * effective date; versions are never changed once written).
 */
@Component
class RuleBook {

    private final JdbcClient jdbc;
    private final AuditTrail audit;

    RuleBook(JdbcClient jdbc, AuditTrail audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    /** The version in force on a date: the latest effective on or before it; empty before the first. */
    Optional<RuleSet> inForce(LocalDate date) {
        return jdbc.sql("select id from situation_rule_set where effective_from <= :d order by effective_from desc limit 1")
                .param("d", date).query(Long.class).optional().flatMap(this::byId);
    }

    Optional<RuleSet> byId(long id) {
        return jdbc.sql("select * from situation_rule_set where id = :id").param("id", id)
                .query((rs, i) -> new RuleSet(rs.getLong("id"), Method.valueOf(rs.getString("method")),
                        rs.getString("decision"), rs.getInt("version"), rs.getObject("effective_from", LocalDate.class),
                        rs.getString("source"), rs.getString("note"), rs.getString("created_by"),
                        thresholds(id), matrix(id)))
                .optional();
    }

    /** Every version, the newest effective date first. */
    List<RuleSet> all() {
        return jdbc.sql("select id from situation_rule_set order by effective_from desc").query(Long.class).list()
                .stream().map(id -> byId(id).orElseThrow()).toList();
    }

    private Map<String, Threshold> thresholds(long id) {
        Map<String, Threshold> map = new LinkedHashMap<>();
        jdbc.sql("select * from situation_rule_threshold where rule_set_id = :id order by key").param("id", id)
                .query((rs, i) -> new Threshold(rs.getString("key"), rs.getBigDecimal("value"), rs.getBoolean("confirmed"),
                        rs.getString("note")))
                .list().forEach(t -> map.put(t.key(), t));
        return map;
    }

    private Map<String, MatrixCell> matrix(long id) {
        Map<String, MatrixCell> map = new LinkedHashMap<>();
        jdbc.sql("select * from situation_rule_matrix where rule_set_id = :id order by band, response").param("id", id)
                .query((rs, i) -> new MatrixCell(rs.getInt("band"), Response.valueOf(rs.getString("response")),
                        rs.getInt("level"), rs.getBoolean("confirmed")))
                .list().forEach(c -> map.put(RuleSet.cellKey(c.band(), c.response()), c));
        return map;
    }

    /**
     * Writes a new version of a decision from an existing one: thresholds and matrix cells given are
     * replaced (and marked as set by the administrator: confirmed, with the note given), the others copied.
     */
    @Transactional
    RuleSet newVersion(RuleSet base, LocalDate effectiveFrom, Map<String, BigDecimal> values,
                       Map<String, Integer> cells, String note, String username) {
        if (jdbc.sql("select count(*) from situation_rule_set where effective_from = :d").param("d", effectiveFrom)
                .query(Long.class).single() > 0) {
            throw new InvalidField("effectiveFrom", "a version already takes effect on " + Dates.format(effectiveFrom));
        }
        for (var e : values.entrySet()) {
            if (!base.method().keys().contains(e.getKey())) {
                throw new InvalidField(e.getKey(), "not a threshold of " + base.decision());
            }
            if (e.getValue() == null || e.getValue().signum() < 0) {
                throw new InvalidField(e.getKey(), "must be a number of 0 or more");
            }
        }
        for (var e : cells.entrySet()) {
            if (e.getValue() == null || e.getValue() < 1 || e.getValue() > 4) {
                throw new InvalidField("matrix." + e.getKey(), "a level is 1, 2, 3 or 4");
            }
        }
        int version = jdbc.sql("select coalesce(max(version), 0) + 1 from situation_rule_set where decision = :d")
                .param("d", base.decision()).query(Integer.class).single();
        String adminNote = note == null || note.isBlank() ? null : note.trim();
        long id = jdbc.sql("""
                        insert into situation_rule_set (method, decision, version, effective_from, source, note, created_by)
                        values (:m, :d, :v, :from, :source, :note, :by) returning id""")
                .param("m", base.method().name()).param("d", base.decision()).param("v", version)
                .param("from", effectiveFrom).param("source", base.source())
                .param("note", adminNote == null ? base.note() : adminNote + "\n\n" + base.note())
                .param("by", username).query(Long.class).single();
        for (Threshold t : base.thresholds().values()) {
            BigDecimal edited = values.get(t.key());
            boolean changed = edited != null && edited.compareTo(t.value()) != 0;
            jdbc.sql("insert into situation_rule_threshold values (:id, :k, :v, :c, :n)")
                    .param("id", id).param("k", t.key()).param("v", changed ? edited : t.value())
                    .param("c", changed || t.confirmed())
                    .param("n", changed ? "set by " + username + (adminNote == null ? "" : ": " + adminNote) : t.note())
                    .update();
        }
        for (MatrixCell c : base.matrix().values()) {
            Integer edited = cells.get(RuleSet.cellKey(c.band(), c.response()));
            boolean changed = edited != null && edited != c.level();
            jdbc.sql("insert into situation_rule_matrix values (:id, :b, :r, :l, :c)")
                    .param("id", id).param("b", c.band()).param("r", c.response().name())
                    .param("l", changed ? edited : c.level()).param("c", changed || c.confirmed()).update();
        }
        RuleSet created = byId(id).orElseThrow();
        audit.record(AuditTrail.Action.CREATE, "situation_rule_set", id, null,
                created.label() + " from " + base.label(), null, Map.of("thresholds", values, "matrix", cells,
                        "note", adminNote == null ? "" : adminNote));
        return created;
    }
}
