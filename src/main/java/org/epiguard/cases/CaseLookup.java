package org.epiguard.cases;

import java.util.Optional;

/**
 * Reading cases from other modules (tracing, isolation, situation). Answers without a user's scope:
 * the caller has its own reason to know the case (an event, a record of its own) and keeps its own
 * scope rules for what it shows.
 */
public interface CaseLookup {

    Optional<CaseSummary> find(long caseId);

    /** The person's open case (suspected, confirmed or in isolation), if any. */
    Optional<CaseSummary> openCaseOf(long personId);
}
