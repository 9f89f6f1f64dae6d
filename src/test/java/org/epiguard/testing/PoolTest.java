package org.epiguard.testing;

import org.epiguard.access.Role;
import org.epiguard.access.Scope;
import org.epiguard.people.PersonsMerged;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

class PoolTest extends TestingTestSupport {

    @Test
    void a_positive_pool_orders_an_individual_retest_for_each_member_and_marks_them_suspected() throws Exception {
        String tyt = communeUser(BAI_CHAY);
        long lab = unit("LABORATORY", "Phòng xét nghiệm thử", BAI_CHAY, HA_LONG);
        String labUser = unitUser(Role.LABORATORY, lab);
        long an = person("Nguyễn Thị Gộp Một", BAI_CHAY, HA_LONG);
        long binh = person("Trần Văn Gộp Hai", BAI_CHAY, HA_LONG);
        long chi = person("Lê Thị Gộp Ba", BAI_CHAY, HA_LONG);
        String s1 = sample(tyt, an, "SCREENING", hoursAgo(6), null, lab);
        String s2 = sample(tyt, binh, "SCREENING", hoursAgo(6), null, lab);
        String s3 = sample(tyt, chi, "HIGH_RISK_ZONE", hoursAgo(6), null, lab);
        String pool = pool(tyt, "LOW", hoursAgo(5), lab, s1, s2, s3);

        // the lab sees the pool sent to it and records it positive
        assertThat(getJson(labUser, "/api/v1/testing/pools/" + pool, 200)).contains(s1, s2, s3);
        postJson(labUser, "/api/v1/testing/results", resultJson("PCR_POOL", null, pool, "POSITIVE", "27.5", hoursAgo(2)), 201);

        String orders = getJson(tyt, "/api/v1/testing/retest-orders?toResample=true", 200);
        assertThat(orders).contains("\"personId\":" + an, "\"personId\":" + binh, "\"personId\":" + chi, pool);
        assertThat(getJson(tyt, "/api/v1/testing/samples/" + s1, 200)).contains("\"suspected\":true", "\"results\":[]");
        assertThat(count("select count(*) from testing_retest_order o join testing_pool p on p.id = o.pool_id where p.barcode = :p",
                pool)).isEqualTo(3);
        assertThat(count("""
                select count(*) from access_audit where entity_type = 'testing_retest_order'
                   and summary like '%' || :p""", pool)).isEqualTo(3);

        // An is sampled again: off the list to re-sample, still suspected until the RT-PCR result
        String retest = sample(tyt, an, "F1", hoursAgo(1), null, lab);
        orders = getJson(tyt, "/api/v1/testing/retest-orders?toResample=true", 200);
        assertThat(orders).doesNotContain("\"personId\":" + an + ",").contains("\"personId\":" + binh);
        assertThat(getJson(tyt, "/api/v1/testing/samples/" + retest, 200)).contains("\"suspected\":true");
        postJson(labUser, "/api/v1/testing/results", resultJson("PCR_SINGLE", retest, null, "NEGATIVE", null, hoursAgo(0)), 201);
        assertThat(getJson(tyt, "/api/v1/testing/samples/" + retest, 200)).contains("\"suspected\":false");
        assertThat(getJson(tyt, "/api/v1/testing/retest-orders", 200))
                .doesNotContain("\"personId\":" + an + ",").contains("\"personId\":" + chi);
        // the pool's members themselves got no result
        assertThat(count("select count(*) from testing_test t join testing_sample s on s.id = t.sample_id where s.barcode = :p", s2))
                .isZero();
    }

    @Test
    void a_negative_pool_gives_each_member_a_negative_result_dated_as_the_pools() throws Exception {
        String tyt = communeUser(BAI_CHAY);
        long lab = unit("LABORATORY", "Phòng xét nghiệm âm tính", BAI_CHAY, HA_LONG);
        String labUser = unitUser(Role.LABORATORY, lab);
        String s1 = sample(tyt, person("Phạm Văn Âm Một", BAI_CHAY, HA_LONG), "SCREENING", hoursAgo(8), null, lab);
        String s2 = sample(tyt, person("Phạm Văn Âm Hai", BAI_CHAY, HA_LONG), "SCREENING", hoursAgo(8), null, lab);
        String pool = pool(tyt, "HIGH", hoursAgo(7), lab, s1, s2);
        String poolResult = postJson(labUser, "/api/v1/testing/results",
                resultJson("PCR_POOL", null, pool, "NEGATIVE", null, hoursAgo(3)), 201);
        String resultAt = poolResult.replaceAll(".*\"resultAt\":\"([^\"]+)\".*", "$1");
        for (String member : new String[] {s1, s2}) {
            String view = getJson(tyt, "/api/v1/testing/samples/" + member, 200);
            assertThat(view).contains("\"kind\":\"PCR_POOL\"", "\"outcome\":\"NEGATIVE\"", "\"fromPool\":true",
                    "\"resultAt\":\"" + resultAt + "\"", "\"poolBarcode\":\"" + pool + "\"", "\"suspected\":false");
        }
        assertThat(count("select count(*) from testing_retest_order o join testing_pool p on p.id = o.pool_id where p.barcode = :p",
                pool)).isZero();
        // the pool has its one result; a second one is refused by field
        assertThat(postJson(labUser, "/api/v1/testing/results", resultJson("PCR_POOL", null, pool, "POSITIVE", null, hoursAgo(1)), 400))
                .contains("\"poolBarcode\"", "ALREADY_RESULTED");
    }

    @Test
    void symptomatic_and_f1_samples_are_never_pooled() throws Exception {
        String tyt = communeUser(BAI_CHAY);
        String sick = sample(tyt, person("Hoàng Văn Triệu Chứng", BAI_CHAY, HA_LONG), "SYMPTOMATIC", hoursAgo(3), null, null);
        String contact = sample(tyt, person("Hoàng Thị Tiếp Xúc", BAI_CHAY, HA_LONG), "F1", hoursAgo(3), null, null);
        String screened = sample(tyt, person("Hoàng Văn Sàng Lọc", BAI_CHAY, HA_LONG), "SCREENING", hoursAgo(3), null, null);
        String barcode = barcode();
        String body = postJson(tyt, "/api/v1/testing/pools", poolJson(barcode, "LOW", hoursAgo(2), null, sick, contact, screened), 400);
        assertThat(body).contains("\"field\":\"sampleBarcodes[0]\",\"code\":\"NEVER_POOLED\"",
                "\"field\":\"sampleBarcodes[1]\",\"code\":\"NEVER_POOLED\"").doesNotContain("sampleBarcodes[2]");
        assertThat(count("select count(*) from testing_pool where barcode = :p", barcode)).isZero();
    }

    @Test
    void a_pool_over_the_rules_maximum_is_refused_and_a_later_dated_rule_applies_from_its_date() throws Exception {
        String tyt = communeUser(BAI_CHAY);
        String[] six = new String[6];
        for (int i = 0; i < six.length; i++) {
            six[i] = sample(tyt, person("Đỗ Văn Gộp Quá " + i, BAI_CHAY, HA_LONG), "HIGH_RISK_ZONE", hoursAgo(4), null, null);
        }
        assertThat(postJson(tyt, "/api/v1/testing/pools", poolJson(barcode(), "HIGH", hoursAgo(3), null, six), 400))
                .contains("\"field\":\"sampleBarcodes\",\"code\":\"TOO_MANY\"", "6 mẫu", "tối đa 5");
        assertThat(postJson(tyt, "/api/v1/testing/pools?lang=en", poolJson(barcode(), "HIGH", hoursAgo(3), null, six), 400))
                .contains("6 samples: the rule in force since 01/01/2020 allows at most 5 in this area.");
        pool(tyt, "HIGH", hoursAgo(3), null, java.util.Arrays.copyOf(six, 5));

        // the province makes pools of low-risk areas at most 3 from 01/06/2021, and 10 again from 01/07/2021
        String province = user("t.bcd.tinh", Role.PROVINCE_COMMITTEE, Scope.of("PROVINCE", "22"));
        postJson(province, "/api/v1/testing/pool-rules", """
                {"areaRisk": "LOW", "maxMembers": 3, "effectiveFrom": "01/06/2021", "note": "thử: vùng nguy cơ thấp, 3 mẫu"}""", 201);
        postJson(province, "/api/v1/testing/pool-rules", """
                {"areaRisk": "LOW", "maxMembers": 10, "effectiveFrom": "01/07/2021"}""", 201);
        String[] old = new String[11];
        for (int i = 0; i < old.length; i++) {
            old[i] = sample(tyt, person("Đỗ Thị Gộp Cũ " + i, BAI_CHAY, HA_LONG), "SCREENING", "30/05/2021 08:00", null, null);
        }
        assertThat(getJson(tyt, "/api/v1/testing/pools/" + pool(tyt, "LOW", "31/05/2021 10:00", null, old[0], old[1], old[2], old[3]), 200))
                .contains("\"maxMembers\":10");
        assertThat(postJson(tyt, "/api/v1/testing/pools", poolJson(barcode(), "LOW", "02/06/2021 10:00", null,
                old[4], old[5], old[6], old[7]), 400)).contains("TOO_MANY", "01/06/2021", "tối đa 3");
        assertThat(getJson(tyt, "/api/v1/testing/pools/" + pool(tyt, "LOW", "02/06/2021 10:00", null, old[4], old[5], old[6]), 200))
                .contains("\"maxMembers\":3");
        assertThat(postJson(tyt, "/api/v1/testing/pools", poolJson(barcode(), "LOW", "01/07/2021 10:00", null,
                old[7], old[8], old[9], old[10]), 201)).contains("\"maxMembers\":10");
    }

    @Test
    void a_pool_rule_is_the_provinces_and_each_bad_field_is_named() throws Exception {
        String province = user("t.bcd.tinh", Role.PROVINCE_COMMITTEE, Scope.of("PROVINCE", "22"));
        String body = postJson(province, "/api/v1/testing/pool-rules", """
                {"areaRisk": "MEDIUM", "maxMembers": 1, "effectiveFrom": "31/02/2021"}""", 400);
        assertThat(body).contains("\"areaRisk\",\"code\":\"UNKNOWN_VALUE\"", "\"maxMembers\",\"code\":\"MAX_MEMBERS_RANGE\"",
                "\"effectiveFrom\",\"code\":\"BAD_TIME\"");
        assertThat(postJson(province, "/api/v1/testing/pool-rules", """
                {"areaRisk": "HIGH", "maxMembers": 5, "effectiveFrom": "01/01/2020"}""", 400))
                .contains("\"effectiveFrom\",\"code\":\"RULE_EXISTS\"");
        postJson(communeUser(BAI_CHAY), "/api/v1/testing/pool-rules", """
                {"areaRisk": "HIGH", "maxMembers": 4, "effectiveFrom": "01/01/2022"}""", 403);
        assertThat(count("select count(*) from testing_pool_rule where area_risk = :p and effective_from = date '2022-01-01'",
                "HIGH")).isZero();
    }

    @Test
    void every_bad_pool_field_is_refused_by_name() throws Exception {
        String tyt = communeUser(BAI_CHAY);
        String a = sample(tyt, person("Vũ Văn Lỗi Một", BAI_CHAY, HA_LONG), "SCREENING", hoursAgo(5), null, null);
        String b = sample(tyt, person("Vũ Văn Lỗi Hai", BAI_CHAY, HA_LONG), "SCREENING", hoursAgo(5), null, null);
        String c = sample(tyt, person("Vũ Văn Lỗi Ba", BAI_CHAY, HA_LONG), "SCREENING", hoursAgo(5), null, null);
        assertThat(postJson(tyt, "/api/v1/testing/pools", poolJson(null, null, null, null, a, b), 400))
                .contains("\"barcode\",\"code\":\"REQUIRED\"", "\"areaRisk\",\"code\":\"REQUIRED\"", "\"pooledAt\",\"code\":\"REQUIRED\"");
        assertThat(postJson(tyt, "/api/v1/testing/pools", poolJson("x y", "LOW", "hôm qua", null, a), 400))
                .contains("\"barcode\",\"code\":\"BAD_BARCODE\"", "\"pooledAt\",\"code\":\"BAD_TIME\"",
                        "\"sampleBarcodes\",\"code\":\"TOO_FEW\"");
        assertThat(postJson(tyt, "/api/v1/testing/pools", poolJson(barcode(), "LOW", hoursAgo(1), null, a, a, "NO-SUCH-1"), 400))
                .contains("\"sampleBarcodes[1]\",\"code\":\"DUPLICATE_SAMPLE\"", "\"sampleBarcodes[2]\",\"code\":\"UNKNOWN_SAMPLE\"");
        assertThat(postJson(tyt, "/api/v1/testing/pools", poolJson(barcode(), "LOW", hoursAgo(6), null, a, b), 400))
                .contains("\"pooledAt\",\"code\":\"BEFORE_COLLECTION\"");
        assertThat(postJson(tyt, "/api/v1/testing/pools", poolJson(a, "LOW", hoursAgo(1), 999999999L, b, c), 400))
                .contains("\"barcode\",\"code\":\"BARCODE_TAKEN\"", "\"labUnitId\",\"code\":\"UNKNOWN_UNIT\"");
        String first = pool(tyt, "LOW", hoursAgo(1), null, a, b);
        assertThat(postJson(tyt, "/api/v1/testing/pools", poolJson(barcode(), "LOW", hoursAgo(1), null, b, c), 400))
                .contains("\"sampleBarcodes[0]\",\"code\":\"ALREADY_POOLED\"", first);
        assertThat(count("select count(*) from testing_pool_member m join testing_sample s on s.id = m.sample_id where s.barcode = :p", c))
                .isZero();
    }

    @Autowired
    ApplicationEventPublisher publisher;

    @Autowired
    TransactionTemplate tx;

    @Test
    void a_merge_moves_the_merged_persons_samples_results_and_retest_orders_to_the_survivor() throws Exception {
        String tyt = communeUser(BAI_CHAY);
        long lab = unit("LABORATORY", "Phòng xét nghiệm gộp người", BAI_CHAY, HA_LONG);
        long survivor = person("Kim Văn Hợp Nhất", BAI_CHAY, HA_LONG);
        long merged = person("Kim Van Hop Nhat", BAI_CHAY, HA_LONG);
        String s1 = sample(tyt, merged, "SCREENING", hoursAgo(5), null, lab);
        String s2 = sample(tyt, person("Kim Thị Cùng Gộp", BAI_CHAY, HA_LONG), "SCREENING", hoursAgo(5), null, lab);
        String pool = pool(tyt, "LOW", hoursAgo(4), lab, s1, s2);
        postJson(unitUser(Role.LABORATORY, lab), "/api/v1/testing/results",
                resultJson("PCR_POOL", null, pool, "POSITIVE", null, hoursAgo(1)), 201);
        tx.executeWithoutResult(t -> publisher.publishEvent(new PersonsMerged(survivor, merged)));
        assertThat(getJson(tyt, "/api/v1/testing/samples?personId=" + survivor, 200)).contains(s1, "\"suspected\":true");
        assertThat(getJson(tyt, "/api/v1/testing/retest-orders", 200)).contains("\"personId\":" + survivor + ",")
                .doesNotContain("\"personId\":" + merged + ",");
        assertThat(count("select count(*) from testing_sample where person_id = :p", merged)).isZero();
    }
}
