package org.epiguard.cases.internal;

import org.epiguard.access.Location;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A containment zone (cases_zone) with the names of its place and the cases that caused it. */
record ZoneRow(long id, ZoneKind kind, ZoneStatus status, Long householdId, Long unitId, String unitName, Long villageId,
               String villageName, String description, LocalDate startsOn, LocalDate plannedEnd, Long proposingTestId,
               Instant proposedAt, Instant activatedAt, Instant liftedAt, Location location, List<Long> caseIds) {
}
