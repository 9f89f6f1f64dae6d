package org.epiguard.situation.internal;

import org.epiguard.vaccination.AgeGroup;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The daily situation report of a province (or a district or commune) for a date: new cases in the
 * 24 hours up to the cut-off hour — in total, detected in the community, already in quarantine — with
 * a line per part (district, or commune) sorted by count; cases since the first one (imported,
 * domestic); vaccination coverage by age group and dose over the population; and the report's sentence.
 */
record DailyReport(String unitCode, String unitName, String unitLevel, LocalDate date, int cutoffHour, Instant from,
                   Instant to, long newCases, long newCommunity, long newInQuarantine, long newDeaths, List<Line> lines,
                   long cumulativeTotal, long cumulativeImported, long cumulativeDomestic, long cumulativeDeaths,
                   List<Coverage> coverage, String sentence) {

    DailyReport withSentence(String text) {
        return new DailyReport(unitCode, unitName, unitLevel, date, cutoffHour, from, to, newCases, newCommunity,
                newInQuarantine, newDeaths, lines, cumulativeTotal, cumulativeImported, cumulativeDomestic,
                cumulativeDeaths, coverage, text);
    }

    /** A part's new cases in the 24 hours. */
    record Line(String code, String name, long total, long community, long inQuarantine) {
    }

    /** Coverage of an age group: population and percent with at least 1, 2, 3 doses (null without a population). */
    record Coverage(AgeGroup group, String label, Long population, long atLeast1, long atLeast2, long atLeast3,
                    Double dose1Percent, Double dose2Percent, Double dose3Percent) {
    }
}
