package org.epiguard.testing.internal;

import org.epiguard.access.Location;
import org.epiguard.people.Occupation;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A screening campaign: its target (kind, occupation, area, unit), its cadence and period, and where
 * it belongs (its area, and its unit for a school or an enterprise).
 */
record Campaign(long id, String name, CampaignKind kind, Occupation occupation, String areaCode, String areaName,
                Long unitId, String unitName, CampaignKind.Cadence cadence, LocalDate startDate, LocalDate endDate,
                Location location) {

    public boolean daily() {
        return cadence == CampaignKind.Cadence.DAILY;
    }

    boolean covers(LocalDate day) {
        return !day.isBefore(startDate) && !day.isAfter(endDate);
    }

    /** The time window the counts look at: the whole period, or for a daily campaign the one day. */
    Instant from(LocalDate day) {
        return (daily() ? day : startDate).atStartOfDay(Fields.ZONE).toInstant();
    }

    Instant to(LocalDate day) {
        return (daily() ? day : endDate).plusDays(1).atStartOfDay(Fields.ZONE).toInstant();
    }

    public String periodText() {
        return Fields.show(startDate) + " – " + Fields.show(endDate);
    }
}
