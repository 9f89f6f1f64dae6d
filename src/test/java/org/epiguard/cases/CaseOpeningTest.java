package org.epiguard.cases;

import org.epiguard.access.Location;
import org.epiguard.access.Role;
import org.epiguard.testing.PcrPositive;
import org.epiguard.testing.RapidTestPositive;
import org.epiguard.testing.TestKind;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.support.TransactionTemplate;

import java.math.BigDecimal;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

@RecordApplicationEvents
class CaseOpeningTest extends CasesTestSupport {

    @Autowired
    ApplicationEvents events;
    @Autowired
    ApplicationEventPublisher publisher;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    CaseLookup lookup;

    String caseStatus(long caseId) {
        return jdbc.sql("select status || ' ' || origin from cases_case where id = :id").param("id", caseId)
                .query(String.class).single();
    }

    @Test
    void a_positive_rapid_test_opens_a_suspected_case_and_proposes_the_household_as_a_zone() throws Exception {
        long home = household(BAI_CHAY, HA_LONG);
        long p = person("Lại Văn Nhanh", BAI_CHAY, HA_LONG, home, 1988);
        long test = positiveRapidTest(communeUser(BAI_CHAY), p, hoursAgo(2), null);

        assertThat(casesOf(p)).singleElement().satisfies(id -> {
            assertThat(caseStatus(id)).isEqualTo("SUSPECTED RAPID_TEST");
            assertThat(jdbc.sql("select opening_test_id from cases_case where id = :id").param("id", id)
                    .query(Long.class).single()).isEqualTo(test);
            String body = getJson(districtUser(HA_LONG), "/api/v1/cases/" + id, 200);
            assertThat(body).contains("\"status\":\"SUSPECTED\"", "\"origin\":\"RAPID_TEST\"", "Lại Văn Nhanh",
                    "\"kind\":\"HOUSEHOLD\"", "\"status\":\"PROPOSED\"", "\"householdId\":" + home);
            getJson(communeUser(HUNG_THANG), "/api/v1/cases/" + id, 404);
            getJson(districtUser(MONG_CAI), "/api/v1/cases/" + id, 404);
        });
        long zone = jdbc.sql("select id from cases_zone where proposing_test_id = :t").param("t", test)
                .query(Long.class).single();
        assertThat(getJson(communeUser(BAI_CHAY), "/api/v1/cases/zones?status=PROPOSED", 200)).contains("\"id\":" + zone + ",");
        assertThat(getJson(communeUser(HUNG_THANG), "/api/v1/cases/zones?status=PROPOSED", 200)).doesNotContain("\"id\":" + zone + ",");
        getJson(districtUser(MONG_CAI), "/api/v1/cases/zones/" + zone, 404);
        assertThat(events.stream(CaseConfirmed.class).filter(e -> e.personId() == p)).isEmpty();
        assertThat(count("select count(*) from access_audit where entity_type = 'cases_case' and after->>'personId' = :p::text", p))
                .isEqualTo(1);
    }

    @Test
    void a_positive_rapid_test_at_a_school_proposes_the_school_and_a_second_pupil_joins_that_zone() throws Exception {
        long school = unit("SCHOOL", "Trường THCS phong tỏa", BAI_CHAY, HA_LONG);
        String teacher = unitUser(Role.SCHOOL, school);
        long first = person("Đào Văn Học", BAI_CHAY, HA_LONG);
        long second = person("Đào Thị Bàn", HUNG_THANG, HA_LONG);
        String tyt = provinceUser();
        positiveRapidTest(tyt, first, hoursAgo(3), school);
        positiveRapidTest(tyt, second, hoursAgo(2), school);
        var zones = jdbc.sql("select id, kind from cases_zone where unit_id = :u").param("u", school)
                .query((rs, i) -> rs.getString("kind") + " " + rs.getLong("id")).list();
        assertThat(zones).singleElement().satisfies(z -> assertThat(z).startsWith("BUILDING "));
        long zone = Long.parseLong(zones.getFirst().split(" ")[1]);
        assertThat(jdbc.sql("select count(*) from cases_zone_case where zone_id = :z").param("z", zone)
                .query(Long.class).single()).isEqualTo(2);
        assertThat(getJson(teacher, "/api/v1/cases/zones/" + zone, 200)).contains("\"kind\":\"BUILDING\"");
    }

    @Test
    void rt_pcr_confirms_the_suspected_case_of_a_rapid_test_and_publishes_case_confirmed_once() throws Exception {
        long p = person("Vi Văn Khẳng", BAI_CHAY, HA_LONG);
        long lab = unit("LABORATORY", "Phòng xét nghiệm ca bệnh", BAI_CHAY, HA_LONG);
        String tyt = communeUser(BAI_CHAY);
        positiveRapidTest(tyt, p, hoursAgo(6), null);
        long pcr = positivePcr(tyt, p, lab, hoursAgo(5), hoursAgo(1));
        assertThat(casesOf(p)).singleElement().satisfies(id -> {
            assertThat(caseStatus(id)).isEqualTo("CONFIRMED RAPID_TEST");
            assertThat(jdbc.sql("select confirming_test_id from cases_case where id = :id").param("id", id)
                    .query(Long.class).single()).isEqualTo(pcr);
            assertThat(events.stream(CaseConfirmed.class).filter(e -> e.personId() == p)).singleElement().satisfies(e -> {
                assertThat(e.caseId()).isEqualTo(id);
                assertThat(e.communeCode()).isEqualTo(BAI_CHAY);
                assertThat(e.districtCode()).isEqualTo(HA_LONG);
            });
        });
    }

    @Test
    void rt_pcr_without_an_open_case_opens_a_confirmed_case_and_the_same_result_twice_changes_nothing() throws Exception {
        long p = person("Hà Văn Xác Định", KA_LONG, MONG_CAI);
        long lab = unit("LABORATORY", "Phòng xét nghiệm Móng Cái", KA_LONG, MONG_CAI);
        long pcr = positivePcr(communeUser(KA_LONG), p, lab, hoursAgo(5), hoursAgo(1));
        assertThat(casesOf(p)).singleElement().satisfies(id -> assertThat(caseStatus(id)).isEqualTo("CONFIRMED PCR"));

        var again = new PcrPositive(pcr, p, 0L, Instant.now(), BigDecimal.TEN, Location.commune("22", MONG_CAI, KA_LONG),
                KA_LONG, null, lab);
        tx.executeWithoutResult(s -> publisher.publishEvent(again));
        assertThat(casesOf(p)).hasSize(1);
        assertThat(events.stream(CaseConfirmed.class).filter(e -> e.personId() == p)).hasSize(1);
        assertThat(getJson(unitUser(Role.LABORATORY, lab), "/api/v1/cases/" + casesOf(p).getFirst(), 200))
                .contains("\"origin\":\"PCR\"");
    }

    @Test
    void the_same_rapid_test_twice_opens_one_case_and_one_zone() throws Exception {
        long home = household(HUNG_THANG, HA_LONG);
        long p = person("Ông Văn Hai Lần", HUNG_THANG, HA_LONG, home, 1970);
        long test = positiveRapidTest(communeUser(HUNG_THANG), p, hoursAgo(2), null);
        var again = new RapidTestPositive(test, p, 0L, TestKind.RAPID_PROFESSIONAL, Instant.now(),
                Location.commune("22", HA_LONG, HUNG_THANG), HUNG_THANG, null, null, null);
        tx.executeWithoutResult(s -> publisher.publishEvent(again));
        assertThat(casesOf(p)).hasSize(1);
        assertThat(count("select count(*) from cases_zone where household_id = :p", home)).isEqualTo(1);
    }

    @Test
    void a_rapid_test_confirms_only_on_days_the_dated_rule_allows_it() throws Exception {
        String bcd = provinceUser();
        postJson(bcd, "/api/v1/cases/rules/rapid-test", """
                {"effectiveFrom": "01/06/2021", "confirms": true, "note": "test nhanh xác định"}""", 201);
        postJson(bcd, "/api/v1/cases/rules/rapid-test", """
                {"effectiveFrom": "01/07/2021", "confirms": false}""", 201);
        assertThat(postJson(bcd, "/api/v1/cases/rules/rapid-test", """
                {"effectiveFrom": "hôm qua"}""", 400)).contains("\"field\":\"effectiveFrom\"", "\"field\":\"confirms\"");
        postJson(communeUser(BAI_CHAY), "/api/v1/cases/rules/rapid-test", """
                {"effectiveFrom": "01/08/2021", "confirms": true}""", 403);
        assertThat(getJson(bcd, "/api/v1/cases/rules/rapid-test", 200)).contains("\"effectiveFrom\":\"2021-06-01\"")
                .doesNotContain("2021-08-01");

        String tyt = communeUser(BAI_CHAY);
        long june = person("Kha Văn Tháng Sáu", BAI_CHAY, HA_LONG);
        long july = person("Kha Thị Tháng Bảy", BAI_CHAY, HA_LONG);
        positiveRapidTest(tyt, june, "30/06/2021 10:00", null);
        positiveRapidTest(tyt, july, "01/07/2021 10:00", null);
        assertThat(caseStatus(casesOf(june).getFirst())).isEqualTo("CONFIRMED RAPID_TEST");
        assertThat(caseStatus(casesOf(july).getFirst())).isEqualTo("SUSPECTED RAPID_TEST");
        assertThat(events.stream(CaseConfirmed.class).filter(e -> e.personId() == june)).hasSize(1);
        assertThat(events.stream(CaseConfirmed.class).filter(e -> e.personId() == july)).isEmpty();
    }

    @Test
    void a_positive_rapid_test_in_a_bulk_upload_opens_its_case_and_zone_once_the_upload_is_committed() throws Exception {
        String tyt = communeUser(BAI_CHAY);
        String name = "Tải Lên Dương Tính " + System.nanoTime() % 1_000_000;
        String csv = "Họ tên,Ngày sinh,Giới tính,Mã xã,Loại xét nghiệm,Kết quả,Thời gian có kết quả\n"
                + name + ",1991,Nữ," + BAI_CHAY + ",Test nhanh,Dương tính," + hoursAgo(2) + "\n";
        var file = new org.springframework.mock.web.MockMultipartFile("file", "ket-qua.csv", "text/csv",
                csv.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart(
                "/api/v1/testing/results/imports").file(file).with(as(tyt)))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status().isAccepted());
        String sql = "select c.status || ' ' || c.origin from cases_case c join people_person p on p.id = c.person_id"
                + " where p.full_name = :n";
        java.util.List<String> found = java.util.List.of();
        for (int i = 0; i < 200 && found.isEmpty(); i++) {
            Thread.sleep(100);
            found = jdbc.sql(sql).param("n", name).query(String.class).list();
        }
        assertThat(found).containsExactly("SUSPECTED RAPID_TEST");
        assertThat(jdbc.sql("""
                        select count(*) from cases_zone z join cases_zone_case zc on zc.zone_id = z.id
                          join cases_case c on c.id = zc.case_id join people_person p on p.id = c.person_id
                         where p.full_name = :n and z.status = 'PROPOSED'""").param("n", name).query(Long.class).single())
                .isEqualTo(1);
    }

    @Test
    void other_modules_read_a_case_through_case_lookup() throws Exception {
        long p = person("Tra Cứu Văn Ca", BAI_CHAY, HA_LONG);
        positiveRapidTest(communeUser(BAI_CHAY), p, hoursAgo(2), null);
        long id = casesOf(p).getFirst();
        assertThat(lookup.openCaseOf(p)).hasValueSatisfying(c -> {
            assertThat(c.caseId()).isEqualTo(id);
            assertThat(c.status()).isEqualTo(CaseStatus.SUSPECTED);
            assertThat(c.confirmedAt()).isNull();
            assertThat(c.communeCode()).isEqualTo(BAI_CHAY);
        });
        assertThat(lookup.find(id)).hasValueSatisfying(c -> assertThat(c.personId()).isEqualTo(p));
        assertThat(lookup.find(-1)).isEmpty();
        assertThat(getJson(provinceUser(), "/api/v1/openapi.json", 200)).contains("/api/v1/cases/{id}/transitions",
                "/api/v1/cases/zones/{id}/confirm", "/api/v1/cases/{id}/investigation");
    }
}
