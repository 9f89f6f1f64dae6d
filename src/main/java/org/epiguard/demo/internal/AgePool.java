package org.epiguard.demo.internal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

/** Residents not yet placed in a household, by sex and age, handing out the one nearest a wanted age. */
final class AgePool {

    static final int MAX_AGE = 100;

    @SuppressWarnings("unchecked")
    private final ArrayDeque<Resident>[][] buckets = new ArrayDeque[2][MAX_AGE + 1];
    private int size;

    AgePool() {
        for (int s = 0; s < 2; s++) {
            for (int a = 0; a <= MAX_AGE; a++) {
                buckets[s][a] = new ArrayDeque<>();
            }
        }
    }

    void add(Resident r) {
        buckets[index(r.sex)][Math.min(r.age, MAX_AGE)].add(r);
        size++;
    }

    int size() {
        return size;
    }

    /** The resident of this sex ('M', 'F', or '?' for either) nearest the target age within [min, max], or null. */
    Resident take(char sex, int target, int min, int max) {
        min = Math.max(min, 0);
        max = Math.min(max, MAX_AGE);
        if (min > max) {
            return null;
        }
        target = Math.clamp(target, min, max);
        for (int d = 0; target - d >= min || target + d <= max; d++) {
            Resident r = takeAt(sex, target - d, min, max);
            if (r == null && d > 0) {
                r = takeAt(sex, target + d, min, max);
            }
            if (r != null) {
                return r;
            }
        }
        return null;
    }

    /** Everyone left, youngest first, emptying the pool. */
    List<Resident> drain() {
        List<Resident> all = new ArrayList<>(size);
        for (int a = 0; a <= MAX_AGE; a++) {
            for (int s = 0; s < 2; s++) {
                all.addAll(buckets[s][a]);
                buckets[s][a].clear();
            }
        }
        size = 0;
        return all;
    }

    private Resident takeAt(char sex, int age, int min, int max) {
        if (age < min || age > max) {
            return null;
        }
        for (int s = 0; s < 2; s++) {
            if (sex == '?' || index(sex) == s) {
                Resident r = buckets[s][age].poll();
                if (r != null) {
                    size--;
                    return r;
                }
            }
        }
        return null;
    }

    private static int index(char sex) {
        return sex == 'M' ? 0 : 1;
    }
}
