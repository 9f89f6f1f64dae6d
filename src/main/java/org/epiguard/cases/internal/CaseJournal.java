package org.epiguard.cases.internal;

import org.epiguard.access.AuditTrail;
import org.epiguard.access.Location;
import org.epiguard.cases.CaseConfirmed;
import org.epiguard.cases.CaseCountChanged;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.Map;

/**
 * What every change of a case leaves behind in its transaction: the audit record and, on confirmation,
 * {@link CaseConfirmed}; on a death or a new classification of a confirmed case, {@link CaseCountChanged}.
 */
@Component
class CaseJournal {

    private final AuditTrail audit;
    private final ApplicationEventPublisher events;

    CaseJournal(AuditTrail audit, ApplicationEventPublisher events) {
        this.audit = audit;
        this.events = events;
    }

    void created(long caseId, Location where, String summary, Map<String, ?> after) {
        audit.record(AuditTrail.Action.CREATE, "cases_case", caseId, where, summary, null, after);
    }

    void updated(long caseId, Location where, String summary, Map<String, ?> before, Map<String, ?> after) {
        audit.record(AuditTrail.Action.UPDATE, "cases_case", caseId, where, summary, before, after);
    }

    void zone(AuditTrail.Action action, long zoneId, Location where, String summary, Map<String, ?> before,
              Map<String, ?> after) {
        audit.record(action, "cases_zone", zoneId, where, summary, before, after);
    }

    void countChanged(long caseId, Instant confirmedAt, Instant diedAt, Location where) {
        events.publishEvent(new CaseCountChanged(caseId, confirmedAt, diedAt, where.provinceCode(), where.districtCode(),
                where.communeCode()));
    }

    void confirmed(long caseId, long personId, Instant at, Location where) {
        events.publishEvent(new CaseConfirmed(caseId, personId, at, where.provinceCode(), where.districtCode(),
                where.communeCode()));
    }
}
