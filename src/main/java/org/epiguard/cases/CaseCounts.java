package org.epiguard.cases;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * Counts of confirmed cases (F0) for the situation module: per commune and business day, by
 * classification. A case counts on the business day of its {@code confirmed_at} in Asia/Ho_Chi_Minh
 * that ends at the cut-off hour: the day {@code d} with cut-off 16 holds the cases confirmed after
 * 16:00:00 of {@code d − 1} up to and including 16:00:00 of {@code d}. A death counts on the business
 * day of its {@code died_at}. Discarded and merely suspected cases are never counted. Figures are
 * aggregates without names; the caller decides who may see them.
 */
public interface CaseCounts {

    ZoneId BUSINESS_ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    /** The end of business day {@code day} (inclusive) for a cut-off hour (0–23). */
    static Instant cutoff(LocalDate day, int cutoffHour) {
        return day.atTime(cutoffHour, 0).atZone(BUSINESS_ZONE).toInstant();
    }

    /**
     * Counts per commune and business day for the days {@code first..last} (inclusive), only for
     * communes with at least one case or death; {@code provinceCode} null for the whole country.
     */
    List<CommuneDayCount> perCommuneDay(LocalDate first, LocalDate last, int cutoffHour, String provinceCode);

    /**
     * Cases confirmed from the first case up to the cut-off of {@code day} (inclusive) in a province,
     * district or commune (GSO code): what a report for that day counts however many cases came later.
     */
    Cumulative cumulative(String unitCode, LocalDate day, int cutoffHour);

    /** The cases and deaths of one commune on one business day. */
    record CommuneDayCount(LocalDate day, String provinceCode, String districtCode, String communeCode,
                           long confirmed, long community, long foundInQuarantine, long imported, long domestic,
                           long deaths) {
    }

    /** Cases confirmed since the start: in total, imported (from abroad) and domestic, and deaths. */
    record Cumulative(long total, long imported, long domestic, long deaths) {
    }
}
