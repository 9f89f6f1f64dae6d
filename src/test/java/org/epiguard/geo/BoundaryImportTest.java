package org.epiguard.geo;

import com.jayway.jsonpath.JsonPath;
import org.epiguard.access.Role;
import org.epiguard.access.Scope;
import org.epiguard.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockMultipartFile;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The administrator imports the boundaries of Sóc Trăng (province 94) from GeoJSON: good features are
 * stored with their box and centroid, bad ones are named by feature index and field, a unit uploaded
 * again gets its new boundary, and nobody else may import.
 */
class BoundaryImportTest extends IntegrationTest {

    String admin;
    String district;
    String commune;
    String otherDistrict;

    @BeforeEach
    void setUp() {
        admin = user("geo.boundary.admin", Role.SYSTEM_ADMIN, Scope.of("PROVINCE", "94"));
        List<String> districts = jdbc.sql("select code from geo_admin_unit where parent_code = '94' order by code")
                .query(String.class).list();
        district = districts.get(0);
        otherDistrict = districts.get(1);
        commune = jdbc.sql("select min(code) from geo_admin_unit where parent_code = :d").param("d", district)
                .query(String.class).single();
    }

    static String square(double lon, double lat, double size) {
        return "{\"type\":\"Polygon\",\"coordinates\":[[[%1$s,%2$s],[%3$s,%2$s],[%3$s,%4$s],[%1$s,%4$s],[%1$s,%2$s]]]}"
                .formatted(lon, lat, lon + size, lat + size);
    }

    static String feature(String property, String code, String geometry) {
        return "{\"type\":\"Feature\",\"properties\":{\"%s\":\"%s\",\"ten\":\"x\"},\"geometry\":%s}".formatted(property, code, geometry);
    }

    static String collection(String... features) {
        return "{\"type\":\"FeatureCollection\",\"features\":[" + String.join(",", features) + "]}";
    }

    String upload(String user, String content, String codeProperty, int status) throws Exception {
        var request = multipart("/api/v1/geo/boundaries")
                .file(new MockMultipartFile("file", "ranh-gioi.geojson", "application/geo+json",
                        content.getBytes(StandardCharsets.UTF_8)));
        if (codeProperty != null) {
            request.param("codeProperty", codeProperty);
        }
        return mvc.perform(request.with(as(user))).andExpect(status().is(status)).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    Map<String, Object> stored(String code) {
        return jdbc.sql("select * from geo_boundary where unit_code = :c").param("c", code).query().singleRow();
    }

    long audits() {
        return jdbc.sql("select count(*) from access_audit where entity_type = 'geo_boundary' and action = 'IMPORT'")
                .query(Long.class).single();
    }

    @Test
    void a_valid_file_stores_each_units_boundary_with_its_box_and_centroid_and_a_part_reads_them() throws Exception {
        long before = audits();
        String multi = "{\"type\":\"MultiPolygon\",\"coordinates\":[" + square(105.0, 9.0, 0.1).replaceAll(".*\"coordinates\":", "")
                .replaceAll("}$", "") + "," + square(105.3, 9.0, 0.1).replaceAll(".*\"coordinates\":", "").replaceAll("}$", "") + "]}";
        String json = upload(admin, collection(feature("code", district, square(105.0, 9.0, 1.0)),
                feature("code", commune, multi)), null, 200);
        assertThat((List<String>) JsonPath.read(json, "$.added")).containsExactlyInAnyOrder(district, commune);
        assertThat((List<Object>) JsonPath.read(json, "$.errors")).isEmpty();
        Map<String, Object> d = stored(district);
        assertThat((Double) d.get("centroid_lon")).isCloseTo(105.5, org.assertj.core.data.Offset.offset(1e-9));
        assertThat((Double) d.get("centroid_lat")).isCloseTo(9.5, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(d.get("min_lon")).isEqualTo(105.0);
        assertThat(d.get("max_lat")).isEqualTo(10.0);
        assertThat(d.get("parent_code")).isEqualTo("94");
        assertThat((Double) stored(commune).get("centroid_lon")).isCloseTo(105.2, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(audits()).isEqualTo(before + 1);

        String children = mvc.perform(get("/api/v1/geo/boundaries/94").with(as(admin))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat((String) JsonPath.read(children, "$.type")).isEqualTo("FeatureCollection");
        assertThat((List<String>) JsonPath.read(children, "$.features[*].properties.code")).contains(district);
        assertThat((String) JsonPath.read(children, "$.features[?(@.properties.code == '" + district + "')].geometry.type")
                .toString()).contains("Polygon");
        assertThat((List<String>) JsonPath.read(children, "$.features[*].properties.code")).doesNotContain(commune);
        mvc.perform(get("/api/v1/geo/boundaries/99999").with(as(admin))).andExpect(status().isNotFound());
    }

    @Test
    void each_bad_feature_is_named_by_index_and_field_and_the_good_ones_are_kept() throws Exception {
        jdbc.sql("delete from geo_boundary where unit_code = :c").param("c", otherDistrict).update();
        String json = upload(admin, collection(
                feature("code", otherDistrict, square(106.0, 9.0, 0.5)),
                feature("code", "99999", square(106.0, 9.0, 0.5)),
                feature("code", commune, "{\"type\":\"Point\",\"coordinates\":[106.0,9.0]}"),
                feature("code", commune, square(200.0, 9.0, 0.5)),
                feature("ma", commune, square(106.0, 9.0, 0.5)),
                "{\"type\":\"Thing\",\"properties\":{\"code\":\"" + commune + "\"}}",
                feature("code", commune, "{\"type\":\"Polygon\",\"coordinates\":[[[106.0,9.0],[106.1,9.0]]]}"),
                feature("code", otherDistrict, square(106.0, 9.0, 0.5)),
                "{\"type\":\"Feature\",\"properties\":{\"code\":\"" + commune + "\"}}"), null, 200);
        assertThat((List<String>) JsonPath.read(json, "$.added")).containsExactly(otherDistrict);
        assertThat((List<Integer>) JsonPath.read(json, "$.errors[*].feature")).containsExactly(1, 2, 3, 4, 5, 6, 7, 8);
        assertThat((List<String>) JsonPath.read(json, "$.errors[*].field")).containsExactly(
                "features[1].properties.code", "features[2].geometry.type", "features[3].geometry.coordinates",
                "features[4].properties.code", "features[5].type", "features[6].geometry.coordinates",
                "features[7].properties.code", "features[8].geometry");
        List<String> messages = JsonPath.read(json, "$.errors[*].message");
        assertThat(messages.get(0)).contains("99999");
        assertThat(messages.get(1)).contains("Point");
        assertThat(messages.get(2)).contains("ngoài phạm vi");
        assertThat(messages.get(6)).contains("đối tượng số 0");
        assertThat(stored(otherDistrict).get("unit_code")).isEqualTo(otherDistrict);
        assertThat(jdbc.sql("select count(*) from geo_boundary where unit_code = :c and geometry like '%Point%'")
                .param("c", commune).query(Long.class).single()).isZero();
    }

    @Test
    void a_file_refused_whole_names_its_field_and_writes_nothing() throws Exception {
        long before = audits();
        mvc.perform(multipart("/api/v1/geo/boundaries").file(new MockMultipartFile("file", "x.geojson", "application/json",
                        "not json {".getBytes(StandardCharsets.UTF_8))).with(as(admin)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors.file").exists());
        assertThat(upload(admin, "{\"type\":\"Feature\",\"geometry\":null}", null, 400)).contains("\"type\":", "FeatureCollection");
        assertThat(upload(admin, "[1, 2]", null, 400)).contains("\"type\":");
        assertThat(upload(admin, "{\"type\":\"FeatureCollection\"}", null, 400)).contains("\"features\":");
        assertThat(upload(admin, collection(feature("code", district, square(105, 9, 1))), "bad property!", 400))
                .contains("\"codeProperty\":");
        byte[] huge = new byte[21 * 1024 * 1024];
        java.util.Arrays.fill(huge, (byte) ' ');
        mvc.perform(multipart("/api/v1/geo/boundaries").file(new MockMultipartFile("file", "big.geojson",
                        "application/json", huge)).with(as(admin)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors.file").value(containsString("20 MB")));
        assertThat(audits()).isEqualTo(before);
    }

    @Test
    void a_unit_uploaded_again_gets_its_new_boundary_and_the_code_may_sit_in_another_property() throws Exception {
        upload(admin, collection(feature("ma", district, square(105.0, 9.0, 1.0))), "ma", 200);
        String json = upload(admin, collection(feature("ma", district, square(105.5, 9.5, 0.5))), "ma", 200);
        assertThat((List<String>) JsonPath.read(json, "$.replaced")).containsExactly(district);
        assertThat((List<String>) JsonPath.read(json, "$.added")).isEmpty();
        assertThat(stored(district).get("min_lon")).isEqualTo(105.5);
        assertThat(jdbc.sql("select count(*) from geo_boundary where unit_code = :c").param("c", district)
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void only_an_administrator_imports_boundaries() throws Exception {
        String committee = user("geo.boundary.committee", Role.PROVINCE_COMMITTEE, Scope.of("PROVINCE", "94"));
        long before = audits();
        jdbc.sql("delete from geo_boundary where unit_code = :c").param("c", commune).update();
        upload(committee, collection(feature("code", commune, square(105, 9, 1))), null, 403);
        mvc.perform(get("/geo/boundaries").with(as(committee))).andExpect(status().isForbidden());
        mvc.perform(multipart("/geo/boundaries").file(new MockMultipartFile("file", "x.geojson", "application/json",
                        collection(feature("code", commune, square(105, 9, 1))).getBytes(StandardCharsets.UTF_8)))
                .with(as(committee))).andExpect(status().isForbidden());
        assertThat(jdbc.sql("select count(*) from geo_boundary where unit_code = :c").param("c", commune)
                .query(Long.class).single()).isZero();
        assertThat(audits()).isEqualTo(before);

        mvc.perform(get("/geo/boundaries").with(as(admin))).andExpect(status().isOk())
                .andExpect(content().string(containsString("data-test=\"stored\"")));
        mvc.perform(multipart("/geo/boundaries").file(new MockMultipartFile("file", "x.geojson", "application/json",
                        collection(feature("code", commune, square(105, 9, 1)), feature("code", "12345", square(105, 9, 1)))
                                .getBytes(StandardCharsets.UTF_8))).with(as(admin)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("features[1].properties.code")))
                .andExpect(content().string(containsString("data-test=\"added\">1<")));
    }
}
