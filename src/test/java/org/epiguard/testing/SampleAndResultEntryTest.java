package org.epiguard.testing;

import org.epiguard.access.Role;
import org.epiguard.access.Scope;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SampleAndResultEntryTest extends TestingTestSupport {

    String sampleJson(String barcode, Long person, String priority, String collectedAt, String placeCommune, Long placeUnit,
                      Long collectingUnit, Long lab) {
        return """
                {"barcode": %s, "personId": %s, "priority": %s, "collectedAt": %s, "placeCommuneCode": %s, "placeUnitId": %s,
                 "collectingUnitId": %s, "labUnitId": %s}""".formatted(quoted(barcode), person, quoted(priority),
                quoted(collectedAt), quoted(placeCommune), placeUnit, collectingUnit, lab);
    }

    long samplesOf(long person) {
        return count("select count(*) from testing_sample where person_id = :p", person);
    }

    @Test
    void a_health_station_records_a_sample_found_again_by_barcode_and_by_person_with_an_audit_record() throws Exception {
        String tyt = communeUser(BAI_CHAY);
        long market = unit("MARKET", "Chợ thử", BAI_CHAY, HA_LONG);
        long p = person("Bùi Thị Lấy Mẫu", BAI_CHAY, HA_LONG);
        String barcode = barcode();
        String created = postJson(tyt, "/api/v1/testing/samples",
                sampleJson(barcode, p, "screening", "01/12/2021 09:30", null, market, null, null), 201);
        assertThat(created).contains("\"priority\":\"SCREENING\"", "\"placeCommuneCode\":\"" + BAI_CHAY + "\"",
                "\"placeUnitId\":" + market, "\"collectedAt\":\"2021-12-01T02:30:00Z\"");
        assertThat(getJson(tyt, "/api/v1/testing/samples/" + barcode, 200)).contains("Bùi Thị Lấy Mẫu");
        assertThat(getJson(tyt, "/api/v1/testing/samples?personId=" + p, 200)).contains(barcode);
        assertThat(count("select count(*) from access_audit where entity_type = 'testing_sample' and after->>'barcode' = :p",
                barcode)).isEqualTo(1);
    }

    @Test
    void every_bad_sample_field_is_refused_by_name_and_nothing_is_written() throws Exception {
        String tyt = communeUser(BAI_CHAY);
        long p = person("Cao Văn Sai Mẫu", BAI_CHAY, HA_LONG);
        long school = unit("SCHOOL", "Trường thử Bãi Cháy", BAI_CHAY, HA_LONG);
        long elsewhere = unit("MARKET", "Chợ Ka Long thử", KA_LONG, MONG_CAI);
        String taken = sample(tyt, person("Cao Thị Có Mẫu", BAI_CHAY, HA_LONG), "SCREENING", hoursAgo(1), null, null);

        assertThat(postJson(tyt, "/api/v1/testing/samples", sampleJson(barcode(), null, "F1", hoursAgo(1), null, null, null, null), 400))
                .contains("\"personId\",\"code\":\"REQUIRED\"");
        assertThat(postJson(tyt, "/api/v1/testing/samples", sampleJson(null, p, null, null, null, null, null, null), 400))
                .contains("\"barcode\",\"code\":\"REQUIRED\"", "\"priority\",\"code\":\"REQUIRED\"",
                        "\"collectedAt\",\"code\":\"REQUIRED\"");
        assertThat(postJson(tyt, "/api/v1/testing/samples", sampleJson("ab", p, "F2", "31/02/2021 08:00", "99999", null, null, null), 400))
                .contains("\"barcode\",\"code\":\"BAD_BARCODE\"", "\"priority\",\"code\":\"UNKNOWN_VALUE\"",
                        "\"collectedAt\",\"code\":\"BAD_TIME\"", "\"placeCommuneCode\",\"code\":\"UNKNOWN_COMMUNE\"");
        assertThat(postJson(tyt, "/api/v1/testing/samples", sampleJson(taken, p, "F1", "01/01/2099 08:00", null, elsewhere, null, school), 400))
                .contains("\"barcode\",\"code\":\"BARCODE_TAKEN\"", "\"collectedAt\",\"code\":\"FUTURE_TIME\"",
                        "\"placeUnitId\",\"code\":\"UNKNOWN_UNIT\"", "\"labUnitId\",\"code\":\"NOT_A_LAB\"");
        assertThat(postJson(tyt, "/api/v1/testing/samples", sampleJson(barcode(), p, "F1", "01/01/2020 08:00", HUNG_THANG, school, null, null), 400))
                .contains("\"collectedAt\",\"code\":\"TOO_EARLY\"", "\"placeUnitId\",\"code\":\"PLACE_MISMATCH\"");
        assertThat(postJson(tyt, "/api/v1/testing/samples", sampleJson(barcode(), p, "F1", hoursAgo(1), null, null, elsewhere, null), 400))
                .contains("\"collectingUnitId\",\"code\":\"UNKNOWN_UNIT\"");
        assertThat(samplesOf(p)).isZero();
    }

    @Test
    void every_bad_result_field_is_refused_by_name_and_nothing_is_written() throws Exception {
        String tyt = communeUser(BAI_CHAY);
        long lab = unit("LABORATORY", "Phòng xét nghiệm lỗi", BAI_CHAY, HA_LONG);
        long p = person("Đặng Văn Sai Kết Quả", BAI_CHAY, HA_LONG);
        String noLab = sample(tyt, p, "SYMPTOMATIC", hoursAgo(5), null, null);
        String toLab = sample(tyt, person("Đặng Thị Gửi Mẫu", BAI_CHAY, HA_LONG), "F1", hoursAgo(5), null, lab);
        String path = "/api/v1/testing/results";

        assertThat(postJson(tyt, path, resultJson(null, noLab, null, "POSITIVE", null, hoursAgo(1)), 400))
                .contains("\"kind\",\"code\":\"REQUIRED\"");
        assertThat(postJson(tyt, path, resultJson("ELISA", noLab, null, "POSITIVE", null, hoursAgo(1)), 400))
                .contains("\"kind\",\"code\":\"UNKNOWN_VALUE\"");
        assertThat(postJson(tyt, path, resultJson("PCR_SINGLE", null, null, "POSITIVE", null, hoursAgo(1)), 400))
                .contains("\"sampleBarcode\",\"code\":\"REQUIRED\"");
        assertThat(postJson(tyt, path, resultJson("PCR_POOL", null, null, "POSITIVE", null, hoursAgo(1)), 400))
                .contains("\"poolBarcode\",\"code\":\"REQUIRED\"");
        getJson(tyt, "/api/v1/testing/samples/NO-SUCH-SAMPLE", 404);
        postJson(tyt, path, resultJson("PCR_SINGLE", "NO-SUCH-SAMPLE", null, "POSITIVE", null, hoursAgo(1)), 404);
        assertThat(postJson(tyt, path, resultJson("PCR_SINGLE", noLab, null, "MAYBE", "abc", "hôm nay"), 400))
                .contains("\"outcome\",\"code\":\"UNKNOWN_VALUE\"", "\"ctValue\",\"code\":\"BAD_NUMBER\"",
                        "\"resultAt\",\"code\":\"BAD_TIME\"", "\"unitId\",\"code\":\"REQUIRED\"");
        assertThat(postJson(tyt, path, resultJson("PCR_SINGLE", toLab, null, null, "51", hoursAgo(6)), 400))
                .contains("\"outcome\",\"code\":\"REQUIRED\"", "\"ctValue\",\"code\":\"CT_RANGE\"",
                        "\"resultAt\",\"code\":\"BEFORE_COLLECTION\"");
        assertThat(postJson(tyt, path, resultJson("RAPID_PROFESSIONAL", noLab, null, "NEGATIVE", "20", "01/01/2099 00:00"), 400))
                .contains("\"ctValue\",\"code\":\"CT_ONLY_PCR\"", "\"resultAt\",\"code\":\"FUTURE_TIME\"");
        assertThat(count("select count(*) from testing_test where person_id = :p", p)).isZero();

        String ok = postJson(tyt, path, resultJson("PCR_SINGLE", toLab, null, "NEGATIVE", "35,5", hoursAgo(1)), 201);
        assertThat(ok).contains("\"ctValue\":35.5", "\"unitId\":" + lab);
        assertThat(postJson(tyt, path, resultJson("PCR_SINGLE", toLab, null, "POSITIVE", null, hoursAgo(0)), 400))
                .contains("\"sampleBarcode\",\"code\":\"ALREADY_RESULTED\"");
        assertThat(count("select count(*) from access_audit where entity_type = 'testing_test' and after->>'sampleId' = "
                + "(select id::text from testing_sample where barcode = :p)", toLab)).isEqualTo(1);
    }

    @Test
    void a_school_cannot_see_another_schools_samples_or_results_nor_write_to_them() throws Exception {
        long schoolA = unit("SCHOOL", "Trường A thử", BAI_CHAY, HA_LONG);
        long schoolB = unit("SCHOOL", "Trường B thử", BAI_CHAY, HA_LONG);
        String a = unitUser(Role.SCHOOL, schoolA);
        String b = unitUser(Role.SCHOOL, schoolB);
        long pupil = person("Ngô Văn Học Sinh", BAI_CHAY, HA_LONG, schoolA);
        String barcode = sample(a, pupil, "SCREENING", hoursAgo(2), null, null);
        postJson(a, "/api/v1/testing/results", resultJson("RAPID_PROFESSIONAL", barcode, null, "NEGATIVE", null, hoursAgo(1)), 201);
        assertThat(getJson(a, "/api/v1/testing/samples/" + barcode, 200)).contains("\"outcome\":\"NEGATIVE\"",
                "\"collectingUnitId\":" + schoolA);

        getJson(b, "/api/v1/testing/samples/" + barcode, 404);
        getJson(b, "/api/v1/testing/samples?personId=" + pupil, 404);
        postJson(b, "/api/v1/testing/results", resultJson("RAPID_PROFESSIONAL", barcode, null, "POSITIVE", null, hoursAgo(0)), 404);
        // school B may not record a sample of school A's pupil, nor claim school A as the collecting unit
        postJson(b, "/api/v1/testing/samples", sampleJson(barcode(), pupil, "SCREENING", hoursAgo(1), null, null, null, null), 404);
        long ownPupil = person("Ngô Thị Trường B", BAI_CHAY, HA_LONG, schoolB);
        postJson(b, "/api/v1/testing/samples", sampleJson(barcode(), ownPupil, "SCREENING", hoursAgo(1), null, null, schoolA, null), 403);
        assertThat(count("select count(*) from testing_test t join testing_sample s on s.id = t.sample_id where s.barcode = :p",
                barcode)).isEqualTo(1);
        assertThat(samplesOf(ownPupil)).isZero();
    }

    @Test
    void a_commune_user_of_another_commune_gets_nothing_and_a_viewer_who_may_not_capture_gets_403() throws Exception {
        String baiChay = communeUser(BAI_CHAY);
        String kaLong = communeUser(KA_LONG);
        long lab = unit("LABORATORY", "Phòng xét nghiệm phạm vi", BAI_CHAY, HA_LONG);
        long p1 = person("Lý Văn Phạm Vi Một", BAI_CHAY, HA_LONG);
        long p2 = person("Lý Văn Phạm Vi Hai", BAI_CHAY, HA_LONG);
        String s1 = sample(baiChay, p1, "SCREENING", hoursAgo(4), null, lab);
        String s2 = sample(baiChay, p2, "SCREENING", hoursAgo(4), null, lab);
        String pool = pool(baiChay, "LOW", hoursAgo(3), lab, s1, s2);
        postJson(unitUser(Role.LABORATORY, lab), "/api/v1/testing/results",
                resultJson("PCR_POOL", null, pool, "POSITIVE", null, hoursAgo(1)), 201);

        getJson(kaLong, "/api/v1/testing/samples/" + s1, 404);
        getJson(kaLong, "/api/v1/testing/pools/" + pool, 404);
        getJson(kaLong, "/api/v1/testing/samples?personId=" + p1, 404);
        assertThat(getJson(kaLong, "/api/v1/testing/retest-orders", 200)).doesNotContain(s1, s2);
        assertThat(postJson(kaLong, "/api/v1/testing/pools", poolJson(barcode(), "LOW", hoursAgo(1), null, s1, s2), 400))
                .contains("\"sampleBarcodes[0]\",\"code\":\"UNKNOWN_SAMPLE\"");
        postJson(kaLong, "/api/v1/testing/results", resultJson("PCR_SINGLE", s1, null, "POSITIVE", null, hoursAgo(0)), 404);
        // the district sees them; a district viewer whose capture scope is another commune may not write
        String viewer = "t.district.viewer";
        users.ensure(viewer, Role.DISTRICT_COMMAND, Scope.of("COMMUNE", HUNG_THANG), Scope.of("DISTRICT", HA_LONG));
        assertThat(getJson(viewer, "/api/v1/testing/retest-orders", 200)).contains(s1, s2);
        postJson(viewer, "/api/v1/testing/results", resultJson("PCR_SINGLE", s1, null, "POSITIVE", null, hoursAgo(0)), 403);
        postJson(viewer, "/api/v1/testing/samples", sampleJson(barcode(), p1, "F1", hoursAgo(0), null, null, null, null), 403);
        assertThat(samplesOf(p1)).isEqualTo(1);
        assertThat(count("select count(*) from testing_test where person_id = :p", p1)).isZero();
        // another district's command centre sees nothing
        assertThat(getJson(districtUser(MONG_CAI), "/api/v1/testing/retest-orders", 200)).doesNotContain(s1, s2);
    }
}
