package org.epiguard.testing;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Rapid-test kits per commune: receipts and adjustments by field and scope, stock = received + adjusted − used. */
class KitStockTest extends ViewsTestSupport {

    JsonNode stockOf(String username, String commune) throws Exception {
        JsonNode report = json.readTree(getJson(username, "/api/v1/testing/kits?area=" + commune, 200));
        assertThat(report.get("communes")).hasSize(1);
        return report.get("communes").get(0);
    }

    static String receipt(String commune, String on, String quantity, String source) {
        return """
                {"communeCode": %s, "receivedOn": %s, "quantity": %s, "source": %s}"""
                .formatted(quoted(commune), quoted(on), quoted(quantity), quoted(source));
    }

    static String adjustment(String commune, String on, String quantity, String reason) {
        return """
                {"communeCode": %s, "adjustedOn": %s, "quantity": %s, "reason": %s}"""
                .formatted(quoted(commune), quoted(on), quoted(quantity), quoted(reason));
    }

    long movements(String commune) {
        return count("select count(*) from testing_kit_movement where commune_code = :p", commune);
    }

    @Test
    void the_stock_is_what_was_received_and_adjusted_less_the_professional_rapid_tests_done_in_the_commune() throws Exception {
        String commune = quietCommune(2);
        String ttch = districtUser(HA_LONG);
        String tyt = communeUser(commune);
        JsonNode before = stockOf(ttch, commune);
        long population = jdbc.sql("select total from geo_population_effective where unit_code = :c")
                .param("c", commune).query(Long.class).single();
        assertThat(before.get("population").asLong()).isEqualTo(population).isPositive();

        postJson(ttch, "/api/v1/testing/kits/receipts", receipt(commune, "01/12/2021", "1.000", "Bộ Y tế"), 201);
        postJson(ttch, "/api/v1/testing/kits/receipts", receipt(commune, "02/12/2021", "500", "Tài trợ"), 201);
        postJson(tyt, "/api/v1/testing/kits/adjustments", adjustment(commune, "03/12/2021", "-20", "Hết hạn"), 201);
        for (int i = 0; i < 3; i++) {
            postJson(tyt, "/api/v1/testing/rapid-tests", """
                    {"personId": %d, "kind": "RAPID_PROFESSIONAL", "outcome": "NEGATIVE", "testedAt": "%s", "priority": "SCREENING"}"""
                    .formatted(person("Mai Văn Dùng Kit " + i, commune, HA_LONG), hoursAgo(2)), 201);
        }
        postJson(tyt, "/api/v1/testing/rapid-tests", """
                {"personId": %d, "kind": "RAPID_SELF", "outcome": "NEGATIVE", "testedAt": "%s", "priority": "SCREENING"}"""
                .formatted(person("Mai Thị Tự Test", commune, HA_LONG), hoursAgo(2)), 201);

        JsonNode after = stockOf(ttch, commune);
        assertThat(after.get("received").asLong() - before.get("received").asLong()).isEqualTo(1500);
        assertThat(after.get("adjusted").asLong() - before.get("adjusted").asLong()).isEqualTo(-20);
        assertThat(after.get("used").asLong() - before.get("used").asLong()).isEqualTo(3);
        long stock = after.get("stock").asLong();
        assertThat(stock).isEqualTo(after.get("received").asLong() + after.get("adjusted").asLong() - after.get("used").asLong())
                .isEqualTo(before.get("stock").asLong() + 1500 - 20 - 3);
        assertThat(after.get("coverage").asDouble()).isEqualTo(Math.round(stock * 10000.0 / population) / 100.0);
        assertThat(after.get("shortfall").asLong()).isEqualTo(Math.max(0, population - stock));
        // on a date before the receipts, they do not count yet
        JsonNode earlier = json.readTree(getJson(ttch, "/api/v1/testing/kits?area=" + commune + "&date=30/11/2021", 200))
                .get("communes").get(0);
        assertThat(earlier.get("received").asLong()).isEqualTo(after.get("received").asLong() - 1500);
        // the district's report holds the commune, the audit holds every write
        assertThat(getJson(ttch, "/api/v1/testing/kits", 200)).contains("\"communeCode\":\"" + commune + "\"");
        assertThat(count("select count(*) from access_audit where entity_type = 'testing_kit_movement' and commune_code = :p", commune))
                .isEqualTo(movements(commune)).isEqualTo(3);
        assertThat(getJson(tyt, "/api/v1/testing/kits/" + commune + "/movements", 200)).contains("Bộ Y tế", "Hết hạn");
        String page = mvc.perform(get("/testing/kits/" + commune).with(as(tyt))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("data-test=\"stock\">" + stock + "<", "Tài trợ");
    }

    @Test
    void every_bad_receipt_or_adjustment_field_is_refused_by_name_and_nothing_is_written() throws Exception {
        String commune = quietCommune(3);
        String ttch = districtUser(HA_LONG);
        String path = "/api/v1/testing/kits/receipts";
        assertThat(postJson(ttch, path, receipt(null, null, null, null), 400)).contains(
                "\"field\":\"communeCode\",\"code\":\"REQUIRED\"", "\"field\":\"receivedOn\",\"code\":\"REQUIRED\"",
                "\"field\":\"quantity\",\"code\":\"REQUIRED\"", "\"field\":\"source\",\"code\":\"REQUIRED\"");
        assertThat(postJson(ttch, path, receipt("99999", "31/02/2021", "mười", "x".repeat(201)), 400)).contains(
                "\"field\":\"communeCode\",\"code\":\"UNKNOWN_COMMUNE\"", "\"field\":\"receivedOn\",\"code\":\"BAD_TIME\"",
                "\"field\":\"quantity\",\"code\":\"BAD_NUMBER\"", "\"field\":\"source\",\"code\":\"TOO_LONG\"");
        assertThat(postJson(ttch, path, receipt(commune, "01/01/2099", "0", "Bộ Y tế"), 400)).contains(
                "\"field\":\"receivedOn\",\"code\":\"FUTURE_TIME\"", "\"field\":\"quantity\",\"code\":\"NOT_POSITIVE\"");
        assertThat(postJson(ttch, path, receipt(commune, "01/01/2019", "-5", "Bộ Y tế"), 400)).contains(
                "\"field\":\"receivedOn\",\"code\":\"TOO_EARLY\"", "\"field\":\"quantity\",\"code\":\"NOT_POSITIVE\"");
        assertThat(postJson(ttch, path, receipt(commune, "01/12/2021", "20000000", "Bộ Y tế"), 400))
                .contains("\"field\":\"quantity\",\"code\":\"TOO_LARGE\"");
        assertThat(postJson(ttch, path, receipt(commune, "01/12/2021", "1.5", "Bộ Y tế"), 400))
                .contains("\"field\":\"quantity\",\"code\":\"BAD_NUMBER\"");
        String adjust = "/api/v1/testing/kits/adjustments";
        assertThat(postJson(ttch, adjust, adjustment(commune, "01/12/2021", "0", " "), 400)).contains(
                "\"field\":\"quantity\",\"code\":\"ZERO\"", "\"field\":\"reason\",\"code\":\"REQUIRED\"");
        assertThat(postJson(ttch, adjust, adjustment(commune, "hôm qua", "-3", "Hỏng"), 400))
                .contains("\"field\":\"adjustedOn\",\"code\":\"BAD_TIME\"");
        assertThat(movements(commune)).isZero();
        // the page names the field too
        String page = mvc.perform(post("/testing/kits/" + commune + "/receipts").with(as(ttch))
                        .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
                        .param("receivedOn", "01/12/2021").param("quantity", "-1").param("source", "Bộ Y tế"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("Số lượng phải lớn hơn 0.");
        assertThat(movements(commune)).isZero();
    }

    @Test
    void kits_are_written_only_inside_the_capture_scope_and_read_only_inside_the_view_scope() throws Exception {
        String commune = quietCommune(4);
        String body = receipt(commune, "01/12/2021", "100", "Bộ Y tế");
        postJson(districtUser(MONG_CAI), "/api/v1/testing/kits/receipts", body, 403);
        postJson(communeUser(commune), "/api/v1/testing/kits/receipts", body, 403); // the commune adjusts, it does not receive
        postJson(communeUser(KA_LONG), "/api/v1/testing/kits/adjustments", adjustment(commune, "01/12/2021", "-1", "Mất"), 403);
        postJson(user("t.truong.kits", org.epiguard.access.Role.SCHOOL, org.epiguard.access.Scope.of("UNIT",
                String.valueOf(unit("SCHOOL", "Trường kit", commune, HA_LONG)))), "/api/v1/testing/kits/adjustments",
                adjustment(commune, "01/12/2021", "-1", "Mất"), 403);
        assertThat(movements(commune)).isZero();
        assertThat(count("select count(*) from access_audit where entity_type = 'testing_kit_movement' and commune_code = :p", commune))
                .isZero();

        getJson(communeUser(KA_LONG), "/api/v1/testing/kits?area=" + commune, 404);
        getJson(districtUser(MONG_CAI), "/api/v1/testing/kits?area=" + HA_LONG, 404);
        getJson(communeUser(KA_LONG), "/api/v1/testing/kits/" + commune + "/movements", 404);
        assertThat(getJson(districtUser(MONG_CAI), "/api/v1/testing/kits", 200)).doesNotContain("\"communeCode\":\"" + commune + "\"");
        mvc.perform(get("/testing/kits/" + commune).with(as(communeUser(KA_LONG)))).andExpect(status().isNotFound());
    }
}
