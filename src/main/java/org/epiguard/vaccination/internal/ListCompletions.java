package org.epiguard.vaccination.internal;

import org.epiguard.access.AccessContext;
import org.epiguard.access.AuditTrail;
import org.epiguard.access.CurrentUser;
import org.epiguard.access.Role;
import org.epiguard.access.ScopeLevel;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A commune's declaration that its outreach list is complete, and the province's deadline.
 * The rule: a commune completes its list only when every person on it today has a reason recorded;
 * otherwise the refusal names the people still without one. Only users of the commune (capture scope
 * of that commune) complete it; they, the district or the province (capture scope containing it)
 * reopen it. The deadline is set by the provincial committee or an administrator of the province.
 */
@Service
class ListCompletions {

    record Completion(String communeCode, Instant completedAt, String completedBy, int listed) {

        /** "05/02/2022 16:30" in Việt Nam time. */
        public String completedText() {
            return completedAt.atZone(OutreachDates.VIETNAM).format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm"));
        }

        public boolean onTime(LocalDate deadline) {
            return deadline == null || !completedAt.atZone(OutreachDates.VIETNAM).toLocalDate().isAfter(deadline);
        }
    }

    /** Refusal of a completion while people on the list have no reason. */
    static final class ReasonsMissing extends RuntimeException {
        final transient List<OutreachEntry> missing;

        ReasonsMissing(List<OutreachEntry> missing) {
            super(missing.size() + " people on the list have no reason recorded");
            this.missing = missing;
        }
    }

    private final JdbcClient jdbc;
    private final AccessContext access;
    private final AuditTrail audit;
    private final OutreachLists lists;

    ListCompletions(JdbcClient jdbc, AccessContext access, AuditTrail audit, OutreachLists lists) {
        this.jdbc = jdbc;
        this.access = access;
        this.audit = audit;
        this.lists = lists;
    }

    Optional<Completion> current(String communeCode) {
        return jdbc.sql("""
                        select commune_code, completed_at, completed_by_name, listed from vacc_outreach_completion
                         where commune_code = :c and reopened_at is null""")
                .param("c", communeCode).query((rs, i) -> new Completion(rs.getString(1),
                        rs.getTimestamp(2).toInstant(), rs.getString(3), rs.getInt(4))).optional();
    }

    /** The open completions of the communes of a province, by commune. */
    Map<String, Completion> currentIn(String provinceCode) {
        return jdbc.sql("""
                        select commune_code, completed_at, completed_by_name, listed from vacc_outreach_completion
                         where province_code = :p and reopened_at is null""")
                .param("p", provinceCode).query((rs, i) -> new Completion(rs.getString(1),
                        rs.getTimestamp(2).toInstant(), rs.getString(3), rs.getInt(4))).list()
                .stream().collect(java.util.stream.Collectors.toMap(Completion::communeCode, c -> c));
    }

    @Transactional
    Completion complete(OutreachPlace place) {
        CurrentUser me = access.currentUser();
        if (me.captureScope().level() != ScopeLevel.COMMUNE || !me.canCapture(place.location())) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, "only the commune completes its list");
        }
        Optional<Completion> open = current(place.communeCode());
        if (open.isPresent()) {
            return open.get();
        }
        OutreachPlace wholeCommune = new OutreachPlace(place.commune(), null, place.location());
        OutreachFilter today = OutreachFilter.on(OutreachDates.today());
        List<OutreachEntry> missing = lists.withoutReason(me, wholeCommune, today);
        if (!missing.isEmpty()) {
            throw new ReasonsMissing(missing);
        }
        int listed = (int) lists.count(me, wholeCommune, today);
        var loc = place.location();
        Timestamp at = jdbc.sql("""
                        insert into vacc_outreach_completion (province_code, district_code, commune_code, completed_by,
                                                              completed_by_name, listed)
                        values (:p, :d, :c, :by, :name, :listed) returning completed_at""")
                .param("p", loc.provinceCode()).param("d", loc.districtCode()).param("c", loc.communeCode())
                .param("by", me.id()).param("name", me.fullName()).param("listed", listed)
                .query(Timestamp.class).single();
        audit.record(AuditTrail.Action.CREATE, "vaccination_outreach_completion", place.communeCode(), loc,
                "outreach list completed: " + listed + " people", null, Map.of("listed", listed));
        return new Completion(place.communeCode(), at.toInstant(), me.fullName(), listed);
    }

    @Transactional
    void reopen(OutreachPlace place) {
        CurrentUser me = access.currentUser();
        if (!OutreachPlaces.LIST_ROLES.contains(me.role()) || !me.canCapture(place.location())) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, "outside your capture scope");
        }
        int changed = jdbc.sql("""
                        update vacc_outreach_completion set reopened_at = clock_timestamp(), reopened_by = :by,
                               reopened_by_name = :name
                         where commune_code = :c and reopened_at is null""")
                .param("by", me.id()).param("name", me.fullName()).param("c", place.communeCode()).update();
        if (changed > 0) {
            audit.record(AuditTrail.Action.UPDATE, "vaccination_outreach_completion", place.communeCode(),
                    place.location(), "outreach list reopened", Map.of("complete", true), Map.of("complete", false));
        }
    }

    Optional<LocalDate> deadline(String provinceCode) {
        return jdbc.sql("""
                        select deadline from vacc_outreach_deadline where province_code = :p
                         order by set_at desc, id desc limit 1""")
                .param("p", provinceCode).query(Date.class).optional().map(Date::toLocalDate);
    }

    /** Sets the deadline of the user's province: provincial committee or administrator only. */
    @Transactional
    void setDeadline(String provinceCode, LocalDate deadline) {
        CurrentUser me = access.currentUser();
        boolean allowed = (me.role() == Role.PROVINCE_COMMITTEE || me.role() == Role.SYSTEM_ADMIN)
                && me.captureScope().containsAdminUnit(provinceCode, null, null);
        if (!allowed) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, "only the provincial committee sets the deadline");
        }
        if (deadline.isBefore(LocalDate.of(2021, 3, 1)) || deadline.isAfter(LocalDate.of(2100, 1, 1))) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "deadline: out of range");
        }
        Optional<LocalDate> before = deadline(provinceCode);
        jdbc.sql("""
                        insert into vacc_outreach_deadline (province_code, deadline, set_by, set_by_name)
                        values (:p, :d, :by, :name)""")
                .param("p", provinceCode).param("d", Date.valueOf(deadline)).param("by", me.id())
                .param("name", me.fullName()).update();
        audit.record(before.isPresent() ? AuditTrail.Action.UPDATE : AuditTrail.Action.CREATE,
                "vaccination_outreach_deadline", provinceCode, null, "outreach lists deadline " + deadline,
                before.map(d -> Map.<String, Object>of("deadline", d.toString())).orElse(null),
                Map.of("deadline", deadline.toString()));
    }
}
