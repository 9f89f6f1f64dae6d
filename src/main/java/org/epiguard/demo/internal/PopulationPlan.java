package org.epiguard.demo.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Splits Quảng Ninh's 2019 census population (1,320,324) over its 177 communes and, in each, over
 * the age bands. District weights are approximate 2019 figures; within a district, wards and towns
 * weigh more than rural communes and the central wards of the cities most. Synthetic, but plausible.
 */
final class PopulationPlan {

    /** Quảng Ninh, Population and Housing Census 1/4/2019. */
    static final int CENSUS_2019_TOTAL = 1_320_324;

    /** Approximate district populations around 2019 (Hạ Long including the former Hoành Bồ), used as weights. */
    private static final Map<String, Integer> DISTRICT_WEIGHTS = Map.ofEntries(
            Map.entry("193", 300_267), Map.entry("194", 108_553), Map.entry("195", 190_232),
            Map.entry("196", 120_982), Map.entry("198", 32_179), Map.entry("199", 51_330),
            Map.entry("200", 40_543), Map.entry("201", 62_064), Map.entry("202", 21_993),
            Map.entry("203", 46_616), Map.entry("205", 175_071), Map.entry("206", 149_411),
            Map.entry("207", 6_194));

    /** The busiest central wards of Hạ Long, Móng Cái, Cẩm Phả, Uông Bí, Đông Triều, Quảng Yên and Vân Đồn. */
    private static final Set<String> CENTRAL = Set.of("06691", "06688", "06673", "06658", "06697", "06685",
            "06709", "06712", "06793", "06784", "06772", "06817", "06811", "06820", "07069", "07132", "06994");

    private PopulationPlan() {
    }

    /** The population of each commune, in the order of the communes given. */
    static List<CommunePopulation> split(List<Commune> communes, long seed) {
        Map<String, List<Commune>> byDistrict = new LinkedHashMap<>();
        communes.forEach(c -> byDistrict.computeIfAbsent(c.districtCode(), k -> new ArrayList<>()).add(c));
        List<String> districts = List.copyOf(byDistrict.keySet());
        double[] districtWeights = districts.stream()
                .mapToDouble(d -> DISTRICT_WEIGHTS.getOrDefault(d, 50_000)).toArray();
        int[] districtTotals = Apportion.split(CENSUS_2019_TOTAL, districtWeights);
        Map<String, CommunePopulation> byCode = new HashMap<>();
        for (int d = 0; d < districts.size(); d++) {
            List<Commune> members = byDistrict.get(districts.get(d));
            double[] weights = members.stream().mapToDouble(c -> weight(c, seed)).toArray();
            int[] totals = Apportion.split(districtTotals[d], weights);
            for (int i = 0; i < members.size(); i++) {
                Commune c = members.get(i);
                int[] bands = Apportion.split(totals[i], AgeBand.sharesFor(c));
                byCode.put(c.code(), new CommunePopulation(c.code(), totals[i], Arrays.stream(bands).boxed().toList()));
            }
        }
        return communes.stream().map(c -> byCode.get(c.code())).toList();
    }

    private static double weight(Commune c, long seed) {
        double base = c.isWard() ? 1.6 : c.isTown() ? 1.4 : 0.7;
        double jitter = 0.75 + 0.5 * new SplittableRandom(seed ^ Long.parseLong(c.code()) * 0x9E3779B97F4A7C15L).nextDouble();
        return base * jitter * (CENTRAL.contains(c.code()) ? 1.8 : 1.0);
    }
}
