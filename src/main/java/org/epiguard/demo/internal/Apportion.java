package org.epiguard.demo.internal;

/** Splits a whole number by weights so that the parts sum exactly to it (largest remainder). */
final class Apportion {

    private Apportion() {
    }

    static int[] split(long total, double[] weights) {
        double sum = 0;
        for (double w : weights) {
            if (w < 0) {
                throw new IllegalArgumentException("negative weight");
            }
            sum += w;
        }
        int[] parts = new int[weights.length];
        if (total == 0 || weights.length == 0) {
            return parts;
        }
        if (sum == 0) {
            throw new IllegalArgumentException("all weights are zero");
        }
        double[] remainders = new double[weights.length];
        long given = 0;
        for (int i = 0; i < weights.length; i++) {
            double exact = total * weights[i] / sum;
            parts[i] = (int) Math.floor(exact);
            remainders[i] = exact - parts[i];
            given += parts[i];
        }
        // hand out what is left to the largest remainders; ties go to the earlier index
        for (long left = total - given; left > 0; left--) {
            int best = 0;
            for (int i = 1; i < remainders.length; i++) {
                if (remainders[i] > remainders[best]) {
                    best = i;
                }
            }
            parts[best]++;
            remainders[best] = -1;
        }
        return parts;
    }
}
