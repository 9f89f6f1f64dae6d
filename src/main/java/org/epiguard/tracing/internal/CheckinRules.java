package org.epiguard.tracing.internal;

import org.epiguard.access.AccessContext;
import org.epiguard.access.AuditTrail;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Date;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The dated rule of F1 candidates (tracing_checkin_rule): the time window around a case's check-in
 * and the days of the infectious period before onset. The version in force on a day applies; the
 * province adds a version from a date on, earlier days keep theirs.
 */
@Service
class CheckinRules {

    record Rule(long id, LocalDate effectiveFrom, int windowMinutes, int daysBeforeOnset, String note) {
    }

    record RuleInput(String effectiveFrom, Integer windowMinutes, Integer daysBeforeOnset, String note) {
    }

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/uuuu");

    private final JdbcClient jdbc;
    private final AccessContext access;
    private final AuditTrail audit;

    CheckinRules(JdbcClient jdbc, AccessContext access, AuditTrail audit) {
        this.jdbc = jdbc;
        this.access = access;
        this.audit = audit;
    }

    /** The version in force on a day (the first version applies to any earlier day). */
    Rule inForce(LocalDate day) {
        return jdbc.sql("""
                        select * from tracing_checkin_rule
                         order by effective_from <= :day desc, case when effective_from <= :day then effective_from end desc,
                                  effective_from limit 1""")
                .param("day", Date.valueOf(day)).query((rs, i) -> rule(rs)).single();
    }

    List<Rule> all() {
        return jdbc.sql("select * from tracing_checkin_rule order by effective_from").query((rs, i) -> rule(rs)).list();
    }

    @Transactional
    Rule add(RuleInput input) {
        CheckinAccess.require(CheckinAccess.RULES, access.currentUser());
        List<CheckinProblem> problems = new ArrayList<>();
        LocalDate from = null;
        if (input.effectiveFrom() == null || input.effectiveFrom().isBlank()) {
            problems.add(CheckinProblem.of("effectiveFrom", "REQUIRED"));
        } else {
            try {
                from = input.effectiveFrom().contains("/") ? LocalDate.parse(input.effectiveFrom().strip(), DAY)
                        : LocalDate.parse(input.effectiveFrom().strip());
            } catch (DateTimeParseException e) {
                problems.add(CheckinProblem.of("effectiveFrom", "DATE_FORMAT"));
            }
        }
        LocalDate day = from;
        if (day != null && all().stream().anyMatch(r -> r.effectiveFrom().equals(day))) {
            problems.add(CheckinProblem.of("effectiveFrom", "RULE_EXISTS"));
        }
        range("windowMinutes", input.windowMinutes(), 1, 1440, problems);
        range("daysBeforeOnset", input.daysBeforeOnset(), 0, 30, problems);
        String note = input.note() == null || input.note().isBlank() ? null : input.note().strip();
        if (note != null && note.length() > 200) {
            problems.add(CheckinProblem.of("note", "TOO_LONG", 200));
        }
        CheckinProblem.Invalid.throwIfAny(problems);
        long id = jdbc.sql("""
                        insert into tracing_checkin_rule (effective_from, window_minutes, days_before_onset, note, created_by)
                        values (:f, :w, :d, :n, :by) returning id""")
                .param("f", Date.valueOf(from)).param("w", input.windowMinutes()).param("d", input.daysBeforeOnset())
                .param("n", note).param("by", access.currentUser().id()).query(Long.class).single();
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("effectiveFrom", from.toString());
        after.put("windowMinutes", input.windowMinutes());
        after.put("daysBeforeOnset", input.daysBeforeOnset());
        after.put("note", note);
        audit.record(AuditTrail.Action.CREATE, "tracing_checkin_rule", id, null,
                "F1 candidate rule from " + from, null, after);
        return all().stream().filter(r -> r.id() == id).findFirst().orElseThrow();
    }

    private static void range(String field, Integer value, int min, int max, List<CheckinProblem> problems) {
        if (value == null) {
            problems.add(CheckinProblem.of(field, "REQUIRED"));
        } else if (value < min || value > max) {
            problems.add(CheckinProblem.of(field, "RANGE", min, max));
        }
    }

    private static Rule rule(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Rule(rs.getLong("id"), rs.getDate("effective_from").toLocalDate(), rs.getInt("window_minutes"),
                rs.getInt("days_before_onset"), rs.getString("note"));
    }
}
