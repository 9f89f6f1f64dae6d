package org.epiguard.isolation.internal;

import org.epiguard.access.AccessContext;
import org.epiguard.access.AuditTrail;
import org.epiguard.access.CurrentUser;
import org.epiguard.geo.AdminLevel;
import org.epiguard.geo.GeoDirectory;
import org.epiguard.people.PersonHit;
import org.epiguard.situation.EpidemicLevels;
import org.epiguard.vaccination.VaccinationFacts;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Groups of citizens returning from epidemic zones (e.g. from Ho Chi Minh City): origin, transport and
 * arrival date; each member is handed over to their own commune with a returnee quarantine placed by the
 * rule in force on arrival for their vaccination (at home, or in the nearest facility with room).
 * The rule row follows the origin province's epidemic level in force on arrival (situation's
 * {@link EpidemicLevels}); an origin not assessed counts as the strictest level and is shown as such.
 */
@Service
class ReturneeGroups {

    private final AccessContext access;
    private final Facilities facilities;
    private final IsolationRules rules;
    private final VaccinationFacts vaccination;
    private final GeoDirectory geo;
    private final EpidemicLevels levels;
    private final JdbcClient jdbc;
    private final AuditTrail audit;

    ReturneeGroups(AccessContext access, Facilities facilities, IsolationRules rules, VaccinationFacts vaccination,
                   GeoDirectory geo, EpidemicLevels levels, JdbcClient jdbc, AuditTrail audit) {
        this.access = access;
        this.facilities = facilities;
        this.rules = rules;
        this.vaccination = vaccination;
        this.geo = geo;
        this.levels = levels;
        this.jdbc = jdbc;
        this.audit = audit;
    }

    record GroupInput(String originProvince, String transport, String arrivalDate, List<Long> personIds, String note) {
    }

    /**
     * {@code originLevel} the origin's level in force on arrival (null: not assessed); {@code appliedLevel} the
     * level whose rule placed the members (the strictest when not assessed).
     */
    record Group(long id, String originProvince, String transport, LocalDate arrivalDate, Integer originLevel,
                 int appliedLevel, boolean originLevelAssumed, Facilities.Allocation allocation) {
    }

    @Transactional
    Group register(GroupInput in) {
        CurrentUser user = access.currentUser();
        IsolationAccess.require(IsolationAccess.EPISODES, user);
        List<IsolationProblem> problems = new ArrayList<>();
        if (in.originProvince() == null || in.originProvince().isBlank()) {
            problems.add(IsolationProblem.of("originProvince", "REQUIRED"));
        } else if (geo.unit(in.originProvince().strip()).filter(u -> u.level() == AdminLevel.PROVINCE).isEmpty()) {
            problems.add(IsolationProblem.of("originProvince", "NO_SUCH_PROVINCE", in.originProvince()));
        }
        if (in.transport() == null || in.transport().isBlank()) {
            problems.add(IsolationProblem.of("transport", "REQUIRED"));
        } else if (in.transport().strip().length() > 200) {
            problems.add(IsolationProblem.of("transport", "TOO_LONG", 200));
        }
        LocalDate arrival = IsolationDates.required("arrivalDate", in.arrivalDate(), true, problems);
        if (in.personIds() == null || in.personIds().isEmpty()) {
            problems.add(IsolationProblem.of("personIds", "REQUIRED"));
        } else if (in.personIds().size() > 2000) {
            problems.add(IsolationProblem.of("personIds", "TOO_MANY", 2000));
        }
        String note = Fields.note("note", in.note(), problems);
        InvalidIsolationInput.throwIfAny(problems);
        List<PersonHit> members = facilities.members(user, in.personIds());
        Integer originLevel = levels.levelOf(in.originProvince().strip(), arrival).orElse(null);
        int applied = originLevel == null ? IsolationRule.STRICTEST_LEVEL : originLevel;
        long id = jdbc.sql("""
                        insert into isolation_returnee_group (origin_province, transport, arrival_date, note, created_by,
                                                              origin_level, applied_level)
                        values (:o, :t, :a, :n, :by, :level, :applied) returning id""")
                .param("o", in.originProvince().strip()).param("t", in.transport().strip())
                .param("a", Date.valueOf(arrival)).param("n", note).param("by", user.id())
                .param("level", originLevel).param("applied", applied)
                .query(Long.class).single();
        Facilities.Allocation allocation = facilities.place(members, EpisodeKind.RETURNEE_QUARANTINE, arrival, user,
                p -> rules.inForce(EpisodeKind.RETURNEE_QUARANTINE, arrival,
                        vaccination.statusOf(p.id(), arrival).protectedForQuarantine(), applied).map(IsolationRule::place)
                        .orElse(Place.HOME), id, applied);
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("originProvince", in.originProvince().strip());
        after.put("transport", in.transport().strip());
        after.put("arrivalDate", arrival.toString());
        after.put("personIds", in.personIds());
        after.put("originLevel", originLevel);
        after.put("appliedLevel", applied);
        audit.record(AuditTrail.Action.CREATE, "isolation_returnee_group", id, null,
                "returnee group of " + members.size() + " from " + in.originProvince().strip(), null, after);
        return new Group(id, in.originProvince().strip(), in.transport().strip(), arrival, originLevel, applied,
                originLevel == null, allocation);
    }

    /** The members of a group the user may see (their episodes), by commune and name. */
    List<Episode> members(long groupId) {
        CurrentUser user = access.currentUser();
        IsolationAccess.require(IsolationAccess.READ, user);
        return jdbc.sql(EpisodeRepository.SELECT + " where e.returnee_group_id = :g and "
                        + user.viewScope().sql("e", "place_unit_id") + " order by e.commune_code, p.full_name, e.id")
                .param("g", groupId).param("scopeKey", user.viewScope().key()).query(EpisodeRepository::map).list();
    }
}
