package org.epiguard.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.epiguard.access.Role;
import org.epiguard.access.Scope;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Manifests from collection sites to labs: creation refused by field, receipt, the unsorted flag, triage, scope. */
class ManifestTest extends TestingTestSupport {

    static final ObjectMapper JSON = new ObjectMapper();

    static String manifestJson(Long sender, Long lab, String sentAt, Boolean sorted, String... samples) {
        return """
                {"senderUnitId": %s, "labUnitId": %s, "sentAt": %s, "declaredSorted": %s, "sampleBarcodes": [%s]}"""
                .formatted(sender, lab, quoted(sentAt), sorted,
                        String.join(", ", java.util.Arrays.stream(samples).map(TestingTestSupport::quoted).toList()));
    }

    static String receiptJson(String receivedAt, String... barcodes) {
        return """
                {"receivedAt": %s, "barcodes": [%s]}""".formatted(quoted(receivedAt),
                String.join(", ", java.util.Arrays.stream(barcodes).map(TestingTestSupport::quoted).toList()));
    }

    static JsonNode parse(String json) throws Exception {
        return JSON.readTree(json);
    }

    static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    static List<String> barcodes(JsonNode group) {
        List<String> out = new ArrayList<>();
        group.get("samples").forEach(n -> out.add(n.get("barcode").asText()));
        return out;
    }

    long manifestCount(long sender) {
        return count("select count(*) from testing_manifest where sender_unit_id = :p", sender);
    }

    @Test
    void a_manifest_with_bad_inputs_is_refused_by_field_and_nothing_is_written() throws Exception {
        long station = unit("HEALTH_STATION", "Trạm y tế lô thử", BAI_CHAY, HA_LONG);
        long school = unit("SCHOOL", "Trường lô thử", BAI_CHAY, HA_LONG);
        long lab = unit("LABORATORY", "Phòng xét nghiệm lô thử", BAI_CHAY, HA_LONG);
        long otherLab = unit("LABORATORY", "Phòng xét nghiệm lô khác", BAI_CHAY, HA_LONG);
        String tyt = communeUser(BAI_CHAY);
        String teacher = unitUser(Role.SCHOOL, school);
        String ours = sample(tyt, person("Lý Văn Lô Một", BAI_CHAY, HA_LONG), "SCREENING", hoursAgo(6), station, null);
        String ours2 = sample(tyt, person("Lý Văn Lô Hai", BAI_CHAY, HA_LONG), "F1", hoursAgo(6), station, null);
        String bySchool = sample(teacher, person("Lý Thị Lô Trường", BAI_CHAY, HA_LONG, school), "SCREENING", hoursAgo(6), null, null);
        String forOtherLab = sample(tyt, person("Lý Văn Lô Khác", BAI_CHAY, HA_LONG), "SCREENING", hoursAgo(6), station, otherLab);
        String resulted = sample(tyt, person("Lý Văn Lô Có Kết Quả", BAI_CHAY, HA_LONG), "SYMPTOMATIC", hoursAgo(6), station, null);
        postJson(tyt, "/api/v1/testing/results", resultJson("RAPID_PROFESSIONAL", resulted, null, "NEGATIVE", null, hoursAgo(5)), 201);

        // missing fields; a commune user has no unit of its own, so it names the sender
        assertThat(postJson(tyt, "/api/v1/testing/manifests", manifestJson(null, null, "hôm qua", true), 400))
                .contains("\"senderUnitId\",\"code\":\"REQUIRED\"", "\"labUnitId\",\"code\":\"REQUIRED\"",
                        "\"sentAt\",\"code\":\"BAD_TIME\"", "\"sampleBarcodes\",\"code\":\"REQUIRED\"");
        // a sender unit outside the user's scope, a lab that is no lab
        assertThat(postJson(teacher, "/api/v1/testing/manifests", manifestJson(station, school, hoursAgo(1), true, bySchool), 400))
                .contains("\"senderUnitId\",\"code\":\"UNKNOWN_UNIT\"", "\"labUnitId\",\"code\":\"NOT_A_LAB\"");
        // each sample by its position: duplicate, unknown, of another unit, meant for another lab, resulted, malformed
        String body = postJson(tyt, "/api/v1/testing/manifests?lang=en", manifestJson(station, lab, hoursAgo(1), false,
                ours, ours, "NO-SUCH-LO-1", bySchool, forOtherLab, resulted, "x y"), 400);
        assertThat(body).contains("\"sampleBarcodes[1]\",\"code\":\"DUPLICATE_SAMPLE\"",
                "\"sampleBarcodes[2]\",\"code\":\"UNKNOWN_SAMPLE\"",
                "\"sampleBarcodes[3]\",\"code\":\"OTHER_UNIT\"", "was not taken by Trạm y tế lô thử",
                "\"sampleBarcodes[4]\",\"code\":\"OTHER_LAB\"", "is meant for Phòng xét nghiệm lô khác",
                "\"sampleBarcodes[5]\",\"code\":\"ALREADY_RESULTED\"",
                "\"sampleBarcodes[6]\",\"code\":\"BAD_BARCODE\"").doesNotContain("sampleBarcodes[0]");
        // sent before a listed sample was taken
        assertThat(postJson(tyt, "/api/v1/testing/manifests", manifestJson(station, lab, hoursAgo(8), false, ours), 400))
                .contains("\"sentAt\",\"code\":\"BEFORE_COLLECTION\"");
        // the school's own sample cannot go out under the station's name: unknown to the school user
        assertThat(postJson(teacher, "/api/v1/testing/manifests", manifestJson(null, lab, hoursAgo(1), false, ours), 400))
                .contains("\"sampleBarcodes[0]\",\"code\":\"UNKNOWN_SAMPLE\"");
        // more than a manifest holds
        String[] tooMany = java.util.stream.IntStream.range(0, 2001).mapToObj(i -> "LO-QUA-" + i).toArray(String[]::new);
        assertThat(postJson(tyt, "/api/v1/testing/manifests", manifestJson(station, lab, hoursAgo(1), false, tooMany), 400))
                .contains("\"sampleBarcodes\",\"code\":\"MANIFEST_TOO_LONG\"", "2.001 mẫu: một lô tối đa 2.000 mẫu.");
        assertThat(manifestCount(station)).isZero();
        assertThat(manifestCount(school)).isZero();

        // a good one; its samples then travel in it and cannot go in a second manifest
        JsonNode first = parse(postJson(tyt, "/api/v1/testing/manifests", manifestJson(station, lab, hoursAgo(1), false, ours, ours2), 201));
        assertThat(first.get("sampleCount").asInt()).isEqualTo(2);
        assertThat(postJson(tyt, "/api/v1/testing/manifests", manifestJson(station, lab, hoursAgo(1), false, ours2), 400))
                .contains("\"sampleBarcodes[0]\",\"code\":\"IN_OTHER_MANIFEST\"", "số " + first.get("id").asLong());
        assertThat(manifestCount(station)).isEqualTo(1);
        assertThat(count("""
                select count(*) from access_audit where entity_type = 'testing_manifest' and entity_id = :p""",
                first.get("id").asText())).isEqualTo(1);
        // the lab the samples go to is now theirs
        assertThat(count("select lab_unit_id from testing_sample where barcode = :p", ours)).isEqualTo(lab);
    }

    @Test
    void a_sender_outside_the_capture_scope_is_forbidden_and_nothing_is_written() throws Exception {
        long station = unit("HEALTH_STATION", "Trạm y tế lô ngoài quyền", BAI_CHAY, HA_LONG);
        long lab = unit("LABORATORY", "Phòng xét nghiệm lô ngoài quyền", BAI_CHAY, HA_LONG);
        String s = sample(communeUser(BAI_CHAY), person("Lương Văn Ngoài Quyền", BAI_CHAY, HA_LONG), "SCREENING",
                hoursAgo(5), station, null);
        // reads the whole district, enters only for Hùng Thắng
        users.ensure("t.lo.hungthang", Role.COMMUNE_HEALTH_STATION, Scope.of("COMMUNE", HUNG_THANG), Scope.of("DISTRICT", HA_LONG));
        postJson("t.lo.hungthang", "/api/v1/testing/manifests", manifestJson(station, lab, hoursAgo(1), false, s), 403);
        assertThat(manifestCount(station)).isZero();
        assertThat(count("select count(*) from testing_sample where barcode = :p and lab_unit_id is not null", s)).isZero();
    }

    @Test
    void the_lab_receives_a_manifest_with_missing_and_extra_barcodes_and_triages_the_samples_into_pools() throws Exception {
        long school = unit("SCHOOL", "Trường phân luồng", BAI_CHAY, HA_LONG);
        long lab = unit("LABORATORY", "Phòng xét nghiệm phân luồng", BAI_CHAY, HA_LONG);
        String teacher = unitUser(Role.SCHOOL, school);
        String labUser = unitUser(Role.LABORATORY, lab);
        String[] names = {"Một", "Hai", "Ba", "Bốn", "Năm", "Sáu"};
        String[] priorities = {"SYMPTOMATIC", "F1", "SCREENING", "HIGH_RISK_ZONE", "SCREENING", "HIGH_RISK_ZONE"};
        String[] s = new String[6];
        for (int i = 0; i < s.length; i++) {
            s[i] = sample(teacher, person("Tạ Văn Luồng " + names[i], BAI_CHAY, HA_LONG, school), priorities[i], hoursAgo(5), null, null);
        }
        JsonNode sent = parse(postJson(teacher, "/api/v1/testing/manifests",
                manifestJson(null, lab, hoursAgo(4), true, s[0], s[1], s[3], s[5], s[2], s[4]), 201));
        long id = sent.get("id").asLong();
        assertThat(sent.get("unsorted").asBoolean()).isFalse();
        assertThat(sent.get("senderName").asText()).startsWith("Trường phân luồng");

        // the school cannot mark it received; another lab does not see it
        long otherLab = unit("LABORATORY", "Phòng xét nghiệm không nhận", BAI_CHAY, HA_LONG);
        String otherLabUser = unitUser(Role.LABORATORY, otherLab);
        postJson(teacher, "/api/v1/testing/manifests/" + id + "/receipt", receiptJson(hoursAgo(1), s[0]), 403);
        postJson(otherLabUser, "/api/v1/testing/manifests/" + id + "/receipt", receiptJson(hoursAgo(1), s[0]), 404);
        // bad receipts by field
        assertThat(postJson(labUser, "/api/v1/testing/manifests/" + id + "/receipt", receiptJson(hoursAgo(6), s[0], s[0], "a b"), 400))
                .contains("\"receivedAt\",\"code\":\"BEFORE_SENT\"", "\"barcodes[1]\",\"code\":\"DUPLICATE_SAMPLE\"",
                        "\"barcodes[2]\",\"code\":\"BAD_BARCODE\"");
        assertThat(postJson(labUser, "/api/v1/testing/manifests/" + id + "/receipt", receiptJson(null), 400))
                .contains("\"receivedAt\",\"code\":\"REQUIRED\"", "\"barcodes\",\"code\":\"REQUIRED\"");
        assertThat(count("select count(*) from testing_manifest where id = :p and received_at is not null", id)).isZero();

        // s[5] did not arrive; an unlisted tube did
        String stray = barcode();
        JsonNode received = parse(postJson(labUser, "/api/v1/testing/manifests/" + id + "/receipt",
                receiptJson(hoursAgo(2), s[0], s[1], s[3], s[2], s[4], stray), 200));
        assertThat(texts(received.get("missing"))).containsExactly(s[5]);
        assertThat(texts(received.get("extra"))).containsExactly(stray);
        assertThat(received.get("receivedCount").asInt()).isEqualTo(5);
        assertThat(received.get("sampleCount").asInt()).isEqualTo(6);
        // the sender sees the same
        JsonNode seen = parse(getJson(teacher, "/api/v1/testing/manifests/" + id, 200));
        assertThat(texts(seen.get("missing"))).containsExactly(s[5]);
        assertThat(texts(seen.get("extra"))).containsExactly(stray);
        assertThat(postJson(labUser, "/api/v1/testing/manifests/" + id + "/receipt", receiptJson(hoursAgo(1), s[5]), 400))
                .contains("\"receivedAt\",\"code\":\"ALREADY_RECEIVED\"");

        // the work list: never-pooled apart, poolable by the rule of their area
        JsonNode work = parse(getJson(labUser, "/api/v1/testing/triage", 200));
        assertThat(work.get("waiting").asInt()).isEqualTo(5);
        assertThat(work.get("neverPooled").get(0).get("priority").asText()).isEqualTo("SYMPTOMATIC");
        assertThat(barcodes(work.get("neverPooled").get(0))).containsExactly(s[0]);
        assertThat(barcodes(work.get("neverPooled").get(1))).containsExactly(s[1]);
        JsonNode highRisk = work.get("poolable").get(0);
        assertThat(highRisk.get("priority").asText()).isEqualTo("HIGH_RISK_ZONE");
        assertThat(highRisk.get("areaRisk").asText()).isEqualTo("HIGH");
        assertThat(highRisk.get("maxPerPool").asInt()).isEqualTo(5);
        assertThat(barcodes(highRisk)).containsExactly(s[3]);
        assertThat(highRisk.get("suggestedPools")).isEmpty();
        JsonNode screening = work.get("poolable").get(1);
        assertThat(screening.get("maxPerPool").asInt()).isEqualTo(10);
        assertThat(barcodes(screening)).containsExactlyInAnyOrder(s[2], s[4]);
        assertThat(texts(screening.get("suggestedPools").get(0))).containsExactlyInAnyOrder(s[2], s[4]);

        // the lab pools the screening samples with the pool logic; they leave the work list
        String pool = pool(labUser, "LOW", hoursAgo(1), lab, s[2], s[4]);
        assertThat(getJson(labUser, "/api/v1/testing/pools/" + pool, 200)).contains(s[2], s[4]);
        work = parse(getJson(labUser, "/api/v1/testing/triage", 200));
        assertThat(work.get("waiting").asInt()).isEqualTo(3);
        assertThat(barcodes(work.get("poolable").get(1))).isEmpty();
        // a never-pooled sample of the list cannot be pooled
        assertThat(postJson(labUser, "/api/v1/testing/pools", poolJson(barcode(), "LOW", hoursAgo(1), lab, s[0], s[3]), 400))
                .contains("\"sampleBarcodes[0]\",\"code\":\"NEVER_POOLED\"");
        // the missing sample may be sent again
        postJson(teacher, "/api/v1/testing/manifests", manifestJson(null, lab, hoursAgo(1), false, s[5]), 201);
        // the work list is a lab's
        getJson(teacher, "/api/v1/testing/triage", 403);
    }

    @Test
    void an_unsorted_manifest_is_flagged_and_the_sender_sees_the_flag() throws Exception {
        long school = unit("SCHOOL", "Trường lộn xộn", BAI_CHAY, HA_LONG);
        long lab = unit("LABORATORY", "Phòng xét nghiệm lộn xộn", BAI_CHAY, HA_LONG);
        String teacher = unitUser(Role.SCHOOL, school);
        String screened = sample(teacher, person("Mai Văn Sàng Lọc", BAI_CHAY, HA_LONG, school), "SCREENING", hoursAgo(5), null, null);
        String contact = sample(teacher, person("Mai Thị Tiếp Xúc", BAI_CHAY, HA_LONG, school), "F1", hoursAgo(5), null, null);
        String zone = sample(teacher, person("Mai Văn Vùng Đỏ", BAI_CHAY, HA_LONG, school), "HIGH_RISK_ZONE", hoursAgo(5), null, null);
        String sick = sample(teacher, person("Mai Thị Triệu Chứng", BAI_CHAY, HA_LONG, school), "SYMPTOMATIC", hoursAgo(5), null, null);
        String sick2 = sample(teacher, person("Mai Văn Triệu Chứng", BAI_CHAY, HA_LONG, school), "SYMPTOMATIC", hoursAgo(5), null, null);
        String f1 = sample(teacher, person("Mai Văn F Một", BAI_CHAY, HA_LONG, school), "F1", hoursAgo(5), null, null);

        // declared sorted, but an F1 after a screening sample: both flags, at position 2
        JsonNode mixed = parse(postJson(teacher, "/api/v1/testing/manifests",
                manifestJson(null, lab, hoursAgo(4), true, screened, contact, zone), 201));
        assertThat(mixed.get("unsorted").asBoolean()).isTrue();
        assertThat(mixed.get("flags").toString()).contains("{\"code\":\"MIXED_PRIORITIES\",\"position\":2}",
                "{\"code\":\"NEVER_POOLED_MIXED\",\"position\":2}");
        // not declared sorted, never-pooled ones first: fine even with priorities out of order
        JsonNode fine = parse(postJson(teacher, "/api/v1/testing/manifests",
                manifestJson(null, lab, hoursAgo(4), false, f1, sick), 201));
        assertThat(fine.get("unsorted").asBoolean()).isFalse();
        // declared sorted, F1 before symptomatic: mixed priorities only
        String[] more = {sample(teacher, person("Mai Thị Thêm Một", BAI_CHAY, HA_LONG, school), "F1", hoursAgo(5), null, null)};
        JsonNode backwards = parse(postJson(teacher, "/api/v1/testing/manifests",
                manifestJson(null, lab, hoursAgo(4), true, more[0], sick2), 201));
        assertThat(backwards.get("flags").toString()).contains("MIXED_PRIORITIES").doesNotContain("NEVER_POOLED_MIXED");

        // the sender's list shows the flag, and so does the lab's
        String list = getJson(teacher, "/api/v1/testing/manifests", 200);
        JsonNode all = parse(list);
        List<Long> flagged = new ArrayList<>();
        all.forEach(m -> {
            if (m.get("unsorted").asBoolean()) {
                flagged.add(m.get("id").asLong());
            }
        });
        assertThat(flagged).containsExactlyInAnyOrder(mixed.get("id").asLong(), backwards.get("id").asLong());
        assertThat(getJson(unitUser(Role.LABORATORY, lab), "/api/v1/testing/manifests", 200))
                .contains("\"id\":" + mixed.get("id").asLong() + ",");
    }

    @Test
    void another_lab_another_sender_and_another_district_get_nothing() throws Exception {
        long school = unit("SCHOOL", "Trường phạm vi lô", BAI_CHAY, HA_LONG);
        long otherSchool = unit("SCHOOL", "Trường khác phạm vi lô", BAI_CHAY, HA_LONG);
        long lab = unit("LABORATORY", "Phòng xét nghiệm phạm vi lô", BAI_CHAY, HA_LONG);
        long otherLab = unit("LABORATORY", "Phòng xét nghiệm ngoài phạm vi lô", KA_LONG, MONG_CAI);
        String teacher = unitUser(Role.SCHOOL, school);
        String s = sample(teacher, person("Đinh Văn Phạm Vi", BAI_CHAY, HA_LONG, school), "SCREENING", hoursAgo(5), null, null);
        long id = parse(postJson(teacher, "/api/v1/testing/manifests", manifestJson(null, lab, hoursAgo(4), false, s), 201))
                .get("id").asLong();
        String path = "/api/v1/testing/manifests/" + id;
        assertThat(getJson(teacher, path, 200)).contains(s, "Đinh Văn Phạm Vi");
        assertThat(getJson(unitUser(Role.LABORATORY, lab), path, 200)).contains(s);
        assertThat(getJson(districtUser(HA_LONG), "/api/v1/testing/manifests", 200)).contains("\"id\":" + id + ",");
        for (String outsider : List.of(unitUser(Role.SCHOOL, otherSchool), unitUser(Role.LABORATORY, otherLab),
                districtUser(MONG_CAI), communeUser(KA_LONG))) {
            getJson(outsider, path, 404);
            assertThat(getJson(outsider, "/api/v1/testing/manifests", 200)).doesNotContain("\"id\":" + id + ",", s);
        }
        // the other lab's work list holds nothing of it even after the receipt
        postJson(unitUser(Role.LABORATORY, lab), path + "/receipt", receiptJson(hoursAgo(1), s), 200);
        assertThat(getJson(unitUser(Role.LABORATORY, otherLab), "/api/v1/testing/triage", 200)).doesNotContain(s);
        assertThat(getJson(unitUser(Role.LABORATORY, lab), "/api/v1/testing/triage", 200)).contains(s);
    }
}
