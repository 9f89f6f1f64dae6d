package org.epiguard.testing;

import org.epiguard.access.Role;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The testing situation: tests per day by kind and positivity on data of a commune and days no other
 * test uses, the samples waiting for results by age, and the statistics' scope.
 */
class TestingStatsTest extends ViewsTestSupport {

    void rapid(String username, long person, String kind, String outcome, String at) throws Exception {
        postJson(username, "/api/v1/testing/rapid-tests", """
                {"personId": %d, "kind": "%s", "outcome": "%s", "testedAt": "%s", "priority": "SCREENING"}"""
                .formatted(person, kind, outcome, at), 201);
    }

    static JsonNode day(JsonNode figures, String isoDay) {
        for (JsonNode d : figures.get("days")) {
            if (d.get("day").asString().equals(isoDay)) {
                return d.get("counts");
            }
        }
        throw new AssertionError("no day " + isoDay);
    }

    static JsonNode part(JsonNode figures, String code) {
        for (JsonNode p : figures.get("parts")) {
            if (p.get("code").asString().equals(code)) {
                return p.get("counts");
            }
        }
        return null;
    }

    @Test
    void tests_per_day_count_each_kind_once_with_a_pool_as_one_test_and_the_positivity_of_the_valid_ones() throws Exception {
        String commune = quietCommune(0);
        String tyt = communeUser(commune);
        long lab = unit("LABORATORY", "Phòng xét nghiệm thống kê", commune, HA_LONG);
        long an = person("Vũ Văn Thống Kê", commune, HA_LONG);
        long binh = person("Vũ Thị Thống Kê", commune, HA_LONG);
        long chi = person("Vũ Văn Tự Test", commune, HA_LONG);
        long dung = person("Vũ Thị RT-PCR", commune, HA_LONG);
        // 12/05/2020: two professional rapid tests (one positive), a self-test, a positive single RT-PCR
        rapid(tyt, an, "RAPID_PROFESSIONAL", "POSITIVE", "12/05/2020 09:00");
        rapid(tyt, binh, "RAPID_PROFESSIONAL", "NEGATIVE", "12/05/2020 09:10");
        rapid(tyt, chi, "RAPID_SELF", "NEGATIVE", "12/05/2020 20:00");
        String single = sample(tyt, dung, "SYMPTOMATIC", "12/05/2020 08:00", null, lab);
        postJson(tyt, "/api/v1/testing/results", resultJson("PCR_SINGLE", single, null, "POSITIVE", "22", "12/05/2020 23:30"), 201);
        // 13/05/2020: a negative pool of two (one test, its members' results are not tests) and an invalid rapid test
        String s1 = sample(tyt, binh, "SCREENING", "13/05/2020 07:00", null, lab);
        String s2 = sample(tyt, chi, "SCREENING", "13/05/2020 07:05", null, lab);
        String pool = pool(tyt, "LOW", "13/05/2020 08:00", lab, s1, s2);
        postJson(tyt, "/api/v1/testing/results", resultJson("PCR_POOL", null, pool, "NEGATIVE", null, "13/05/2020 15:00"), 201);
        rapid(tyt, dung, "RAPID_PROFESSIONAL", "INVALID", "13/05/2020 10:00");

        JsonNode figures = read(tyt, "/api/v1/testing/stats/tests?area=" + commune + "&from=12/05/2020&to=13/05/2020");
        assertThat(figures.get("days")).hasSize(2);
        JsonNode d12 = day(figures, "2020-05-12");
        assertThat(d12.at("/byKind/RAPID_PROFESSIONAL/tests").asLong()).isEqualTo(2);
        assertThat(d12.at("/byKind/RAPID_PROFESSIONAL/positive").asLong()).isEqualTo(1);
        assertThat(d12.at("/byKind/RAPID_SELF/tests").asLong()).isEqualTo(1);
        assertThat(d12.at("/byKind/PCR_SINGLE/positive").asLong()).isEqualTo(1);
        assertThat(d12.at("/byKind/PCR_POOL/tests").asLong()).isZero();
        assertThat(d12.at("/all/tests").asLong()).isEqualTo(4);
        assertThat(d12.at("/all/positivity").asDouble()).isEqualTo(50.0);
        JsonNode d13 = day(figures, "2020-05-13");
        assertThat(d13.at("/byKind/PCR_POOL/tests").asLong()).isEqualTo(1);
        assertThat(d13.at("/byKind/RAPID_PROFESSIONAL/invalid").asLong()).isEqualTo(1);
        assertThat(d13.at("/all/tests").asLong()).isEqualTo(2);
        assertThat(d13.at("/all/positivity").asDouble()).isEqualTo(0.0);
        assertThat(figures.at("/total/all/tests").asLong()).isEqualTo(6);
        assertThat(figures.at("/total/all/positive").asLong()).isEqualTo(2);
        assertThat(figures.at("/total/all/negative").asLong()).isEqualTo(3);
        assertThat(figures.at("/total/all/invalid").asLong()).isEqualTo(1);
        assertThat(figures.at("/total/all/positivity").asDouble()).isEqualTo(40.0);

        // the district sees the commune among its parts with the same figures; the day before counts nothing
        JsonNode district = read(districtUser(HA_LONG), "/api/v1/testing/stats/tests?area=" + HA_LONG
                + "&from=12/05/2020&to=13/05/2020");
        assertThat(part(district, commune).at("/all/tests").asLong()).isEqualTo(6);
        assertThat(part(district, commune).at("/all/positivity").asDouble()).isEqualTo(40.0);
        assertThat(read(tyt, "/api/v1/testing/stats/tests?area=" + commune + "&from=11/05/2020&to=11/05/2020")
                .at("/total/all/tests").asLong()).isZero();

        // the page shows the same totals
        String page = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                        .get("/testing/stats").param("area", commune).param("from", "12/05/2020").param("to", "13/05/2020")
                        .with(as(tyt)))
                .andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(page).contains("data-test=\"total-tests\">6<", "data-test=\"total-positivity\">40,00%<");

        // another commune, another district, a school: the area is refused, their own figures hold none of it
        getJson(communeUser(KA_LONG), "/api/v1/testing/stats/tests?area=" + commune, 404);
        getJson(districtUser(MONG_CAI), "/api/v1/testing/stats/tests?area=" + HA_LONG, 404);
        getJson(communeUser(BAI_CHAY), "/api/v1/testing/stats/tests?area=" + commune, 404);
        JsonNode mongCai = read(districtUser(MONG_CAI), "/api/v1/testing/stats/tests?from=12/05/2020&to=13/05/2020");
        assertThat(part(mongCai, commune)).isNull();
        assertThat(mongCai.at("/total/all/tests").asLong()).isZero();
        String school = unitUser(Role.SCHOOL, unit("SCHOOL", "Trường thống kê", commune, HA_LONG));
        assertThat(read(school, "/api/v1/testing/stats/tests?from=12/05/2020&to=13/05/2020").at("/total/all/tests").asLong())
                .isZero();
    }

    @Test
    void a_bad_period_is_refused_by_field() throws Exception {
        String tyt = communeUser(BAI_CHAY);
        String path = "/api/v1/testing/stats/tests?from=%s&to=%s";
        assertThat(getJson(tyt, path.formatted("31/02/2021", "01/03/2021"), 400)).contains("\"field\":\"from\",\"code\":\"BAD_TIME\"");
        assertThat(getJson(tyt, path.formatted("01/03/2021", "abc"), 400)).contains("\"field\":\"to\",\"code\":\"BAD_TIME\"");
        assertThat(getJson(tyt, path.formatted("05/03/2021", "01/03/2021"), 400)).contains("\"field\":\"to\",\"code\":\"BEFORE_FROM\"");
        assertThat(getJson(tyt, path.formatted("01/01/2019", "01/03/2021"), 400)).contains("\"field\":\"from\",\"code\":\"TOO_EARLY\"");
        assertThat(getJson(tyt, path.formatted("01/01/2021", "01/03/2022"), 400)).contains("\"field\":\"to\",\"code\":\"PERIOD_TOO_LONG\"");
        assertThat(getJson(tyt, path.formatted("01/01/2021", "01/01/2099"), 400)).contains("\"field\":\"to\",\"code\":\"FUTURE_TIME\"");
        assertThat(mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/testing/stats")
                        .param("from", "05/03/2021").param("to", "01/03/2021").with(as(tyt)))
                .andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8))
                .contains("data-field=\"to\"");
    }

    static JsonNode labRow(JsonNode waiting, long lab) {
        List<JsonNode> rows = new ArrayList<>();
        waiting.get("rows").forEach(r -> {
            if (!r.get("labUnitId").isNull() && r.get("labUnitId").asLong() == lab) {
                rows.add(r);
            }
        });
        assertThat(rows).hasSizeLessThanOrEqualTo(1);
        return rows.isEmpty() ? null : rows.getFirst();
    }

    @Test
    void samples_waiting_for_a_result_are_counted_by_lab_and_age_until_their_own_or_their_pools_result() throws Exception {
        String tyt = communeUser(BAI_CHAY);
        long lab = unit("LABORATORY", "Phòng xét nghiệm chờ", BAI_CHAY, HA_LONG);
        String labUser = unitUser(Role.LABORATORY, lab);
        String fresh = sample(tyt, person("Lý Văn Chờ Một", BAI_CHAY, HA_LONG), "F1", hoursAgo(2), null, lab);
        sample(tyt, person("Lý Thị Chờ Hai", BAI_CHAY, HA_LONG), "F1", hoursAgo(30), null, lab);
        sample(tyt, person("Lý Văn Chờ Ba", BAI_CHAY, HA_LONG), "F1", hoursAgo(60), null, lab);
        String resulted = sample(tyt, person("Lý Thị Có Kết Quả", BAI_CHAY, HA_LONG), "F1", hoursAgo(70), null, lab);
        String invalid = sample(tyt, person("Lý Văn Chạy Lại", BAI_CHAY, HA_LONG), "F1", hoursAgo(10), null, lab);
        String p1 = sample(tyt, person("Lý Thị Gộp Một", BAI_CHAY, HA_LONG), "SCREENING", hoursAgo(5), null, lab);
        String p2 = sample(tyt, person("Lý Văn Gộp Hai", BAI_CHAY, HA_LONG), "SCREENING", hoursAgo(5), null, lab);
        String pool = pool(tyt, "LOW", hoursAgo(4), lab, p1, p2);

        JsonNode before = labRow(read(labUser, "/api/v1/testing/stats/waiting"), lab);
        assertThat(before.get("under24h").asLong()).isEqualTo(4);
        assertThat(before.get("from24to48h").asLong()).isEqualTo(1);
        assertThat(before.get("over48h").asLong()).isEqualTo(2);

        postJson(labUser, "/api/v1/testing/results", resultJson("PCR_SINGLE", resulted, null, "NEGATIVE", null, hoursAgo(1)), 201);
        postJson(labUser, "/api/v1/testing/results", resultJson("PCR_SINGLE", invalid, null, "INVALID", null, hoursAgo(1)), 201);
        postJson(labUser, "/api/v1/testing/results", resultJson("PCR_POOL", null, pool, "NEGATIVE", null, hoursAgo(1)), 201);

        for (String viewer : new String[] {labUser, tyt, districtUser(HA_LONG)}) {
            JsonNode row = labRow(read(viewer, "/api/v1/testing/stats/waiting"), lab);
            assertThat(row.get("under24h").asLong()).as(viewer).isEqualTo(2); // the fresh one and the invalid one
            assertThat(row.get("from24to48h").asLong()).isEqualTo(1);
            assertThat(row.get("over48h").asLong()).isEqualTo(1);
        }
        postJson(labUser, "/api/v1/testing/results", resultJson("PCR_SINGLE", fresh, null, "NEGATIVE", null, hoursAgo(0)), 201);
        assertThat(labRow(read(labUser, "/api/v1/testing/stats/waiting"), lab).get("under24h").asLong()).isEqualTo(1);

        // another commune, another district, another lab see nothing of it
        assertThat(labRow(read(communeUser(KA_LONG), "/api/v1/testing/stats/waiting"), lab)).isNull();
        assertThat(labRow(read(districtUser(MONG_CAI), "/api/v1/testing/stats/waiting"), lab)).isNull();
        String otherLab = unitUser(Role.LABORATORY, unit("LABORATORY", "Phòng xét nghiệm khác", KA_LONG, MONG_CAI));
        assertThat(labRow(read(otherLab, "/api/v1/testing/stats/waiting"), lab)).isNull();
        assertThat(mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/testing/stats/waiting")
                        .with(as(labUser)))
                .andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8))
                .contains("Phòng xét nghiệm chờ");
    }
}
