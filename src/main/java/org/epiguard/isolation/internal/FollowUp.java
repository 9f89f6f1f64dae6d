package org.epiguard.isolation.internal;

import org.epiguard.access.AccessContext;
import org.epiguard.access.AuditTrail;
import org.epiguard.access.CurrentUser;
import org.epiguard.access.Scope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The daily follow-up of people isolated or quarantined at home: a check (symptoms, temperature, SpO2,
 * breathing rate, a test due today) by the community team, the health station or a facility's staff, or
 * by the person through their personal link; danger signs raise an alert at once with the tier proposed;
 * the morning round of a commune and who is overdue.
 */
@Service
class FollowUp {

    private final AccessContext access;
    private final EpisodeRepository episodes;
    private final IsolationRules rules;
    private final JdbcClient jdbc;
    private final AuditTrail audit;

    FollowUp(AccessContext access, EpisodeRepository episodes, IsolationRules rules, JdbcClient jdbc, AuditTrail audit) {
        this.access = access;
        this.episodes = episodes;
        this.rules = rules;
        this.jdbc = jdbc;
        this.audit = audit;
    }

    record CheckInput(String date, BigDecimal temperature, Integer spo2, Integer breathingRate, List<String> symptoms,
                      String testKind, String testResult, String note) {
    }

    record CheckRow(long id, long episodeId, LocalDate date, BigDecimal temperature, Integer spo2, Integer breathingRate,
                    List<String> symptoms, String testKind, String testResult, List<String> dangerSigns, boolean byPerson,
                    Long alertId, Integer proposedTier) {
    }

    /** A check entered by staff: the episode in their view scope (404) and capture scope (403). */
    @Transactional
    CheckRow record(long episodeId, CheckInput in) {
        CurrentUser user = access.currentUser();
        IsolationAccess.require(IsolationAccess.FOLLOW_UP, user);
        Episode e = episodes.find(user.viewScope(), episodeId).orElseThrow(IsolationAccess::notFound);
        access.requireCapture(e.location());
        return write(e, in, false, user.id(), user.username());
    }

    /** A check entered by the person through their link (no account): reaches only the link's own episode. */
    @Transactional
    CheckRow recordByPerson(Episode e, CheckInput in) {
        return write(e, in, true, null, "personal-link");
    }

    private CheckRow write(Episode e, CheckInput in, boolean byPerson, Long userId, String username) {
        List<IsolationProblem> problems = new ArrayList<>();
        if (!e.running()) {
            problems.add(IsolationProblem.of("episodeId", "NOT_RUNNING"));
            InvalidIsolationInput.throwIfAny(problems);
        }
        LocalDate date = IsolationDates.required("date", in.date(), true, problems);
        if (date != null && date.isBefore(e.admittedOn())) {
            problems.add(IsolationProblem.of("date", "BEFORE_ADMISSION", IsolationDates.show(e.admittedOn())));
        }
        if (in.temperature() != null && (in.temperature().compareTo(BigDecimal.valueOf(30)) < 0
                || in.temperature().compareTo(BigDecimal.valueOf(45)) > 0)) {
            problems.add(IsolationProblem.of("temperature", "OUT_OF_RANGE", 30, 45));
        }
        if (in.spo2() != null) {
            Fields.intIn("spo2", in.spo2(), 50, 100, false, problems);
        }
        if (in.breathingRate() != null) {
            Fields.intIn("breathingRate", in.breathingRate(), 5, 80, false, problems);
        }
        List<Symptom> symptoms = new ArrayList<>();
        List<String> given = in.symptoms() == null ? List.of() : in.symptoms();
        for (int i = 0; i < given.size(); i++) {
            Symptom s = Fields.enumValue("symptoms[" + i + "]", given.get(i), Symptom.class, problems);
            if (s != null && !symptoms.contains(s)) {
                symptoms.add(s);
            }
        }
        boolean hasKind = in.testKind() != null && !in.testKind().isBlank();
        boolean hasResult = in.testResult() != null && !in.testResult().isBlank();
        String kind = null;
        String result = null;
        if (hasKind || hasResult) {
            kind = hasKind ? oneOf("testKind", in.testKind(), List.of("RAPID", "PCR"), problems) : missing("testKind", problems);
            result = hasResult ? oneOf("testResult", in.testResult(), List.of("NEGATIVE", "POSITIVE"), problems)
                    : missing("testResult", problems);
        }
        String note = Fields.note("note", in.note(), problems);
        InvalidIsolationInput.throwIfAny(problems);
        IsolationRule rule = rules.byId(e.ruleId());
        List<String> danger = DangerSigns.of(rule, in.spo2(), in.breathingRate(), symptoms);
        long checkId = jdbc.sql("""
                        insert into isolation_check (episode_id, check_date, temperature, spo2, breathing_rate, symptoms,
                                                     test_kind, test_result, danger_signs, by_person, entered_by, note,
                                                     province_code, district_code, commune_code)
                        values (:e, :date, :t, :spo2, :br, :symptoms, :kind, :result, :danger, :byPerson, :by, :note,
                                :p, :d, :c)
                        returning id""")
                .param("e", e.id()).param("date", Date.valueOf(date)).param("t", in.temperature()).param("spo2", in.spo2())
                .param("br", in.breathingRate()).param("symptoms", symptoms.stream().map(Symptom::name).toArray(String[]::new))
                .param("kind", kind).param("result", result).param("danger", danger.toArray(String[]::new))
                .param("byPerson", byPerson).param("by", userId).param("note", note)
                .param("p", e.provinceCode()).param("d", e.districtCode()).param("c", e.communeCode())
                .query(Long.class).single();
        Long alertId = null;
        Integer tier = null;
        if (!danger.isEmpty()) {
            tier = DangerSigns.proposedTier(in.spo2(), in.breathingRate(), symptoms);
            alertId = jdbc.sql("""
                            insert into isolation_alert (episode_id, check_id, signs, proposed_tier, province_code,
                                                         district_code, commune_code)
                            values (:e, :check, :signs, :tier, :p, :d, :c) returning id""")
                    .param("e", e.id()).param("check", checkId).param("signs", danger.toArray(String[]::new))
                    .param("tier", tier).param("p", e.provinceCode()).param("d", e.districtCode())
                    .param("c", e.communeCode()).query(Long.class).single();
        }
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("episodeId", e.id());
        after.put("date", date.toString());
        after.put("temperature", in.temperature());
        after.put("spo2", in.spo2());
        after.put("breathingRate", in.breathingRate());
        after.put("symptoms", symptoms.stream().map(Symptom::name).toList());
        after.put("testKind", kind);
        after.put("testResult", result);
        after.put("dangerSigns", danger);
        after.put("byPerson", byPerson);
        audit.record(userId, username, AuditTrail.Action.CREATE, "isolation_check", checkId, e.location(),
                "follow-up check of episode " + e.id() + " on " + IsolationDates.show(date)
                        + (danger.isEmpty() ? "" : ", danger signs " + danger), null, after);
        return new CheckRow(checkId, e.id(), date, in.temperature(), in.spo2(), in.breathingRate(),
                symptoms.stream().map(Symptom::name).toList(), kind, result, danger, byPerson, alertId, tier);
    }

    private static String oneOf(String field, String text, List<String> allowed, List<IsolationProblem> problems) {
        String v = text.strip().toUpperCase(java.util.Locale.ROOT);
        if (!allowed.contains(v)) {
            problems.add(IsolationProblem.of(field, "BAD_VALUE", text));
            return null;
        }
        return v;
    }

    private static String missing(String field, List<IsolationProblem> problems) {
        problems.add(IsolationProblem.of(field, "REQUIRED"));
        return null;
    }

    /** The checks of an episode in the user's view scope (404 outside), latest first. */
    List<CheckRow> checks(long episodeId) {
        CurrentUser user = access.currentUser();
        IsolationAccess.require(IsolationAccess.READ, user);
        episodes.find(user.viewScope(), episodeId).orElseThrow(IsolationAccess::notFound);
        return checksOf(episodeId);
    }

    List<CheckRow> checksOf(long episodeId) {
        return jdbc.sql("""
                        select c.*, a.id as alert_id, a.proposed_tier from isolation_check c
                          left join isolation_alert a on a.check_id = c.id
                         where c.episode_id = :e order by c.check_date desc, c.id desc""")
                .param("e", episodeId)
                .query((rs, i) -> new CheckRow(rs.getLong("id"), rs.getLong("episode_id"),
                        rs.getDate("check_date").toLocalDate(), rs.getBigDecimal("temperature"),
                        (Integer) rs.getObject("spo2"), (Integer) rs.getObject("breathing_rate"),
                        IsolationRules.strings(rs.getArray("symptoms")), rs.getString("test_kind"), rs.getString("test_result"),
                        IsolationRules.strings(rs.getArray("danger_signs")), rs.getBoolean("by_person"),
                        (Long) rs.getObject("alert_id"), (Integer) rs.getObject("proposed_tier")))
                .list();
    }

    /** One line of a commune's morning round. */
    record RoundLine(long episodeId, long personId, String personName, int birthYear, String phone, String kind,
                     String place, long day, LocalDate plannedEnd, boolean checkedToday, LocalDate lastCheck,
                     boolean overdue, List<Integer> testDaysToday, boolean openAlert) {
    }

    /**
     * The people followed at home in the user's view scope (of one commune when given) on the date: checked
     * today or not, overdue (not checked today nor on the day before, having been in by then), the tests due
     * today, an open alert. Overdue and alerts first.
     */
    List<RoundLine> round(LocalDate on, String communeCode, boolean overdueOnly) {
        CurrentUser user = access.currentUser();
        IsolationAccess.require(IsolationAccess.READ, user);
        Scope scope = user.viewScope();
        return jdbc.sql("""
                        select e.id, e.person_id, p.full_name, p.birth_year, p.phone, e.kind, e.place, e.start_date,
                               e.planned_end, e.test_days, e.admitted_on,
                               exists (select 1 from isolation_check c where c.episode_id = e.id and c.check_date = :on) as today,
                               exists (select 1 from isolation_check c where c.episode_id = e.id
                                        and c.check_date = cast(:on as date) - 1) as yesterday,
                               (select max(c.check_date) from isolation_check c where c.episode_id = e.id
                                 and c.check_date <= :on) as last_check,
                               exists (select 1 from isolation_alert a where a.episode_id = e.id and a.status = 'OPEN') as alert
                          from isolation_episode e join people_person p on p.id = e.person_id
                         where e.status = 'ACTIVE' and e.place in ('HOME', 'LODGING') and e.admitted_on <= :on
                           and\s""" + scope.sql("e", "place_unit_id")
                        + (communeCode == null ? "" : " and e.commune_code = :commune") + " order by p.full_name, e.id")
                .param("on", Date.valueOf(on)).param("scopeKey", scope.key()).param("commune", communeCode)
                .query((rs, i) -> {
                    LocalDate start = rs.getDate("start_date").toLocalDate();
                    LocalDate admitted = rs.getDate("admitted_on").toLocalDate();
                    long day = java.time.temporal.ChronoUnit.DAYS.between(start, on) + 1;
                    List<Integer> due = IsolationRules.ints(rs.getArray("test_days")).stream().filter(d -> d == day).toList();
                    Date last = rs.getDate("last_check");
                    boolean overdue = admitted.isBefore(on) && !rs.getBoolean("yesterday") && !rs.getBoolean("today");
                    return new RoundLine(rs.getLong("id"), rs.getLong("person_id"), rs.getString("full_name"),
                            rs.getInt("birth_year"), rs.getString("phone"), rs.getString("kind"), rs.getString("place"),
                            day, rs.getDate("planned_end").toLocalDate(), rs.getBoolean("today"),
                            last == null ? null : last.toLocalDate(), overdue, due, rs.getBoolean("alert"));
                })
                .list().stream()
                .filter(l -> !overdueOnly || l.overdue())
                .sorted(java.util.Comparator.comparing((RoundLine l) -> !(l.openAlert() || l.overdue())))
                .toList();
    }

    /** An open or closed danger-sign alert. */
    record AlertRow(long id, long episodeId, long personId, String personName, String phone, String communeCode,
                    List<String> signs, int proposedTier, String status, java.time.Instant raisedAt,
                    Long transferEpisodeId) {
    }

    List<AlertRow> alerts(boolean openOnly) {
        CurrentUser user = access.currentUser();
        IsolationAccess.require(IsolationAccess.READ, user);
        Scope scope = user.viewScope();
        return jdbc.sql("""
                        select a.*, e.person_id, p.full_name, p.phone from isolation_alert a
                          join isolation_episode e on e.id = a.episode_id
                          join people_person p on p.id = e.person_id
                         where\s""" + scope.sql("e", "place_unit_id") + (openOnly ? " and a.status = 'OPEN'" : "")
                        + " order by a.raised_at desc, a.id desc limit 500")
                .param("scopeKey", scope.key())
                .query((rs, i) -> new AlertRow(rs.getLong("id"), rs.getLong("episode_id"), rs.getLong("person_id"),
                        rs.getString("full_name"), rs.getString("phone"), rs.getString("commune_code"),
                        IsolationRules.strings(rs.getArray("signs")), rs.getInt("proposed_tier"), rs.getString("status"),
                        rs.getTimestamp("raised_at").toInstant(), (Long) rs.getObject("transfer_episode_id")))
                .list();
    }
}
