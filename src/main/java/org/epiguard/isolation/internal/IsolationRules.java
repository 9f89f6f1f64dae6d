package org.epiguard.isolation.internal;

import org.epiguard.access.AccessContext;
import org.epiguard.access.AuditTrail;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Array;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The dated isolation rules: which row is in force for a kind, a start date and a vaccination status,
 * and new versions added by the administrator with their effective date (episodes already running
 * keep the terms they started with).
 */
@Service
class IsolationRules {

    private final JdbcClient jdbc;
    private final AccessContext access;
    private final AuditTrail audit;

    IsolationRules(JdbcClient jdbc, AccessContext access, AuditTrail audit) {
        this.jdbc = jdbc;
        this.access = access;
        this.audit = audit;
    }

    /** The row in force on the date for the kind, for an origin of the strictest level (or any origin). */
    Optional<IsolationRule> inForce(EpisodeKind kind, LocalDate on, boolean protectedPerson) {
        return inForce(kind, on, protectedPerson, IsolationRule.STRICTEST_LEVEL);
    }

    /**
     * The row in force on the date for the kind and an origin of the epidemic level: the latest version on
     * or before the date, its row for the person's group before ANY, a row for the origin's level before
     * one for any origin.
     */
    Optional<IsolationRule> inForce(EpisodeKind kind, LocalDate on, boolean protectedPerson, int originLevel) {
        return jdbc.sql("""
                        select * from isolation_rule
                         where kind = :kind and applies_to in ('ANY', :group)
                           and (origin_min_level is null or :level between origin_min_level and origin_max_level)
                           and effective_from = (select max(effective_from) from isolation_rule
                                                  where kind = :kind and effective_from <= :on)
                         order by applies_to = 'ANY', origin_min_level is null limit 1""")
                .param("kind", kind.name()).param("group", protectedPerson ? "PROTECTED" : "UNPROTECTED")
                .param("on", Date.valueOf(on)).param("level", originLevel)
                .query(IsolationRules::map).optional();
    }

    IsolationRule byId(long id) {
        return jdbc.sql("select * from isolation_rule where id = :id").param("id", id).query(IsolationRules::map).single();
    }

    List<IsolationRule> all() {
        return jdbc.sql("select * from isolation_rule order by kind, effective_from, applies_to").query(IsolationRules::map).list();
    }

    /** Adds a row of a new rule version (administrator only); the version's date must be new for its kind and group. */
    @Transactional
    IsolationRule add(RuleInput in) {
        access.requireAdmin();
        List<IsolationProblem> problems = new ArrayList<>();
        EpisodeKind kind = Fields.enumValue("kind", in.kind(), EpisodeKind.class, problems);
        Place place = Fields.enumValue("place", in.place(), Place.class, problems);
        String appliesTo = in.appliesTo() == null || in.appliesTo().isBlank() ? "ANY" : in.appliesTo().strip();
        if (!List.of("ANY", "PROTECTED", "UNPROTECTED").contains(appliesTo)) {
            problems.add(IsolationProblem.of("appliesTo", "BAD_VALUE", appliesTo));
        }
        LocalDate from = null;
        if (in.effectiveFrom() == null || in.effectiveFrom().isBlank()) {
            problems.add(IsolationProblem.of("effectiveFrom", "REQUIRED"));
        } else {
            from = IsolationDates.parse(in.effectiveFrom()).orElse(null);
            if (from == null) {
                problems.add(IsolationProblem.of("effectiveFrom", "BAD_DATE", in.effectiveFrom()));
            }
        }
        int confined = Fields.intIn("confinedDays", in.confinedDays(), 1, 60, true, problems);
        int monitor = Fields.intIn("monitorDays", in.monitorDays(), 0, 60, false, problems);
        List<Integer> testDays = in.testDays() == null ? List.of() : in.testDays();
        for (int i = 0; i < testDays.size(); i++) {
            Integer d = testDays.get(i);
            if (d == null || d < 1 || d > Math.max(confined, 1)) {
                problems.add(IsolationProblem.of("testDays[" + i + "]", "TEST_DAY_OUTSIDE", 1, confined));
            }
        }
        List<String> danger = in.dangerSymptoms() == null ? List.of() : in.dangerSymptoms();
        for (int i = 0; i < danger.size(); i++) {
            Fields.enumValue("dangerSymptoms[" + i + "]", danger.get(i), Symptom.class, problems);
        }
        int spo2 = in.spo2Min() == null ? 96 : Fields.intIn("spo2Min", in.spo2Min(), 50, 100, false, problems);
        int breathing = in.breathingMax() == null ? 20 : Fields.intIn("breathingMax", in.breathingMax(), 5, 60, false, problems);
        Integer minAge = in.homeMinAge() == null ? null : Fields.intIn("homeMinAge", in.homeMinAge(), 0, 120, false, problems);
        Integer maxAge = in.homeMaxAge() == null ? null : Fields.intIn("homeMaxAge", in.homeMaxAge(), 0, 120, false, problems);
        String home = in.homeTreatmentSource() == null || in.homeTreatmentSource().isBlank() ? null : in.homeTreatmentSource().strip();
        if (home == null && (minAge != null || maxAge != null)) {
            problems.add(IsolationProblem.of("homeTreatmentSource", "REQUIRED"));
        }
        if (in.source() == null || in.source().isBlank()) {
            problems.add(IsolationProblem.of("source", "REQUIRED"));
        }
        Integer originMin = in.originMinLevel() == null ? null
                : Fields.intIn("originMinLevel", in.originMinLevel(), 1, 4, false, problems);
        Integer originMax = in.originMaxLevel() == null ? null
                : Fields.intIn("originMaxLevel", in.originMaxLevel(), 1, 4, false, problems);
        if (originMin != null || originMax != null) {
            if (kind != null && kind != EpisodeKind.RETURNEE_QUARANTINE) {
                problems.add(IsolationProblem.of("originMinLevel", "ONLY_FOR_RETURNEES"));
            }
            if (originMin == null) {
                problems.add(IsolationProblem.of("originMinLevel", "REQUIRED"));
            } else if (originMax == null) {
                problems.add(IsolationProblem.of("originMaxLevel", "REQUIRED"));
            } else if (originMax < originMin) {
                problems.add(IsolationProblem.of("originMaxLevel", "BELOW_MIN", originMin));
            }
        }
        // the same version and group may not have two rows for any origin, nor two whose origin levels overlap
        if (kind != null && from != null && problems.isEmpty() && jdbc.sql("""
                        select count(*) from isolation_rule where kind = :k and effective_from = :f and applies_to = :a
                           and (origin_min_level is null and cast(:min as integer) is null
                                or origin_min_level <= cast(:max as integer) and origin_max_level >= cast(:min as integer))""")
                .param("k", kind.name()).param("f", Date.valueOf(from)).param("a", appliesTo)
                .param("min", originMin).param("max", originMax).query(Long.class).single() > 0) {
            problems.add(IsolationProblem.of("effectiveFrom", "RULE_TAKEN", IsolationDates.show(from)));
        }
        InvalidIsolationInput.throwIfAny(problems);
        long id = jdbc.sql("""
                        insert into isolation_rule (kind, effective_from, applies_to, place, confined_days, monitor_days,
                                                    test_days, danger_symptoms, spo2_min, breathing_max,
                                                    home_treatment_source, home_min_age, home_max_age,
                                                    home_older_if_vaccinated, home_excludes_pregnant, home_excludes_comorbid,
                                                    source, note, created_by, origin_min_level, origin_max_level)
                        values (:kind, :from, :applies, :place, :confined, :monitor, :tests, :danger, :spo2, :breathing,
                                :home, :minAge, :maxAge, :older, :pregnant, :comorbid, :source, :note, :by,
                                :originMin, :originMax)
                        returning id""")
                .param("kind", kind.name()).param("from", Date.valueOf(from)).param("applies", appliesTo)
                .param("place", place.name()).param("confined", confined).param("monitor", monitor)
                .param("tests", testDays.toArray(Integer[]::new))
                .param("danger", danger.stream().map(d -> d.strip().toUpperCase(java.util.Locale.ROOT)).toArray(String[]::new))
                .param("spo2", spo2).param("breathing", breathing).param("home", home).param("minAge", minAge)
                .param("maxAge", maxAge).param("older", Boolean.TRUE.equals(in.homeOlderIfVaccinated()))
                .param("pregnant", Boolean.TRUE.equals(in.homeExcludesPregnant()))
                .param("comorbid", Boolean.TRUE.equals(in.homeExcludesComorbid()))
                .param("source", in.source().strip()).param("note", in.note())
                .param("by", access.currentUser().id()).param("originMin", originMin).param("originMax", originMax)
                .query(Long.class).single();
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("kind", kind.name());
        after.put("effectiveFrom", from.toString());
        after.put("appliesTo", appliesTo);
        after.put("confinedDays", confined);
        after.put("monitorDays", monitor);
        after.put("testDays", testDays);
        after.put("dangerSymptoms", danger);
        after.put("homeTreatmentSource", home);
        after.put("originMinLevel", originMin);
        after.put("originMaxLevel", originMax);
        audit.record(AuditTrail.Action.CREATE, "isolation_rule", id, null, "isolation rule from " + from, null, after);
        return byId(id);
    }

    record RuleInput(String kind, String effectiveFrom, String appliesTo, String place, Integer confinedDays,
                     Integer monitorDays, List<Integer> testDays, List<String> dangerSymptoms, Integer spo2Min,
                     Integer breathingMax, String homeTreatmentSource, Integer homeMinAge, Integer homeMaxAge,
                     Boolean homeOlderIfVaccinated, Boolean homeExcludesPregnant, Boolean homeExcludesComorbid,
                     String source, String note, Integer originMinLevel, Integer originMaxLevel) {
    }

    static IsolationRule map(ResultSet rs, int i) throws SQLException {
        return new IsolationRule(rs.getLong("id"), EpisodeKind.valueOf(rs.getString("kind")),
                rs.getDate("effective_from").toLocalDate(), rs.getString("applies_to"), Place.valueOf(rs.getString("place")),
                rs.getInt("confined_days"), rs.getInt("monitor_days"), ints(rs.getArray("test_days")),
                rs.getInt("spo2_min"), rs.getInt("breathing_max"), strings(rs.getArray("danger_symptoms")),
                rs.getString("home_treatment_source"), (Integer) rs.getObject("home_min_age"),
                (Integer) rs.getObject("home_max_age"), rs.getBoolean("home_older_if_vaccinated"),
                rs.getBoolean("home_excludes_pregnant"), rs.getBoolean("home_excludes_comorbid"),
                rs.getString("source"), rs.getString("note"), (Integer) rs.getObject("origin_min_level"),
                (Integer) rs.getObject("origin_max_level"));
    }

    static List<Integer> ints(Array a) throws SQLException {
        return a == null ? List.of() : Arrays.stream((Integer[]) a.getArray()).toList();
    }

    static List<String> strings(Array a) throws SQLException {
        return a == null ? List.of() : Arrays.stream((String[]) a.getArray()).toList();
    }
}
