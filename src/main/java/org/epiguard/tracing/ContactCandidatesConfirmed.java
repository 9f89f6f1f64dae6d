package org.epiguard.tracing;

import org.epiguard.access.Location;

import java.time.Instant;
import java.util.List;

/**
 * A commune confirmed F1 candidates found from venue check-ins as contacts of a case: published in
 * the transaction that records the confirmation, once per person and case, for the contacts part of
 * tracing to list them as F1 (exposure type venue). {@code caseLocation} is where the case is counted;
 * each contact names the venue and time of its closest shared visit and its last exposure.
 */
public record ContactCandidatesConfirmed(long caseId, long casePersonId, Location caseLocation,
                                         List<VenueContact> contacts, long confirmedByUserId,
                                         String confirmedByUsername, Instant confirmedAt) {

    /** One confirmed person: the venue of the closest shared visit, the last time they were there with the case. */
    public record VenueContact(long personId, long venueId, Instant lastExposureAt, int sharedVisits) {
    }
}
