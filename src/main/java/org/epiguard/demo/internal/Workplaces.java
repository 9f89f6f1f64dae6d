package org.epiguard.demo.internal;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The demo places by purpose, in each commune and each district, to pick where someone works or
 * studies. Bigger places (by capacity) are picked more often.
 */
final class Workplaces {

    private final Map<PlacePurpose, Map<String, List<DemoPlace>>> byCommune = new EnumMap<>(PlacePurpose.class);
    private final Map<PlacePurpose, Map<String, List<DemoPlace>>> byDistrict = new EnumMap<>(PlacePurpose.class);

    Workplaces(List<DemoPlace> places) {
        for (DemoPlace p : places) {
            byCommune.computeIfAbsent(p.purpose(), k -> new HashMap<>())
                    .computeIfAbsent(p.communeCode(), k -> new ArrayList<>()).add(p);
            byDistrict.computeIfAbsent(p.purpose(), k -> new HashMap<>())
                    .computeIfAbsent(p.districtCode(), k -> new ArrayList<>()).add(p);
        }
    }

    /** A place of one of these purposes in the commune, or -1. */
    int inCommune(String commune, SplittableRandom random, PlacePurpose... purposes) {
        return pick(byCommune, commune, random, purposes);
    }

    /** A place of one of these purposes in the district, or -1. */
    int inDistrict(String district, SplittableRandom random, PlacePurpose... purposes) {
        return pick(byDistrict, district, random, purposes);
    }

    /** In the commune if it has one, else in the district, else -1. */
    int nearest(Commune c, SplittableRandom random, PlacePurpose... purposes) {
        int key = inCommune(c.code(), random, purposes);
        return key >= 0 ? key : inDistrict(c.districtCode(), random, purposes);
    }

    private static int pick(Map<PlacePurpose, Map<String, List<DemoPlace>>> index, String area,
                            SplittableRandom random, PlacePurpose... purposes) {
        List<DemoPlace> candidates = new ArrayList<>();
        for (PlacePurpose purpose : purposes) {
            candidates.addAll(index.getOrDefault(purpose, Map.of()).getOrDefault(area, List.of()));
        }
        if (candidates.isEmpty()) {
            return -1;
        }
        long total = candidates.stream().mapToLong(Workplaces::weight).sum();
        long r = random.nextLong(total);
        for (DemoPlace p : candidates) {
            r -= weight(p);
            if (r < 0) {
                return p.key();
            }
        }
        return candidates.getLast().key();
    }

    private static long weight(DemoPlace p) {
        return p.capacity() == null ? 100 : Math.max(1, p.capacity());
    }
}
