package org.epiguard.demo;

import com.jayway.jsonpath.JsonPath;
import org.epiguard.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The demo province's outbreak (loaded into the test database on start): the Texhong Hải Hà
 * industrial-zone cluster of early 2022, reaching Móng Cái, Đầm Hà, Tiên Yên, Ba Chẽ and Bình Liêu,
 * read as the provincial steering committee reads it.
 */
class DemoOutbreakTest extends IntegrationTest {

    private static final String NAME = "Ổ dịch Khu công nghiệp Texhong Hải Hà";
    /** Hải Hà, Móng Cái, Đầm Hà, Tiên Yên, Ba Chẽ, Bình Liêu. */
    private static final List<String> SIX = List.of("201", "194", "200", "199", "202", "198");

    private String read(String user, String url) throws Exception {
        return mvc.perform(get(url).with(as(user))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    private long cluster() throws Exception {
        String list = read("bcd.tinh", "/api/v1/tracing/clusters?status=CLOSED&size=200&sort=districts");
        List<Number> ids = JsonPath.read(list, "$.rows[?(@.name == '" + NAME + "')].id");
        assertThat(ids).as("the demo cluster in the committee's list").hasSize(1);
        return ids.getFirst().longValue();
    }

    @Test
    void the_industrial_zone_cluster_spans_the_six_districts_over_weeks_and_its_districts_see_it() throws Exception {
        long cluster = cluster();
        String detail = read("bcd.tinh", "/api/v1/tracing/clusters/" + cluster);
        List<String> districts = JsonPath.read(detail, "$.districts[*].code");
        assertThat(districts).containsExactlyInAnyOrderElementsOf(SIX);
        List<Number> perDistrict = JsonPath.read(detail, "$.districts[*].cases");
        assertThat(perDistrict).allSatisfy(n -> assertThat(n.longValue()).isPositive());
        int cases = JsonPath.<Number>read(detail, "$.cluster.cases").intValue();
        assertThat(cases).isGreaterThanOrEqualTo(30);
        assertThat(JsonPath.<String>read(detail, "$.cluster.districtCode")).isEqualTo("201");
        Instant first = Instant.parse(JsonPath.read(detail, "$.cluster.firstConfirmedAt"));
        Instant last = Instant.parse(JsonPath.read(detail, "$.cluster.lastConfirmedAt"));
        assertThat(first).isBetween(Instant.parse("2022-01-27T00:00:00Z"), Instant.parse("2022-01-29T00:00:00Z"));
        assertThat(Duration.between(first, last).toDays()).isBetween(14L, 35L);
        List<Object> members = JsonPath.read(detail, "$.cases[*]");
        assertThat(members).hasSize(cases);

        // Móng Cái's command centre sees the cluster and only its own district's cases by name
        String mongCai = read("ttch.mongcai", "/api/v1/tracing/clusters/" + cluster);
        List<String> seenCommunes = JsonPath.read(mongCai, "$.cases[*].communeCode");
        assertThat(seenCommunes).isNotEmpty().hasSizeLessThan(cases);
        for (String commune : seenCommunes) {
            assertThat(parent(commune)).isEqualTo("194");
        }
        // the cluster's page names it and its six districts
        String page = read("bcd.tinh", "/tracing/clusters/" + cluster);
        assertThat(page).contains(NAME, "ở 6 huyện", "Móng Cái", "Đầm Hà", "Tiên Yên", "Ba Chẽ", "Bình Liêu");
        // a commune of Hạ Long, which the outbreak did not reach, gets nothing
        mvc.perform(get("/api/v1/tracing/clusters/" + cluster).with(as("tyt.baichay"))).andExpect(status().isNotFound());
    }

    @Test
    void the_cases_have_their_tests_and_contacts_and_the_venues_their_check_ins() throws Exception {
        long cluster = cluster();
        String detail = read("bcd.tinh", "/api/v1/tracing/clusters/" + cluster);
        List<Number> caseIds = JsonPath.read(detail, "$.cases[*].caseId");
        // each case was confirmed by a positive RT-PCR of its own sample; those found in the community had a rapid test first
        var tests = jdbc.sql("""
                        select count(*) filter (where t.kind = 'PCR_SINGLE' and t.outcome = 'POSITIVE'
                                                  and t.id = c.confirming_test_id) as pcr,
                               count(*) filter (where t.kind = 'RAPID_PROFESSIONAL' and t.outcome = 'POSITIVE'
                                                  and t.result_at < c.confirmed_at) as rapid,
                               count(distinct c.id) filter (where not c.found_in_quarantine) as community,
                               count(distinct c.id) filter (where c.found_in_quarantine) as quarantined
                          from cases_case c join testing_test t on t.person_id = c.person_id
                         where c.id = any(:ids) and c.status = 'RECOVERED' and not c.imported""")
                .param("ids", caseIds.stream().map(Number::longValue).toArray(Long[]::new)).query().singleRow();
        assertThat(((Number) tests.get("pcr")).intValue()).isEqualTo(caseIds.size());
        assertThat(((Number) tests.get("rapid")).longValue()).isEqualTo(((Number) tests.get("community")).longValue());
        assertThat(((Number) tests.get("community")).longValue()).isPositive();
        assertThat(((Number) tests.get("quarantined")).longValue()).isPositive();

        // the index case's F1: co-workers of the zone and its household, a few F2 under them, negative tests for some
        long indexCase = JsonPath.<Number>read(detail, "$.cluster.sourceCaseId").longValue();
        String f1 = read("bcd.tinh", "/api/v1/tracing/contacts?caseId=" + indexCase + "&size=200");
        List<String> exposures = JsonPath.read(f1, "$.rows[*].exposure");
        assertThat(exposures).contains("WORKPLACE");
        List<Number> level = JsonPath.read(f1, "$.rows[*].level");
        assertThat(level).allSatisfy(l -> assertThat(l.intValue()).isEqualTo(1));
        assertThat(JsonPath.<Number>read(read("bcd.tinh", "/api/v1/tracing/contacts?level=2&size=1"), "$.total").longValue())
                .isPositive();
        long negatives = jdbc.sql("""
                        select count(*) from testing_test t join tracing_contact f on f.person_id = t.person_id
                         where f.case_id = :c and t.outcome = 'NEGATIVE' and t.result_at > f.last_exposure_at""")
                .param("c", indexCase).query(Long.class).single();
        assertThat(negatives).isPositive();
        // every case but the index case is the F1 of another case of the cluster: the chain is whole
        long unchained = jdbc.sql("""
                        select count(*) from tracing_cluster_case m
                         where m.cluster_id = :k and m.case_id <> :index
                           and not exists (select 1 from tracing_contact f join tracing_cluster_case s on s.case_id = f.case_id
                                            where f.person_id = m.person_id and s.cluster_id = :k)""")
                .param("k", cluster).param("index", indexCase).query(Long.class).single();
        assertThat(unchained).isZero();

        // check-ins at venues of the six districts during the outbreak, and a case met at a market is an F1 candidate
        var checkins = jdbc.sql("""
                        select count(*) as n, count(distinct district_code) as districts from tracing_checkin
                         where checked_in_at between timestamptz '2022-01-20' and timestamptz '2022-03-01'
                           and district_code in ('201', '194', '200', '199', '202', '198')""").query().singleRow();
        assertThat(((Number) checkins.get("n")).longValue()).isGreaterThanOrEqualTo(300);
        assertThat(((Number) checkins.get("districts")).intValue()).isEqualTo(6);
        Map<String, Object> venueLink = jdbc.sql("""
                        select f.case_id, f.person_id from tracing_contact f join tracing_cluster_case m on m.person_id = f.person_id
                         where m.cluster_id = :k and f.exposure = 'VENUE' order by f.id limit 1""")
                .param("k", cluster).query().singleRow();
        String candidates = read("bcd.tinh", "/api/v1/tracing/cases/" + venueLink.get("case_id") + "/candidates");
        List<Number> candidatePeople = JsonPath.read(candidates, "$.candidates[*].personId");
        assertThat(candidatePeople).extracting(Number::longValue).contains(((Number) venueLink.get("person_id")).longValue());
    }

    @Test
    void a_few_cases_of_hai_ha_have_no_known_source_and_stay_outside_the_cluster() throws Exception {
        long cluster = cluster();
        String unknown = read("bcd.tinh", "/api/v1/tracing/unknown-source");
        List<Map<String, Object>> communes = JsonPath.read(unknown, "$.communes[*]");
        List<String> outsideAnyCluster = communes.stream()
                .filter(c -> ((List<?>) c.get("cases")).stream().anyMatch(k -> ((Map<?, ?>) k).get("clusterId") == null))
                .map(c -> parent((String) c.get("communeCode"))).toList();
        assertThat(outsideAnyCluster).contains("201");
        List<Number> inCluster = JsonPath.read(unknown, "$.communes[*].cases[?(@.clusterId == " + cluster + ")].caseId");
        // only the index case, whose own source was never found, is in the cluster
        assertThat(inCluster).hasSize(1);
    }

    private String parent(String commune) {
        return jdbc.sql("select parent_code from geo_admin_unit where code = :c").param("c", commune).query(String.class).single();
    }

    @Test
    void the_outbreaks_zones_are_on_the_level_map_on_the_days_they_were_in_force() throws Exception {
        // 05/02/2022: the enterprise of the index case and the households of community cases are locked down
        String during = read("bcd.tinh", "/api/v1/situation/map/22?date=05/02/2022");
        int total = JsonPath.<Number>read(during, "$.zones.total").intValue();
        assertThat(total).isPositive();
        List<String> kinds = JsonPath.read(during, "$.zones.list[*].kind");
        assertThat(kinds).contains("VENUE", "HOUSEHOLD");
        List<Number> inHaiHa = JsonPath.read(during, "$.map.features[?(@.properties.code == '201')].properties.zones");
        assertThat(inHaiHa.getFirst().intValue()).isPositive();
        // every zone of the outbreak names cases of the cluster that caused it, and all are lifted by the end of March
        List<Long> outbreakZones = jdbc.sql("""
                        select distinct zc.zone_id from cases_zone_case zc
                          join tracing_cluster_case cc on cc.case_id = zc.case_id
                          join tracing_cluster c on c.id = cc.cluster_id and c.name = :name""")
                .param("name", NAME).query(Long.class).list();
        assertThat(outbreakZones).hasSizeGreaterThanOrEqualTo(total);
        List<Number> listed = JsonPath.read(during, "$.zones.list[*].id");
        assertThat(listed.stream().map(Number::longValue).toList()).isSubsetOf(outbreakZones);
        String after = read("bcd.tinh", "/api/v1/situation/map/22?date=31/03/2022");
        List<Number> afterIds = JsonPath.read(after, "$.zones.list[*].id");
        assertThat(afterIds.stream().map(Number::longValue).toList()).doesNotContainAnyElementsOf(outbreakZones);
        // Móng Cái's command centre sees only Móng Cái's zones
        String mongCai = read("ttch.mongcai", "/api/v1/situation/map/194?date=05/02/2022");
        List<String> communes = JsonPath.read(mongCai, "$.zones.list[*].communeCode");
        assertThat(communes).allSatisfy(c -> assertThat(parent(c)).isEqualTo("194"));
    }
}
