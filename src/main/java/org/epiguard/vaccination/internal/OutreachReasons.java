package org.epiguard.vaccination.internal;

import org.epiguard.access.AccessContext;
import org.epiguard.access.AuditTrail;
import org.epiguard.access.CurrentUser;
import org.epiguard.access.Location;
import org.epiguard.access.ScopeLevel;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Records why a person is not fully vaccinated. Only users of the person's own commune (capture scope
 * of that commune) record; a person outside the view scope answers 404, another commune's user 403.
 * Each recording appends a row (the history) and an audit record with the reason before and after.
 */
@Service
class OutreachReasons {

    static final int MAX_NOTE = 500;

    private final JdbcClient jdbc;
    private final AccessContext access;
    private final AuditTrail audit;

    OutreachReasons(JdbcClient jdbc, AccessContext access, AuditTrail audit) {
        this.jdbc = jdbc;
        this.access = access;
        this.audit = audit;
    }

    /** The latest reason of a person and its note, if any. */
    record Recorded(OutreachReason reason, String note) {
    }

    @Transactional
    Recorded record(long personId, String reasonText, String noteText) {
        CurrentUser me = access.currentUser();
        if (!OutreachPlaces.LIST_ROLES.contains(me.role())) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
        Location where = personLocation(me, personId)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        if (me.captureScope().level() != ScopeLevel.COMMUNE || !me.canCapture(where)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, "only the person's commune records the reason");
        }
        OutreachReason reason = OutreachReason.parse(reasonText == null ? null : reasonText.strip())
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.BAD_REQUEST, "reason: unknown reason " + reasonText));
        String note = noteText == null || noteText.isBlank() ? null : noteText.strip();
        if (note != null && note.length() > MAX_NOTE) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "note: at most " + MAX_NOTE + " characters");
        }
        Optional<Recorded> before = latest(personId);
        jdbc.sql("""
                        insert into vacc_outreach_reason (person_id, reason, note, province_code, district_code, commune_code,
                                                          recorded_by, recorded_by_name)
                        values (:p, :reason, :note, :pc, :dc, :cc, :by, :byName)""")
                .param("p", personId).param("reason", reason.name()).param("note", note)
                .param("pc", where.provinceCode()).param("dc", where.districtCode()).param("cc", where.communeCode())
                .param("by", me.id()).param("byName", me.fullName())
                .update();
        audit.record(before.isPresent() ? AuditTrail.Action.UPDATE : AuditTrail.Action.CREATE, "vaccination_outreach_reason",
                personId, where, "outreach reason " + reason.name(), before.map(OutreachReasons::fields).orElse(null),
                fields(new Recorded(reason, note)));
        return new Recorded(reason, note);
    }

    Optional<Recorded> latest(long personId) {
        return jdbc.sql("""
                        select reason, note from vacc_outreach_reason where person_id = :p
                         order by recorded_at desc, id desc limit 1""")
                .param("p", personId)
                .query((rs, i) -> new Recorded(OutreachReason.valueOf(rs.getString(1)), rs.getString(2))).optional();
    }

    private Optional<Location> personLocation(CurrentUser me, long personId) {
        return jdbc.sql("select province_code, district_code, commune_code from people_person p where p.id = :id"
                        + " and p.merged_into is null and " + me.viewScope().sql("p", "workplace_id"))
                .param("id", personId).param("scopeKey", me.viewScope().key())
                .query((rs, i) -> Location.commune(rs.getString(1), rs.getString(2), rs.getString(3))).optional();
    }

    private static Map<String, Object> fields(Recorded r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("reason", r.reason().name());
        m.put("note", r.note());
        return m;
    }
}
