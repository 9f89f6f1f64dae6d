package org.epiguard.tracing;

import org.epiguard.access.Scope;

import java.time.Instant;
import java.util.List;

/** The F1 listed under a case, for the isolation module to quarantine them. */
public interface CaseContacts {

    /** One F1 of a case: the contact row, the person and when they were last exposed. */
    record F1(long contactId, long personId, Instant lastExposureAt) {
    }

    /** The case's F1 whose address (or workplace) lies in the scope, by last exposure. */
    List<F1> f1Of(Scope scope, long caseId);
}
