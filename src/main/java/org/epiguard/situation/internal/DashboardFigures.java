package org.epiguard.situation.internal;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The command-centre dashboard of a province, district or commune for a date: the epidemic curve and
 * tests of the days {@code from..date}, the cumulative cases up to the date, the current figures (places,
 * beds, kits, vaccination, outreach, open clusters), one line per part (districts of a province, communes
 * of a district), the communes whose outreach list is incomplete, and the list each figure links to.
 * Cases count on their business day (the cut-off hour of the daily report), tests on the calendar day of
 * their result.
 */
record DashboardFigures(String unitCode, String unitName, String level, String parentCode, String provinceCode,
                        LocalDate date, LocalDate from, int cutoffHour, List<Day> days, Day today, Day window,
                        Day cumulative, Current current, long activeClusters, List<Part> parts,
                        long incompleteCommunes, List<OutreachCommune> incompleteOutreach, Freshness refreshed,
                        Links links) {

    /** One day (or a sum of days) of a unit. */
    record Day(LocalDate day, long confirmed, long community, long inQuarantine, long imported, long domestic,
               long deaths, long tests, long positive, long negative) {

        static Day none(LocalDate day) {
            return new Day(day, 0, 0, 0, 0, 0, 0, 0, 0, 0);
        }

        Day plus(Day o) {
            return new Day(day, confirmed + o.confirmed, community + o.community, inQuarantine + o.inQuarantine,
                    imported + o.imported, domestic + o.domestic, deaths + o.deaths, tests + o.tests,
                    positive + o.positive, negative + o.negative);
        }

        /** Positive over positive and negative, in percent with two decimals; null without a valid result. */
        @JsonProperty
        public Double positivity() {
            return DashboardFigures.percent(positive, positive + negative);
        }
    }

    /**
     * Current figures: quarantine places and people placed, treatment beds and occupied beds of tier 1/2/3,
     * kits, populations (census, null when unknown) and people of the registry with at least k doses,
     * the outreach lists (people listed, of them without a reason; communes incomplete and declared).
     */
    record Current(Long population, long quarantinePlaces, long quarantineUsed, List<Long> beds, List<Long> bedsUsed,
                   long kitStock, Long pop12to17, Long pop18, long v12dose1, long v12dose2, long v18dose1,
                   long v18dose2, long v18dose3, long outreachListed, long outreachNoReason, long communesIncomplete,
                   long communesDeclared) {

        static final Current NONE = new Current(null, 0, 0, List.of(0L, 0L, 0L), List.of(0L, 0L, 0L), 0, null, null,
                0, 0, 0, 0, 0, 0, 0, 0, 0);

        @JsonProperty

        public long quarantineFree() {
            return Math.max(0, quarantinePlaces - quarantineUsed);
        }

        @JsonProperty

        public List<Long> bedsFree() {
            return List.of(Math.max(0, beds.get(0) - bedsUsed.get(0)), Math.max(0, beds.get(1) - bedsUsed.get(1)),
                    Math.max(0, beds.get(2) - bedsUsed.get(2)));
        }

        /** Kits in percent of the population (the directive: kits equal to the population). */
        @JsonProperty
        public Double kitCoverage() {
            return population == null ? null : DashboardFigures.percent(kitStock, population);
        }

        @JsonProperty

        public Double adultDose1() {
            return pop18 == null ? null : DashboardFigures.percent(v18dose1, pop18);
        }

        @JsonProperty

        public Double adultDose2() {
            return pop18 == null ? null : DashboardFigures.percent(v18dose2, pop18);
        }

        @JsonProperty

        public Double adultDose3() {
            return pop18 == null ? null : DashboardFigures.percent(v18dose3, pop18);
        }

        @JsonProperty

        public Double teenDose1() {
            return pop12to17 == null ? null : DashboardFigures.percent(v12dose1, pop12to17);
        }

        @JsonProperty

        public Double teenDose2() {
            return pop12to17 == null ? null : DashboardFigures.percent(v12dose2, pop12to17);
        }

        Current plus(Current o) {
            return new Current(sum(population, o.population), quarantinePlaces + o.quarantinePlaces,
                    quarantineUsed + o.quarantineUsed, add(beds, o.beds), add(bedsUsed, o.bedsUsed), kitStock + o.kitStock,
                    sum(pop12to17, o.pop12to17), sum(pop18, o.pop18), v12dose1 + o.v12dose1, v12dose2 + o.v12dose2,
                    v18dose1 + o.v18dose1, v18dose2 + o.v18dose2, v18dose3 + o.v18dose3,
                    outreachListed + o.outreachListed, outreachNoReason + o.outreachNoReason,
                    communesIncomplete + o.communesIncomplete, communesDeclared + o.communesDeclared);
        }

        private static Long sum(Long a, Long b) {
            if (a == null || b == null) {
                return a == null ? b : a;
            }
            return Long.valueOf(a + b);
        }

        private static List<Long> add(List<Long> a, List<Long> b) {
            return List.of(a.get(0) + b.get(0), a.get(1) + b.get(1), a.get(2) + b.get(2));
        }
    }

    /** A district of a province or a commune of a district, with its figures and links. */
    record Part(String code, String name, long casesToday, long casesWindow, long testsWindow, Double positivityWindow,
                long activeClusters, Current current, String dashboard, Links links) {
    }

    /** A commune whose outreach list has people without a recorded reason. */
    record OutreachCommune(String code, String name, String districtCode, long listed, long withoutReason,
                           boolean declaredComplete) {

        OutreachCommune named(String name) {
            return new OutreachCommune(code, name, districtCode, listed, withoutReason, declaredComplete);
        }
    }

    /** When the figures were last rebuilt from all records, and the places and vaccination last refreshed. */
    record Freshness(Instant rebuiltAt, Instant placesAt, Instant vaccinationAt) {
    }

    /** The list page each figure links to, filtered to the unit. */
    record Links(String cases, String tests, String clusters, String places, String beds, String kits,
                 String coverage, String outreach, String report) {
    }

    static Double percent(long part, long whole) {
        return whole == 0 ? null : Math.round(part * 10000.0 / whole) / 100.0;
    }
}
