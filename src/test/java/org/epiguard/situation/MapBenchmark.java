package org.epiguard.situation;

import org.epiguard.access.Role;
import org.epiguard.access.Scope;
import org.epiguard.support.IntegrationTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockMultipartFile;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The level map's data request on Quảng Ninh's 13 districts and 177 communes (the map reads stored
 * data only, so the number of people does not enter): every district and commune with an imported
 * boundary of realistic size (2,000 positions a district, 400 a commune), the levels assessed, 300
 * containment zones in force. Each request goes through HTTP (MockMvc: security, JSON). Baseline in the
 * same process: the plain list of the province's districts ({@code /api/v1/geo/units}). Run with
 * {@code bin/bench MapBenchmark}.
 */
@Tag("benchmark")
class MapBenchmark extends IntegrationTest {

    static final int SAMPLES = 200;

    /** A ring of n positions around a centre (closed), as GeoJSON Polygon text. */
    static String circle(double lon, double lat, double radius, int n) {
        StringBuilder sb = new StringBuilder("{\"type\":\"Polygon\",\"coordinates\":[[");
        for (int i = 0; i <= n; i++) {
            double a = 2 * Math.PI * (i % n) / n, r = radius * (0.85 + 0.15 * Math.sin(7 * a));
            sb.append(i == 0 ? "" : ",").append(String.format(Locale.ROOT, "[%.6f,%.6f]", lon + r * Math.cos(a), lat + r * Math.sin(a)));
        }
        return sb.append("]]}").toString();
    }

    long[] time(String user, String path, int samples) throws Exception {
        long[] nanos = new long[samples];
        for (int i = 0; i < samples; i++) {
            long t = System.nanoTime();
            mvc.perform(get(path).with(as(user))).andExpect(status().isOk());
            nanos[i] = System.nanoTime() - t;
        }
        Arrays.sort(nanos);
        return nanos;
    }

    static double ms(long[] sorted, int percentile) {
        return sorted[Math.min(sorted.length - 1, sorted.length * percentile / 100)] / 1e6;
    }

    @Test
    void the_map_of_a_province_and_of_a_district() throws Exception {
        String admin = user("map.bench.admin", Role.SYSTEM_ADMIN, Scope.of("PROVINCE", "22"));
        List<String> districts = jdbc.sql("select code from geo_admin_unit where parent_code = '22' order by code")
                .query(String.class).list();
        List<String> features = new ArrayList<>();
        for (int i = 0; i < districts.size(); i++) {
            String d = districts.get(i);
            double lon = 106.5 + (i % 5) * 0.4, lat = 21.5 - (i / 5) * 0.4;
            features.add("{\"type\":\"Feature\",\"properties\":{\"code\":\"" + d + "\"},\"geometry\":" + circle(lon, lat, 0.2, 2000) + "}");
            List<String> communes = jdbc.sql("select code from geo_admin_unit where parent_code = :d order by code")
                    .param("d", d).query(String.class).list();
            for (int k = 0; k < communes.size(); k++) {
                features.add("{\"type\":\"Feature\",\"properties\":{\"code\":\"" + communes.get(k) + "\"},\"geometry\":"
                        + circle(lon - 0.15 + (k % 6) * 0.05, lat + 0.15 - (k / 6) * 0.05, 0.02, 400) + "}");
            }
        }
        byte[] file = ("{\"type\":\"FeatureCollection\",\"features\":[" + String.join(",", features) + "]}")
                .getBytes(StandardCharsets.UTF_8);
        long t0 = System.nanoTime();
        mvc.perform(multipart("/api/v1/geo/boundaries").file(new MockMultipartFile("file", "qn.geojson",
                "application/geo+json", file)).with(as(admin))).andExpect(status().isOk());
        double importMs = (System.nanoTime() - t0) / 1e6;
        mvc.perform(get("/api/v1/situation/levels/22").with(as("bcd.tinh"))).andExpect(status().isOk());
        jdbc.sql("""
                        insert into cases_zone (kind, status, description, starts_on, planned_end, activated_at,
                                                province_code, district_code, commune_code)
                        select 'HOUSEHOLD', 'ACTIVE', 'Hộ thử ' || g, current_date - 2, current_date + 12,
                               now() - interval '2 days', u.province_code, u.district_code, u.code
                          from generate_series(1, 300) g
                          join lateral (select * from geo_admin_unit where province_code = '22' and level = 'COMMUNE'
                                         order by code offset (g * 7) % 177 limit 1) u on true""").update();

        String province = mvc.perform(get("/api/v1/situation/map/22").with(as("bcd.tinh"))).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        String district = mvc.perform(get("/api/v1/situation/map/193").with(as("bcd.tinh"))).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(province).contains("\"boundaries\":" + districts.size(), "\"tiles\":0");
        time("bcd.tinh", "/api/v1/situation/map/22", 30);
        time("bcd.tinh", "/api/v1/situation/map/193", 30);
        time("bcd.tinh", "/api/v1/geo/units?parent=22", 30);
        long[] p = time("bcd.tinh", "/api/v1/situation/map/22", SAMPLES);
        long[] d = time("bcd.tinh", "/api/v1/situation/map/193", SAMPLES);
        long[] base = time("bcd.tinh", "/api/v1/geo/units?parent=22", SAMPLES);
        System.out.printf(Locale.ROOT, "BENCH level map, Quảng Ninh: %d district and %d commune boundaries imported in "
                + "%.0f ms (%.1f MB), 300 zones in force, %d requests each%n", districts.size(), features.size() - districts.size(),
                importMs, file.length / 1e6, SAMPLES);
        System.out.println("| request | p50 ms | p95 ms | max ms | response KB | p50 / baseline |");
        System.out.println("|---|---:|---:|---:|---:|---:|");
        row("province map (13 districts, all zones)", p, province.length(), ms(base, 50));
        row("district map (Hạ Long, 33 communes)", d, district.length(), ms(base, 50));
        row("baseline: /api/v1/geo/units?parent=22", base, 0, ms(base, 50));
    }

    private static void row(String name, long[] sorted, int bytes, double baseline) {
        System.out.printf(Locale.ROOT, "| %s | %.1f | %.1f | %.1f | %d | %.1fx |%n", name, ms(sorted, 50), ms(sorted, 95),
                sorted[sorted.length - 1] / 1e6, bytes / 1024, ms(sorted, 50) / baseline);
    }
}
