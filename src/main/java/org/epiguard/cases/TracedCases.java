package org.epiguard.cases;

import org.epiguard.access.Scope;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Cases read by tracing (F1 candidates from check-ins): one case, or the cases confirmed in a period. */
public interface TracedCases {

    /** A case inside the scope (a case outside it does not exist). */
    Optional<TracedCase> find(long caseId, Scope viewScope);

    /** The cases inside the scope confirmed in [from, to), not discarded, newest first, at most {@code limit}. */
    List<TracedCase> confirmedBetween(Scope viewScope, Instant from, Instant to, int limit);
}
