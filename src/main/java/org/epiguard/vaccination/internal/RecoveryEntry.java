package org.epiguard.vaccination.internal;

import org.epiguard.access.AccessContext;
import org.epiguard.access.AuditTrail;
import org.epiguard.access.Location;
import org.epiguard.geo.GeoDirectory;
import org.epiguard.people.PersonHit;
import org.epiguard.vaccination.RecoveryRecords;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Recoveries from COVID-19, which the status counts by the dated rule: entered by whoever records
 * doses, for a person in their view scope (else 404) living in their capture scope (else 403), or
 * recorded by the cases module. Each change is audited in its transaction.
 */
@Service
class RecoveryEntry implements RecoveryRecords {

    /** The first case in Viet Nam was confirmed on 23/01/2020: no recovery before it. */
    static final LocalDate EARLIEST = LocalDate.of(2020, 1, 23);
    static final int MAX_NOTE_LENGTH = 200;

    private final AccessContext access;
    private final DoseEntry doses;
    private final GeoDirectory geo;
    private final JdbcClient jdbc;
    private final AuditTrail audit;

    RecoveryEntry(AccessContext access, DoseEntry doses, GeoDirectory geo, JdbcClient jdbc, AuditTrail audit) {
        this.access = access;
        this.doses = doses;
        this.geo = geo;
        this.jdbc = jdbc;
        this.audit = audit;
    }

    /** The recoveries of a person in the caller's view scope (404 outside it), latest first. */
    List<RecoveryRecord> of(long personId) {
        return recoveriesOf(doses.person(personId).id());
    }

    @Transactional
    RecoveryRecord record(RecoveryInput input) {
        DoseEntryAccess.require(access.currentUser());
        if (input.personId() == null) {
            throw new InvalidDose(List.of(FieldProblem.of("personId", "REQUIRED")));
        }
        PersonHit person = doses.person(input.personId());
        Location home = doses.locationOf(person);
        access.requireCapture(home);
        List<FieldProblem> problems = new ArrayList<>();
        Optional<LocalDate> date = checkDate(input.recoveredOn(), problems);
        String note = input.note() == null || input.note().isBlank() ? null : input.note().strip();
        if (note != null && note.length() > MAX_NOTE_LENGTH) {
            problems.add(FieldProblem.of("note", "NOTE_TOO_LONG", MAX_NOTE_LENGTH));
        }
        if (date.isPresent() && recoveriesOf(person.id()).stream().anyMatch(r -> r.recoveredOn().equals(date.get()))) {
            problems.add(FieldProblem.of("recoveredOn", "RECOVERY_TAKEN", DoseDates.show(date.get())));
        }
        if (!problems.isEmpty()) {
            throw new InvalidDose(problems);
        }
        long id = insert(person.id(), date.orElseThrow(), "MANUAL", note, home)
                .orElseThrow(() -> new InvalidDose(List.of(FieldProblem.of("recoveredOn", "RECOVERY_TAKEN",
                        DoseDates.show(date.get())))));
        audit.record(AuditTrail.Action.CREATE, "vacc_recovery", id, home,
                "recovery on " + DoseDates.show(date.get()) + " for person " + person.id(), null,
                fields(person.id(), date.get(), "MANUAL", note));
        return recoveriesOf(person.id()).stream().filter(r -> r.id() == id).findFirst().orElseThrow();
    }

    /** Removes a recovery entered by mistake: the person must be in the view scope (404) and capture scope (403). */
    @Transactional
    void delete(long recoveryId) {
        DoseEntryAccess.require(access.currentUser());
        RecoveryRecord recovery = jdbc.sql("select * from vacc_recovery where id = :id").param("id", recoveryId)
                .query(RecoveryEntry::map).optional()
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        PersonHit person = doses.person(recovery.personId());
        Location home = doses.locationOf(person);
        access.requireCapture(home);
        jdbc.sql("delete from vacc_recovery where id = :id").param("id", recoveryId).update();
        audit.record(AuditTrail.Action.DELETE, "vacc_recovery", recoveryId, home,
                "recovery on " + DoseDates.show(recovery.recoveredOn()) + " removed for person " + person.id(),
                fields(person.id(), recovery.recoveredOn(), recovery.source(), recovery.note()), null);
    }

    @Override
    @Transactional
    public void recordFromCase(long personId, LocalDate recoveredOn) {
        Location home = jdbc.sql("select commune_code from people_person where id = :p").param("p", personId)
                .query(String.class).optional().flatMap(geo::communeLocation)
                .orElseThrow(() -> new IllegalArgumentException("no person " + personId + " living in a commune"));
        insert(personId, recoveredOn, "CASE", null, home).ifPresent(id -> audit.record(AuditTrail.Action.CREATE,
                "vacc_recovery", id, home, "recovery on " + DoseDates.show(recoveredOn) + " from the case of person "
                        + personId, null, fields(personId, recoveredOn, "CASE", null)));
    }

    private Optional<Long> insert(long personId, LocalDate date, String source, String note, Location home) {
        return jdbc.sql("""
                        insert into vacc_recovery (person_id, recovered_on, source, note, province_code, district_code,
                                                   commune_code)
                        values (:person, :date, :source, :note, :p, :d, :c)
                        on conflict (person_id, recovered_on) do nothing
                        returning id""")
                .param("person", personId).param("date", Date.valueOf(date)).param("source", source)
                .param("note", note).param("p", home.provinceCode()).param("d", home.districtCode())
                .param("c", home.communeCode())
                .query(Long.class).optional();
    }

    private List<RecoveryRecord> recoveriesOf(long personId) {
        return jdbc.sql("select * from vacc_recovery where person_id = :p order by recovered_on desc")
                .param("p", personId).query(RecoveryEntry::map).list();
    }

    private static RecoveryRecord map(java.sql.ResultSet rs, int i) throws java.sql.SQLException {
        return new RecoveryRecord(rs.getLong("id"), rs.getLong("person_id"), rs.getDate("recovered_on").toLocalDate(),
                rs.getString("source"), rs.getString("note"));
    }

    private static Map<String, Object> fields(long personId, LocalDate date, String source, String note) {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("personId", personId);
        f.put("recoveredOn", date.toString());
        f.put("source", source);
        f.put("note", note);
        return f;
    }

    private static Optional<LocalDate> checkDate(String text, List<FieldProblem> problems) {
        if (text == null || text.isBlank()) {
            problems.add(FieldProblem.of("recoveredOn", "REQUIRED"));
            return Optional.empty();
        }
        Optional<LocalDate> date = DoseDates.parse(text);
        if (date.isEmpty()) {
            problems.add(FieldProblem.of("recoveredOn", "BAD_DATE", text));
        } else if (date.get().isAfter(DoseDates.today())) {
            problems.add(FieldProblem.of("recoveredOn", "RECOVERY_IN_FUTURE"));
            return Optional.empty();
        } else if (date.get().isBefore(EARLIEST)) {
            problems.add(FieldProblem.of("recoveredOn", "RECOVERY_TOO_EARLY", DoseDates.show(EARLIEST)));
            return Optional.empty();
        }
        return date;
    }
}
