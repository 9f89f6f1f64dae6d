package org.epiguard.demo.internal;

import java.util.SplittableRandom;

/**
 * The age bands of geo_population, with the share of each in Vietnam's population: approximate
 * figures from the 2019 Population and Housing Census (0–14: 24.3 %, 15–64: 68.0 %, 65+: 7.7 %;
 * single-year groups split into the bands below).
 */
enum AgeBand {
    AGE_0_4(0, 4, 0.080),
    AGE_5_11(5, 11, 0.115),
    AGE_12_17(12, 17, 0.086),
    AGE_18_49(18, 49, 0.475),
    AGE_50_64(50, 64, 0.167),
    AGE_65_PLUS(65, 100, 0.077);

    private final int from;
    private final int to;
    private final double share;

    AgeBand(int from, int to, double share) {
        this.from = from;
        this.to = to;
        this.share = share;
    }

    double share() {
        return share;
    }

    int from() {
        return from;
    }

    int to() {
        return to;
    }

    static AgeBand of(int age) {
        for (AgeBand b : values()) {
            if (age <= b.to) {
                return b;
            }
        }
        return AGE_65_PLUS;
    }

    /** An age in this band: even within the younger bands, thinning out with age from 65 on. */
    int drawAge(SplittableRandom random) {
        if (this == AGE_65_PLUS) {
            return from + (int) Math.floor((to - from + 1) * (1 - Math.sqrt(random.nextDouble())));
        }
        return random.nextInt(from, to + 1);
    }

    /** The shares for a kind of commune: rural communes have a little more children, wards fewer. */
    static double[] sharesFor(Commune commune) {
        double children = commune.isWard() ? 0.95 : commune.isTown() ? 1.0 : 1.06;
        double[] shares = new double[values().length];
        for (AgeBand b : values()) {
            shares[b.ordinal()] = b.share * (b.to < 18 ? children : 1.0);
        }
        return shares;
    }
}
