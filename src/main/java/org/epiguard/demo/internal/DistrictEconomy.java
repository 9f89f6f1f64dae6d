package org.epiguard.demo.internal;

import java.util.Map;

/**
 * What people of working age do in each district, as percentages of them: coal in Cẩm Phả, Uông Bí,
 * Hạ Long and Đông Triều; fishing on the coast and islands (Cô Tô, Vân Đồn, Hải Hà, Móng Cái, Đầm Hà,
 * Tiên Yên); ports; factories near the industrial zones. The rest are market traders, health workers,
 * teachers or "other" (farmers, services, civil servants…). Synthetic but in proportion.
 */
record DistrictEconomy(int coal, int fishing, int port, int factory, String factoryDistrict) {

    private static final Map<String, DistrictEconomy> BY_DISTRICT = Map.ofEntries(
            Map.entry("193", new DistrictEconomy(10, 2, 4, 5, "193")),
            Map.entry("194", new DistrictEconomy(0, 10, 4, 6, "194")),
            Map.entry("195", new DistrictEconomy(24, 3, 4, 3, "193")),
            Map.entry("196", new DistrictEconomy(20, 0, 2, 4, "205")),
            Map.entry("198", new DistrictEconomy(0, 0, 0, 3, "194")),
            Map.entry("199", new DistrictEconomy(0, 8, 2, 4, "199")),
            Map.entry("200", new DistrictEconomy(0, 10, 0, 8, "201")),
            Map.entry("201", new DistrictEconomy(0, 12, 0, 16, "201")),
            Map.entry("202", new DistrictEconomy(0, 0, 0, 2, "195")),
            Map.entry("203", new DistrictEconomy(0, 25, 3, 3, "203")),
            Map.entry("205", new DistrictEconomy(10, 0, 0, 10, "205")),
            Map.entry("206", new DistrictEconomy(0, 6, 0, 12, "206")),
            Map.entry("207", new DistrictEconomy(0, 32, 3, 0, "207")));

    static DistrictEconomy of(String districtCode) {
        return BY_DISTRICT.getOrDefault(districtCode, new DistrictEconomy(0, 0, 0, 5, districtCode));
    }
}
