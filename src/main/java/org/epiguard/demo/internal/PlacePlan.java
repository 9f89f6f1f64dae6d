package org.epiguard.demo.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The organisation units of the demo province: the {@link NamedPlaces}, plus in every commune a
 * health station, a primary and a lower-secondary school and (in wards, towns and some rural
 * communes) a market, and a district health centre in each district seat.
 */
final class PlacePlan {

    /** The commune where each district's authorities and health centre sit. */
    private static final Map<String, String> DISTRICT_SEATS = Map.ofEntries(
            Map.entry("193", "06697"), Map.entry("194", "06709"), Map.entry("195", "06793"),
            Map.entry("196", "06817"), Map.entry("198", "06838"), Map.entry("199", "06862"),
            Map.entry("200", "06895"), Map.entry("201", "06922"), Map.entry("202", "06970"),
            Map.entry("203", "06994"), Map.entry("205", "07072"), Map.entry("206", "07132"),
            Map.entry("207", "07192"));

    private PlacePlan() {
    }

    static List<DemoPlace> places(List<Commune> communes, long seed) {
        Map<String, Commune> byCode = communes.stream().collect(Collectors.toMap(Commune::code, Function.identity()));
        List<DemoPlace> places = new ArrayList<>();
        Map<String, Integer> keyByName = new HashMap<>();
        Set<String> communesWithMarket = new HashSet<>();
        for (NamedPlaces.Named n : NamedPlaces.ALL) {
            Commune c = byCode.get(n.communeCode());
            if (c == null) {
                throw new IllegalStateException("demo place " + n.name() + " is in unknown commune " + n.communeCode());
            }
            int parent = n.parent() == null ? -1 : keyByName.get(n.parent());
            keyByName.put(n.name(), places.size());
            add(places, n.purpose(), n.name(), c, n.capacity(), parent);
            if (n.purpose() == PlacePurpose.MARKET) {
                communesWithMarket.add(c.code());
            }
        }
        for (Commune c : communes) {
            SplittableRandom random = new SplittableRandom(seed * 17 + Long.parseLong(c.code()));
            if (c.code().equals(DISTRICT_SEATS.get(c.districtCode()))) {
                add(places, PlacePurpose.HOSPITAL, "Trung tâm Y tế " + c.districtType() + " " + c.districtName(), c,
                        random.nextInt(100, 300), -1);
            }
            add(places, PlacePurpose.HEALTH_STATION, "Trạm Y tế " + c.fullName(), c, random.nextInt(5, 15), -1);
            add(places, PlacePurpose.PRIMARY_SCHOOL, "Trường Tiểu học " + c.name(), c, random.nextInt(300, 1200), -1);
            add(places, PlacePurpose.LOWER_SECONDARY_SCHOOL, "Trường THCS " + c.name(), c, random.nextInt(250, 1000), -1);
            boolean market = c.isWard() || c.isTown() || random.nextInt(10) < 3;
            if (market && !communesWithMarket.contains(c.code())) {
                add(places, PlacePurpose.MARKET, "Chợ " + c.name(), c, random.nextInt(60, 400), -1);
            }
        }
        return List.copyOf(places);
    }

    private static void add(List<DemoPlace> places, PlacePurpose purpose, String name, Commune c, Integer capacity,
                            int parent) {
        places.add(new DemoPlace(places.size(), purpose, name, c.code(), c.districtCode(), c.address(), capacity, parent));
    }
}
