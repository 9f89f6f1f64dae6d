package org.epiguard.support;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/** Wall-clock timings of the benchmarks: runs of a piece of work, their median and how they are printed. */
public final class Timings {

    private Timings() {
    }

    /** Runs the work {@code runs} times; the milliseconds of each run. */
    public static List<Double> times(int runs, Supplier<?> work) {
        List<Double> ms = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            long t = System.nanoTime();
            work.get();
            ms.add((System.nanoTime() - t) / 1e6);
        }
        return ms;
    }

    public static double median(List<Double> ms) {
        double[] s = ms.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return s[s.length / 2];
    }

    /** "median 35 ms (min 27, max 68; 10 runs)". */
    public static String show(List<Double> ms) {
        double[] s = ms.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return String.format(Locale.ROOT, "median %,.0f ms (min %,.0f, max %,.0f; %d runs)", median(ms), s[0],
                s[s.length - 1], s.length);
    }
}
