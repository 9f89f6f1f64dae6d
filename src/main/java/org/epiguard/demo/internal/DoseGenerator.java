package org.epiguard.demo.internal;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The vaccination history of the demo province, commune after commune, reaching by 08/02/2022 the
 * coverage of Quảng Ninh's report of that day among the registered people: 18+ dose 1 99.5%, dose 2
 * 96%, dose 3 85%; 12–17 dose 1 99.6%, dose 2 96.9%. The number of doses of each age group is set by
 * quota (carried from commune to commune, so that the province hits the shares to the person and
 * every commune is close to them); who gets fewer doses is drawn with a lean towards the old with
 * underlying conditions (the contraindicated and the hesitant of the outreach lists), never health workers.
 * <p>
 * Timing as in Quảng Ninh: health workers first with AstraZeneca from 8 March 2021, frontline groups
 * (ports, coal, markets, fishermen, factories, teachers) from May, the mass campaign August–November
 * 2021 (Vero Cell, AstraZeneca, Pfizer, Moderna), 12–17 with Pfizer from November 2021, boosters from
 * December 2021 three months or more after the primary series.
 */
final class DoseGenerator {

    /** The day of the report whose figures the history reaches. */
    static final LocalDate TARGET_DATE = LocalDate.of(2022, 2, 8);
    private static final LocalDate FIRST_DAY = LocalDate.of(2021, 3, 8);
    private static final LocalDate BOOSTERS_FROM = LocalDate.of(2021, 12, 1);
    private static final LocalDate CHILDREN_FROM = LocalDate.of(2021, 11, 1);
    private static final LocalDate MASS_FROM = LocalDate.of(2021, 8, 1);
    private static final LocalDate MASS_TO = LocalDate.of(2021, 11, 30);
    private static final int BOOSTER_AFTER_DAYS = 90;

    private static final double[] ADULT_SHARES = {0.995, 0.96, 0.85};
    private static final double[] CHILD_SHARES = {0.996, 0.969, 0.0};

    private final Quota adults = new Quota(ADULT_SHARES);
    private final Quota children = new Quota(CHILD_SHARES);
    private final long seed;

    DoseGenerator(long seed) {
        this.seed = seed;
    }

    /** The doses of one commune's people (children under 12 get none: their campaign began in April 2022). */
    List<DemoDose> commune(String communeCode, List<DoseRecipient> people) {
        SplittableRandom random = new SplittableRandom(seed * 1_000_003L + Long.parseLong(communeCode));
        List<DemoDose> doses = new ArrayList<>();
        List<Ranked> adultsHere = new ArrayList<>();
        List<Ranked> childrenHere = new ArrayList<>();
        for (DoseRecipient p : people) {
            if (p.age() >= 18) {
                adultsHere.add(new Ranked(p, random.nextDouble() + lean(p)));
            } else if (p.age() >= 12) {
                childrenHere.add(new Ranked(p, random.nextDouble()));
            }
        }
        int[] adultDoses = adults.assign(adultsHere);
        for (int i = 0; i < adultsHere.size(); i++) {
            adultHistory(adultsHere.get(i).person(), adultDoses[i], random, doses);
        }
        int[] childDoses = children.assign(childrenHere);
        for (int i = 0; i < childrenHere.size(); i++) {
            childHistory(childrenHere.get(i).person(), childDoses[i], random, doses);
        }
        return doses;
    }

    /** Lower ranks get fewer doses: the old with conditions lean low, health workers are always fully vaccinated. */
    private static double lean(DoseRecipient p) {
        if (p.occupation().equals("HEALTH_WORKER")) {
            return 10;
        }
        if (p.age() >= 65) {
            return p.comorbid() ? -0.6 : -0.2;
        }
        return 0;
    }

    private void adultHistory(DoseRecipient p, int count, SplittableRandom random, List<DemoDose> out) {
        if (count == 0) {
            return;
        }
        boolean health = p.occupation().equals("HEALTH_WORKER");
        boolean frontline = !health && FRONTLINE.contains(p.occupation()) && random.nextInt(100) < 60;
        String first = health ? "ASTRAZENECA" : frontline ? (random.nextInt(100) < 80 ? "ASTRAZENECA" : "VERO_CELL")
                : pick(random, MASS_PRODUCTS, MASS_WEIGHTS);
        String second = first.equals("ASTRAZENECA") && random.nextInt(100) < 15 ? "PFIZER" : first;
        int interval = interval(first) + random.nextInt(15);
        LocalDate d1;
        if (count == 3) {
            LocalDate booster = health ? between(random, BOOSTERS_FROM, LocalDate.of(2021, 12, 31))
                    : early(random, BOOSTERS_FROM, TARGET_DATE);
            LocalDate d2 = booster.minusDays(BOOSTER_AFTER_DAYS + random.nextInt(health ? 1 : 60));
            d1 = health ? between(random, FIRST_DAY, LocalDate.of(2021, 4, 30)) : d2.minusDays(interval);
            if (health) {
                d2 = d1.plusDays(interval);
            }
            d1 = max(d1, FIRST_DAY);
            d2 = max(d2, d1.plusDays(interval(first)));
            booster = max(booster, d2.plusDays(BOOSTER_AFTER_DAYS));
            out.add(dose(p, 1, first, d1));
            out.add(dose(p, 2, second, d2));
            out.add(dose(p, 3, pick(random, BOOSTER_PRODUCTS, BOOSTER_WEIGHTS), min(booster, TARGET_DATE)));
            return;
        }
        LocalDate latestFirst = count == 2 ? MASS_TO : TARGET_DATE;
        d1 = health ? between(random, FIRST_DAY, LocalDate.of(2021, 4, 30))
                : frontline ? between(random, LocalDate.of(2021, 5, 1), LocalDate.of(2021, 7, 31))
                : count == 1 && random.nextBoolean() ? between(random, LocalDate.of(2021, 12, 15), latestFirst)
                : middle(random, MASS_FROM, MASS_TO);
        out.add(dose(p, 1, first, d1));
        if (count == 2) {
            out.add(dose(p, 2, second, min(d1.plusDays(interval), TARGET_DATE)));
        }
    }

    private void childHistory(DoseRecipient p, int count, SplittableRandom random, List<DemoDose> out) {
        if (count == 0) {
            return;
        }
        LocalDate d1 = count == 1 ? between(random, LocalDate.of(2021, 12, 20), TARGET_DATE)
                : early(random, CHILDREN_FROM, LocalDate.of(2021, 12, 20));
        out.add(dose(p, 1, "PFIZER", d1));
        if (count >= 2) {
            out.add(dose(p, 2, "PFIZER", min(d1.plusDays(21 + random.nextInt(15)), TARGET_DATE)));
        }
    }

    private static DemoDose dose(DoseRecipient p, int number, String product, LocalDate date) {
        return new DemoDose(p.personId(), number, product, date, lot(product, date));
    }

    /** Lots change by product and month, as deliveries did: "AZ2108", "PF2201". */
    private static String lot(String product, LocalDate date) {
        String prefix = switch (product) {
            case "ASTRAZENECA" -> "AZ";
            case "PFIZER" -> "PF";
            case "MODERNA" -> "MD";
            case "VERO_CELL" -> "VC";
            default -> "XX";
        };
        return prefix + "%02d%02d".formatted(date.getYear() % 100, date.getMonthValue());
    }

    private static int interval(String product) {
        return switch (product) {
            case "ASTRAZENECA" -> 56;
            case "MODERNA" -> 28;
            default -> 21;
        };
    }

    private static final java.util.Set<String> FRONTLINE = java.util.Set.of("PORT_WORKER", "COAL_WORKER",
            "MARKET_TRADER", "FISHERMAN", "FACTORY_WORKER", "TEACHER");
    private static final String[] MASS_PRODUCTS = {"VERO_CELL", "ASTRAZENECA", "PFIZER", "MODERNA"};
    private static final int[] MASS_WEIGHTS = {40, 30, 15, 15};
    private static final String[] BOOSTER_PRODUCTS = {"PFIZER", "MODERNA", "ASTRAZENECA"};
    private static final int[] BOOSTER_WEIGHTS = {55, 30, 15};

    private static String pick(SplittableRandom random, String[] values, int[] weights) {
        int r = random.nextInt(100);
        for (int i = 0; i < values.length; i++) {
            r -= weights[i];
            if (r < 0) {
                return values[i];
            }
        }
        return values[0];
    }

    private static LocalDate between(SplittableRandom random, LocalDate from, LocalDate to) {
        return from.plusDays(random.nextLong(ChronoUnit.DAYS.between(from, to) + 1));
    }

    /** Most days in the middle of the window (the campaign's peak). */
    private static LocalDate middle(SplittableRandom random, LocalDate from, LocalDate to) {
        long days = ChronoUnit.DAYS.between(from, to);
        return from.plusDays((random.nextLong(days + 1) + random.nextLong(days + 1)) / 2);
    }

    /** Most days early in the window (a campaign that starts strong and tails off). */
    private static LocalDate early(SplittableRandom random, LocalDate from, LocalDate to) {
        long days = ChronoUnit.DAYS.between(from, to);
        return from.plusDays(Math.min(random.nextLong(days + 1), random.nextLong(days + 1)));
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    private record Ranked(DoseRecipient person, double rank) {
    }

    /**
     * How many people of an age group get at least 1, 2, 3 doses: the shares of everyone seen so
     * far, less what earlier communes got, so the rounding never drifts.
     */
    private static final class Quota {
        private final double[] shares;
        private final long[] given = new long[3];
        private long seen;

        Quota(double[] shares) {
            this.shares = shares;
        }

        /** The number of doses of each person, in the list's order (the list is sorted by rank on the way). */
        int[] assign(List<Ranked> people) {
            people.sort(Comparator.comparingDouble(Ranked::rank));
            int m = people.size();
            seen += m;
            int[] atLeast = new int[3];
            int cap = m;
            for (int k = 0; k < 3; k++) {
                long due = Math.round(seen * shares[k]) - given[k];
                atLeast[k] = (int) Math.max(0, Math.min(cap, due));
                cap = atLeast[k];
                given[k] += atLeast[k];
            }
            int[] doses = new int[m];
            for (int i = 0; i < m; i++) {
                int fromTop = m - i;
                doses[i] = fromTop <= atLeast[2] ? 3 : fromTop <= atLeast[1] ? 2 : fromTop <= atLeast[0] ? 1 : 0;
            }
            return doses;
        }
    }
}
