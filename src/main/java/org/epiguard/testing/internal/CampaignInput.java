package org.epiguard.testing.internal;

import java.util.List;

/**
 * A campaign as a command centre (or a school or enterprise for itself) enters it: name, kind,
 * occupation (OCCUPATION only), area (GSO code of a province, district or commune; a commune for
 * COMMUNE), unit (SCHOOL, ENTERPRISE; an event's venue), cadence (empty: DAILY for an enterprise,
 * else ONCE), the period as dd/MM/yyyy, and for an event the ids of its attendees.
 */
record CampaignInput(String name, String kind, String occupation, String areaCode, Long unitId, String cadence,
                     String startDate, String endDate, List<Long> attendeeIds) {
}
