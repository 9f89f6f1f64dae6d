package org.epiguard.people.internal;

import org.epiguard.access.AccessContext;
import org.epiguard.access.AuditTrail;
import org.epiguard.access.CurrentUser;
import org.epiguard.people.PersonsMerged;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

import java.util.Map;

/**
 * Merges a duplicate into the person that survives: the survivor keeps its own details and takes
 * from the duplicate what it lacks; the household and every record of other modules (through
 * {@link PersonsMerged}, in this transaction) move to the survivor; the duplicate stays, marked as
 * merged, so that its old id leads to the survivor. Audited with both persons before and after.
 */
@Service
class PersonMerger {

    private final PersonRepository people;
    private final JdbcClient jdbc;
    private final AccessContext access;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;

    PersonMerger(PersonRepository people, JdbcClient jdbc, AccessContext access, AuditTrail audit,
                 ApplicationEventPublisher events) {
        this.people = people;
        this.jdbc = jdbc;
        this.access = access;
        this.audit = audit;
        this.events = events;
    }

    @Transactional
    Person merge(long survivorId, long duplicateId) {
        CurrentUser user = access.currentUser();
        if (survivorId == duplicateId) {
            throw new InvalidPerson(FieldProblem.of("duplicateId", "people.error.merge.self"));
        }
        Person survivor = lockLive(survivorId, user);
        Person duplicate = lockLive(duplicateId, user);
        access.requireCapture(survivor.location());
        access.requireCapture(duplicate.location());

        jdbc.sql("update people_person set merged_into = :s, updated_at = now() where id = :d or merged_into = :d")
                .param("s", survivorId).param("d", duplicateId).update();
        jdbc.sql("""
                        update people_person s set
                            citizen_id = coalesce(s.citizen_id, d.citizen_id),
                            no_id = s.no_id and d.citizen_id is null,
                            passport_no = coalesce(s.passport_no, d.passport_no),
                            birth_date = coalesce(s.birth_date, case when d.birth_year = s.birth_year then d.birth_date end),
                            sex = coalesce(s.sex, d.sex),
                            phone = coalesce(s.phone, d.phone),
                            village_id = case when s.village_id is null and d.commune_code = s.commune_code
                                              then d.village_id else s.village_id end,
                            address_text = coalesce(s.address_text, d.address_text),
                            household_id = coalesce(s.household_id, d.household_id),
                            occupation = case when s.occupation = 'OTHER' then d.occupation else s.occupation end,
                            workplace_id = coalesce(s.workplace_id, d.workplace_id),
                            comorbidities = array(select distinct c from unnest(s.comorbidities || d.comorbidities) c order by c),
                            pregnant = s.pregnant or (d.pregnant and coalesce(s.sex, d.sex) = 'F'),
                            updated_at = now()
                        from people_person d
                        where s.id = :s and d.id = :d""")
                .param("s", survivorId).param("d", duplicateId).update();
        events.publishEvent(new PersonsMerged(survivorId, duplicateId));

        Person survivorAfter = people.find(survivorId, user.captureScope())
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.FORBIDDEN));
        Person duplicateAfter = people.find(duplicateId, user.viewScope()).orElseThrow();
        audit.record(AuditTrail.Action.MERGE, "person", survivorId, survivorAfter.location(),
                "person " + duplicateId + " merged into " + survivorId,
                Map.of("survivor", survivor.auditMap(), "duplicate", duplicate.auditMap()),
                Map.of("survivor", survivorAfter.auditMap(), "duplicate", duplicateAfter.auditMap()));
        return survivorAfter;
    }

    private Person lockLive(long id, CurrentUser user) {
        return people.lock(id, user.viewScope()).filter(p -> p.mergedInto() == null)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
