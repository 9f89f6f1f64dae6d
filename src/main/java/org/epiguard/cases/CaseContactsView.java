package org.epiguard.cases;

import org.epiguard.access.Location;
import org.epiguard.access.Scope;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The cases as contact tracing reads them: a case's person, status, confirmation time and place,
 * for listing contacts, promoting them, forming clusters and drawing chains. Reads with a scope
 * filter by it in SQL; the others answer ids and places only, for the tracing module's own work.
 */
public interface CaseContactsView {

    /** Statuses of a case that counts as confirmed (F0). */
    Set<String> CONFIRMED = Set.of("CONFIRMED", "ISOLATED", "RECOVERED", "DIED");

    record TracedCase(long id, long personId, String status, Instant confirmedAt, Boolean sourceKnown,
                      String provinceCode, String districtCode, String communeCode, Long reportingUnitId) {

        public Location location() {
            return new Location(provinceCode, districtCode, communeCode, reportingUnitId);
        }

        public boolean confirmed() {
            return CONFIRMED.contains(status);
        }
    }

    /** A case (not discarded) inside the view scope. */
    Optional<TracedCase> find(Scope viewScope, long caseId);

    /** The person's latest case that is not discarded, whatever the scope. */
    Optional<TracedCase> latestOfPerson(long personId);

    /** The cases (not discarded) of these people, whatever the scope. */
    List<TracedCase> ofPeople(Collection<Long> personIds);

    /** These cases, whatever the scope. */
    List<TracedCase> byIds(Collection<Long> caseIds);

    /** Every case confirmed at or after the instant, oldest first. */
    List<TracedCase> confirmedSince(Instant since);

    /** Confirmed cases whose investigation found no source (source_known = false) inside the view scope. */
    List<TracedCase> unknownSource(Scope viewScope);
}
