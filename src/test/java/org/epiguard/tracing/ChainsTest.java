package org.epiguard.tracing;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Transmission chains: computed on the server, whole, as nodes and edges; names only inside the scope. */
class ChainsTest extends ContactTestSupport {

    @Test
    void the_chain_of_a_case_with_ten_thousand_people_comes_whole() throws Exception {
        long root = ChainData.tenThousand(jdbc, "A" + SEQ.incrementAndGet());
        JsonNode chain = read(provinceUser(), "/api/v1/tracing/chains/cases/" + root);
        assertThat(chain.get("truncated").asBoolean()).isFalse();
        assertThat(chain.get("nodes").size()).isEqualTo(10_000);
        assertThat(chain.get("edges").size()).isEqualTo(9_999);
        long cases = 0;
        for (JsonNode n : chain.get("nodes")) {
            if ("CASE".equals(n.get("kind").asString())) {
                cases++;
            }
        }
        assertThat(cases).isEqualTo(3_333);
        // every edge joins two nodes of the answer, and every node but the root has exactly one way in
        int[] incoming = new int[10_000];
        for (JsonNode e : chain.get("edges")) {
            incoming[e.get("to").asInt()]++;
            assertThat(e.get("from").asInt()).isBetween(0, 9_999);
        }
        assertThat(java.util.Arrays.stream(incoming).filter(i -> i == 0).count()).isEqualTo(1);
        assertThat(java.util.Arrays.stream(incoming).max().orElseThrow()).isEqualTo(1);

        // from a leaf's point of view it is the same chain
        long someCase = jdbc.sql("select max(id) from cases_case where person_id in (select id from people_person where full_name like 'Chuỗi A%')")
                .query(Long.class).single();
        assertThat(read(provinceUser(), "/api/v1/tracing/chains/cases/" + someCase).get("nodes").size()).isEqualTo(10_000);

        // the commune sees the whole chain, the 100 people living in Ka Long without names
        JsonNode bc = read(communeUser(BAI_CHAY), "/api/v1/tracing/chains/cases/" + root);
        assertThat(bc.get("nodes").size()).isEqualTo(10_000);
        long hidden = 0;
        for (JsonNode n : bc.get("nodes")) {
            if (n.get("hidden").asBoolean()) {
                hidden++;
                assertThat(n.get("name").isNull()).isTrue();
                assertThat(n.get("personId").isNull()).isTrue();
            }
        }
        assertThat(hidden).isEqualTo(100);
        // another commune or district does not get the case's chain at all
        getJson(communeUser(KA_LONG), "/api/v1/tracing/chains/cases/" + root, 404);
        getJson(districtUser(MONG_CAI), "/api/v1/tracing/chains/cases/" + root, 404);
    }

    @Test
    void the_chain_of_a_cluster_joins_its_cases_and_their_contacts_and_its_page_draws_it() throws Exception {
        String tyt = communeUser(HUNG_THANG);
        long home = household(HUNG_THANG, HA_LONG);
        long a = confirmedCase(person("Chuỗi Ổ Mẹ", HUNG_THANG, HA_LONG, home, null), 30);
        long b = confirmedCase(person("Chuỗi Ổ Con", HUNG_THANG, HA_LONG, home, null), 20);
        long f1 = person("Chuỗi Ổ F1", HUNG_THANG, HA_LONG);
        f1(tyt, a, f1, "VENUE");
        f2(tyt, f1, person("Chuỗi Ổ F2", HUNG_THANG, HA_LONG));
        postJson(provinceUser(), "/api/v1/tracing/clusters/detect", "", 200);
        long cluster = jdbc.sql("select cluster_id from tracing_cluster_case where case_id = :c").param("c", a)
                .query(Long.class).single();
        JsonNode chain = read(tyt, "/api/v1/tracing/chains/clusters/" + cluster);
        assertThat(chain.get("nodes").findValuesAsString("name"))
                .containsExactlyInAnyOrder("Chuỗi Ổ Mẹ", "Chuỗi Ổ Con", "Chuỗi Ổ F1", "Chuỗi Ổ F2");
        assertThat(chain.get("nodes").findValuesAsString("kind")).containsExactlyInAnyOrder("CASE", "CASE", "F1", "F2");
        assertThat(chain.get("edges").size()).isEqualTo(3);
        // the household joins mother and son in the cluster's chain: a link of level 0, not a contact
        assertThat(chain.get("edges").findValues("level").stream().map(JsonNode::asInt)).containsExactlyInAnyOrder(0, 1, 2);
        JsonNode link = null;
        for (JsonNode e : chain.get("edges")) {
            if (e.get("level").asInt() == 0) {
                link = e;
            }
        }
        assertThat(link.get("exposure").asString()).isEqualTo("HOUSEHOLD");
        assertThat(java.util.Set.of(chain.get("nodes").get(link.get("from").asInt()).get("name").asString(),
                chain.get("nodes").get(link.get("to").asInt()).get("name").asString()))
                .containsExactlyInAnyOrder("Chuỗi Ổ Mẹ", "Chuỗi Ổ Con");
        // a case's own chain holds contacts only
        assertThat(read(tyt, "/api/v1/tracing/chains/cases/" + a).get("edges").size()).isEqualTo(2);
        assertThat(b).isPositive();
        getJson(communeUser(BAI_CHAY), "/api/v1/tracing/chains/clusters/" + cluster, 404);

        String page = mvc.perform(get("/tracing/clusters/" + cluster + "/chain").with(as(tyt))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("data-url=\"/api/v1/tracing/chains/clusters/" + cluster + "\"", "echarts-5.6.0.min.js",
                "tracing-chain.js");
        mvc.perform(get("/tracing/clusters/" + cluster + "/chain").with(as(communeUser(BAI_CHAY)))).andExpect(status().isNotFound());
        mvc.perform(get("/tracing/cases/" + a + "/chain").with(as(tyt))).andExpect(status().isOk());
        mvc.perform(get("/tracing/cases/" + a + "/chain").with(as(communeUser(KA_LONG)))).andExpect(status().isNotFound());
        mvc.perform(get("/vendor/echarts-5.6.0.min.js").with(as(tyt))).andExpect(status().isOk());
    }
}
