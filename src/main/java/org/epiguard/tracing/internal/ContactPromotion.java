package org.epiguard.tracing.internal;

import org.epiguard.access.AuditTrail;
import org.epiguard.access.Location;
import org.epiguard.cases.CaseConfirmed;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * When a person becomes a case, the F2 listed under them (as an F1) are promoted to F1 of the new case.
 * The rows stay where they were (source_person_id -> person_id), so the chain of who infected whom is
 * kept; promoted_at tells when. Runs in the transaction that confirms the case, audited row by row.
 */
@Component
class ContactPromotion {

    record Promoted(long id, long personId, String provinceCode, String districtCode, String communeCode, Long unitId) {
    }

    private final JdbcClient jdbc;
    private final AuditTrail audit;

    ContactPromotion(JdbcClient jdbc, AuditTrail audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    @EventListener
    @Transactional
    void on(CaseConfirmed confirmed) {
        promote(confirmed.caseId(), confirmed.personId(),
                confirmed.confirmedAt() == null ? Instant.now() : confirmed.confirmedAt());
    }

    /** Promotes the person's F2 to F1 of the case (one already listed under the case stays F2); returns them. */
    List<Promoted> promote(long caseId, long personId, Instant at) {
        List<Promoted> promoted = jdbc.sql("""
                        update tracing_contact t
                           set level = 1, case_id = :case, promoted_at = :at, updated_at = now()
                         where t.level = 2 and t.source_person_id = :person
                           and not exists (select 1 from tracing_contact d
                                            where d.level = 1 and d.case_id = :case and d.person_id = t.person_id)
                        returning t.id, t.person_id, t.province_code, t.district_code, t.commune_code, t.unit_id""")
                .param("case", caseId).param("person", personId).param("at", Timestamp.from(at))
                .query(Promoted.class).list();
        for (Promoted p : promoted) {
            Map<String, Object> after = new LinkedHashMap<>();
            after.put("level", 1);
            after.put("caseId", caseId);
            after.put("promotedAt", at.toString());
            audit.record(AuditTrail.Action.UPDATE, "tracing_contact", p.id(),
                    new Location(p.provinceCode(), p.districtCode(), p.communeCode(), p.unitId()),
                    "F2 promoted to F1: their F1 became case " + caseId, Map.of("level", 2), after);
        }
        return promoted;
    }
}
