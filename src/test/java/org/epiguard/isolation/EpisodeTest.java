package org.epiguard.isolation;

import com.fasterxml.jackson.databind.JsonNode;
import org.epiguard.access.Role;
import org.epiguard.access.Scope;
import org.epiguard.vaccination.VaccinationFacts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Episodes: their terms from the dated rule on the start date, each way they end, bulk release, scopes. */
class EpisodeTest extends IsolationTestSupport {

    @Autowired
    VaccinationFacts vaccination;

    @Test
    void an_f1_started_the_day_before_the_february_2022_rule_keeps_the_old_rule_and_one_started_that_day_gets_the_new() throws Exception {
        long before = baiChayPerson("Nguyễn Văn Trước Đổi");
        long on = baiChayPerson("Trần Văn Đúng Ngày");
        long vaccinatedBefore = baiChayPerson("Lê Thị Tiêm Trước");
        long vaccinatedOn = baiChayPerson("Phạm Thị Tiêm Đúng");
        fullyVaccinated(vaccinatedBefore);
        fullyVaccinated(vaccinatedOn);
        assertThat(vaccination.statusOf(vaccinatedOn, LocalDate.parse("2022-02-11")).protectedForQuarantine()).isTrue();

        JsonNode a = open(baiChay(), before, "CONTACT_QUARANTINE", "10/02/2022", null, null, 201);
        assertThat(a.get("place").asText()).isEqualTo("HOME");
        assertThat(a.get("plannedEnd").asText()).isEqualTo("2022-02-23");      // 14 days
        assertThat(a.get("monitorUntil").asText()).isEqualTo("2022-03-09");    // + 14
        assertThat(a.get("testDays").toString()).isEqualTo("[1,7,14]");
        JsonNode b = open(baiChay(), on, "CONTACT_QUARANTINE", "11/02/2022", null, null, 201);
        assertThat(b.get("plannedEnd").asText()).isEqualTo("2022-02-17");      // 7 days
        assertThat(b.get("monitorUntil").asText()).isEqualTo("2022-02-20");    // + 3
        assertThat(b.get("testDays").toString()).isEqualTo("[7]");
        JsonNode c = open(baiChay(), vaccinatedBefore, "CONTACT_QUARANTINE", "10/02/2022", null, null, 201);
        assertThat(c.get("protectedOnStart").asBoolean()).isTrue();
        assertThat(c.get("plannedEnd").asText()).isEqualTo("2022-02-16");      // 7 days
        assertThat(c.get("monitorUntil").asText()).isEqualTo("2022-02-23");    // + 7
        assertThat(c.get("testDays").toString()).isEqualTo("[1,7]");
        JsonNode d = open(baiChay(), vaccinatedOn, "CONTACT_QUARANTINE", "11/02/2022", null, null, 201);
        assertThat(d.get("plannedEnd").asText()).isEqualTo("2022-02-15");      // 5 days
        assertThat(d.get("monitorUntil").asText()).isEqualTo("2022-02-20");    // + 5
    }

    @Test
    void the_july_2021_rule_puts_an_f1_in_a_facility_for_14_days_and_nothing_starts_before_the_first_rule() throws Exception {
        long facility = unit("QUARANTINE_FACILITY", "Khu cách ly thử Tháng Bảy", "06673", "193", 10);
        long p = baiChayPerson("Hoàng Văn Tháng Bảy");
        assertThat(problems(open(baiChay(), p, "CONTACT_QUARANTINE", "13/07/2021", null, null, 400)))
                .containsExactly("startDate:NO_RULE");
        assertThat(problems(open(baiChay(), p, "CONTACT_QUARANTINE", "14/07/2021", null, null, 400)))
                .containsExactly("placeUnitId:REQUIRED");
        JsonNode e = open(baiChay(), p, "CONTACT_QUARANTINE", "14/07/2021", null, facility, 201);
        assertThat(e.get("place").asText()).isEqualTo("FACILITY");
        assertThat(e.get("placeUnitId").asLong()).isEqualTo(facility);
        assertThat(e.get("plannedEnd").asText()).isEqualTo("2021-07-27");
        assertThat(e.get("monitorUntil").asText()).isEqualTo("2021-08-10");
        assertThat(audits("isolation_episode", e.get("id").asLong())).isEqualTo(1);
        String personPage = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                        .get("/people/" + p).with(as(baiChay()))).andReturn().getResponse().getContentAsString();
        assertThat(personPage).contains("/isolation/episodes/" + e.get("id").asLong(), "Cách ly F1 · Đang cách ly · đến 27/07/2021");
        assertThat(problems(open(baiChay(), p, "CONTACT_QUARANTINE", "20/07/2021", "HOME", null, 400)))
                .containsExactly("personId:ALREADY_RUNNING");
    }

    @Test
    void an_administrator_adds_a_rule_version_running_episodes_keep_theirs_until_explicitly_moved() throws Exception {
        long early = baiChayPerson("Vũ Văn Quy Cũ");
        long late = baiChayPerson("Đỗ Thị Quy Mới");
        JsonNode old = open(baiChay(), early, "TRAVELLER_QUARANTINE", "2022-02-27", "HOME", null, 201);
        assertThat(old.get("plannedEnd").asText()).isEqualTo("2022-03-12");
        String rule = """
                {"kind": "TRAVELLER_QUARANTINE", "effectiveFrom": "01/03/2022", "appliesTo": "ANY", "place": "HOME",
                 "confinedDays": 3, "monitorDays": 4, "testDays": [3], "dangerSymptoms": ["fever"], "spo2Min": 94,
                 "source": "Thử nghiệm: quy định mới"}""";
        post(API + "/rules", baiChay(), rule, 403);
        JsonNode added = post(API + "/rules", admin(), rule, 201);
        assertThat(added.get("confinedDays").asInt()).isEqualTo(3);
        assertThat(problems(post(API + "/rules", admin(), rule, 400))).containsExactly("effectiveFrom:RULE_TAKEN");
        assertThat(problems(post(API + "/rules", admin(), """
                {"kind": "NOPE", "effectiveFrom": "31/02/2022", "place": "MOON", "confinedDays": 0, "testDays": [9],
                 "dangerSymptoms": ["SNEEZING"], "spo2Min": 101, "homeMaxAge": 60, "source": ""}""", 400)))
                .containsExactlyInAnyOrder("kind:BAD_VALUE", "effectiveFrom:BAD_DATE", "place:BAD_VALUE",
                        "confinedDays:OUT_OF_RANGE", "testDays[0]:TEST_DAY_OUTSIDE", "dangerSymptoms[0]:BAD_VALUE",
                        "spo2Min:OUT_OF_RANGE", "homeTreatmentSource:REQUIRED", "source:REQUIRED");

        JsonNode fresh = open(baiChay(), late, "TRAVELLER_QUARANTINE", "2022-03-01", null, null, 201);
        assertThat(fresh.get("plannedEnd").asText()).isEqualTo("2022-03-03");
        JsonNode signs = check(baiChay(), fresh.get("id").asLong(), "02/03/2022", "\"spo2\": 95, \"symptoms\": [\"FEVER\"]", 201);
        assertThat(signs.get("dangerSigns").toString()).isEqualTo("[\"FEVER\"]");     // this rule's list and its SpO2 of 94
        long oldId = old.get("id").asLong();
        assertThat(getJson(API + "/episodes/" + oldId, baiChay(), 200).get("plannedEnd").asText()).isEqualTo("2022-03-12");
        JsonNode moved = post(API + "/episodes/" + oldId + "/rule", baiChay(), "{\"ruleOn\": \"01/03/2022\"}", 200);
        assertThat(moved.get("startDate").asText()).isEqualTo("2022-02-27");
        assertThat(moved.get("plannedEnd").asText()).isEqualTo("2022-03-01");
        assertThat(moved.get("testDays").toString()).isEqualTo("[3]");
        assertThat(audits("isolation_episode", oldId)).isEqualTo(2);
    }

    @Test
    void a_release_needs_the_planned_end_and_the_required_tests_negative() throws Exception {
        long p = baiChayPerson("Mai Văn Ra Về");
        long id = open(baiChay(), p, "CONTACT_QUARANTINE", "01/03/2022", null, null, 201).get("id").asLong();
        assertThat(problems(end(baiChay(), id, "release", "{\"on\": \"05/03/2022\"}", 400)))
                .containsExactly("on:NOT_DUE", "tests:TEST_MISSING");
        check(baiChayTeam(), id, "07/03/2022", "\"testKind\": \"RAPID\", \"testResult\": \"POSITIVE\"", 201);
        assertThat(problems(end(baiChay(), id, "release", "{\"on\": \"07/03/2022\"}", 400)))
                .containsExactly("tests:TEST_MISSING", "tests:TEST_POSITIVE");
        check(baiChayTeam(), id, "07/03/2022", "\"testKind\": \"PCR\", \"testResult\": \"NEGATIVE\"", 201);
        JsonNode released = end(baiChay(), id, "release", "{\"on\": \"07/03/2022\"}", 200);
        assertThat(released.get("status").asText()).isEqualTo("RELEASED");
        assertThat(released.get("endedOn").asText()).isEqualTo("2022-03-07");
        assertThat(problems(end(baiChay(), id, "release", "{\"on\": \"08/03/2022\"}", 400))).containsExactly("id:NOT_RUNNING");
        assertThat(audits("isolation_episode", id)).isEqualTo(2);
    }

    @Test
    void an_f1_who_becomes_a_case_is_converted_to_an_isolation_by_the_rule_of_that_day() throws Exception {
        long p = baiChayPerson("Chu Văn Chuyển Ca");
        long id = open(baiChay(), p, "CONTACT_QUARANTINE", "01/03/2022", null, null, 201).get("id").asLong();
        assertThat(problems(end(baiChay(), id, "convert", "{\"on\": \"04/03/2022\"}", 400)))
                .containsExactly("caseId:NO_CONFIRMED_CASE");
        assertThat(statusOf(id)).isEqualTo("ACTIVE");
        long caseId = confirmedCase(p);
        JsonNode isolation = end(baiChay(), id, "convert", "{\"on\": \"04/03/2022\"}", 200);
        assertThat(statusOf(id)).isEqualTo("CONVERTED");
        assertThat(isolation.get("kind").asText()).isEqualTo("CASE_ISOLATION");
        assertThat(isolation.get("caseId").asLong()).isEqualTo(caseId);
        assertThat(isolation.get("ruleSource").asText()).contains("261/QĐ-BYT");
        assertThat(isolation.get("plannedEnd").asText()).isEqualTo("2022-03-10");
        assertThat(problems(end(baiChay(), isolation.get("id").asLong(), "convert", "{\"on\": \"05/03/2022\"}", 400)))
                .contains("id:ALREADY_A_CASE");
    }

    @Test
    void a_case_confirmed_through_the_cases_module_converts_the_quarantine_or_starts_an_isolation_at_home_by_the_rule_of_that_day()
            throws Exception {
        long f1 = baiChayPerson("Âu Văn Thành Ca");
        long quarantine = open(baiChay(), f1, "CONTACT_QUARANTINE", "01/03/2022", null, null, 201).get("id").asLong();
        long caseId = post("/api/v1/cases", baiChay(),
                "{\"personId\": " + f1 + ", \"status\": \"CONFIRMED\", \"at\": \"04/03/2022 09:00\"}", 201).get("kase").get("id").asLong();
        assertThat(statusOf(quarantine)).isEqualTo("CONVERTED");
        JsonNode isolation = getJson(API + "/episodes?personId=" + f1, baiChay(), 200).get(0);
        assertThat(isolation.get("kind").asText()).isEqualTo("CASE_ISOLATION");
        assertThat(isolation.get("caseId").asLong()).isEqualTo(caseId);
        assertThat(isolation.get("startDate").asText()).isEqualTo("2022-03-04");
        assertThat(isolation.get("ruleSource").asText()).contains("261/QĐ-BYT");

        long atHome = baiChayPerson("Âu Thị Tại Nhà");
        post("/api/v1/cases", baiChay(), "{\"personId\": " + atHome + ", \"status\": \"CONFIRMED\", \"at\": \"05/10/2021 10:00\"}", 201);
        JsonNode home = getJson(API + "/episodes?personId=" + atHome, baiChay(), 200);
        assertThat(home.size()).isEqualTo(1);
        assertThat(home.get(0).get("place").asText()).isEqualTo("HOME");
        assertThat(home.get(0).get("ruleSource").asText()).contains("4038/QĐ-BYT");

        long hospitalRule = baiChayPerson("Âu Văn Tháng Tám");
        post("/api/v1/cases", baiChay(), "{\"personId\": " + hospitalRule + ", \"status\": \"CONFIRMED\", \"at\": \"10/08/2021 10:00\"}", 201);
        assertThat(getJson(API + "/episodes?personId=" + hospitalRule, baiChay(), 200)).isEmpty();
    }

    @Test
    void a_case_transferred_to_a_treatment_place_takes_a_bed_and_a_death_frees_it() throws Exception {
        long hospital = unit("HOSPITAL", "Bệnh viện thử tầng 3", "06673", "193", 50);
        send("PUT", API + "/treatment-places/" + hospital, haLong(),
                "{\"tier\": 3, \"beds\": 1, \"oxygenBeds\": 1, \"icuBeds\": 1}", 200);
        long p = baiChayPerson("Lý Văn Chuyển Viện");
        long other = baiChayPerson("Tạ Văn Hết Giường");
        long id = open(baiChay(), p, "CASE_ISOLATION", "01/03/2022", null, null, 201).get("id").asLong();
        long otherId = open(baiChay(), other, "CASE_ISOLATION", "01/03/2022", null, null, 201).get("id").asLong();
        assertThat(problems(end(baiChay(), id, "transfer", "{\"on\": \"28/02/2022\", \"place\": \"HOSPITAL\"}", 400)))
                .containsExactly("on:BEFORE_ADMISSION");
        JsonNode moved = end(baiChay(), id, "transfer",
                "{\"on\": \"03/03/2022\", \"place\": \"HOSPITAL\", \"placeUnitId\": " + hospital + "}", 200);
        assertThat(statusOf(id)).isEqualTo("TRANSFERRED");
        assertThat(moved.get("previousId").asLong()).isEqualTo(id);
        assertThat(moved.get("tier").asInt()).isEqualTo(3);
        assertThat(moved.get("startDate").asText()).isEqualTo("2022-03-01");
        assertThat(moved.get("admittedOn").asText()).isEqualTo("2022-03-03");
        assertThat(bed(hospital).get("occupied").asInt()).isEqualTo(1);
        assertThat(bed(hospital).get("free").asInt()).isZero();
        assertThat(problems(end(baiChay(), otherId, "transfer",
                "{\"on\": \"03/03/2022\", \"place\": \"HOSPITAL\", \"placeUnitId\": " + hospital + "}", 400)))
                .containsExactly("placeUnitId:BEDS_FULL");
        long movedId = moved.get("id").asLong();
        end(baiChay(), movedId, "death", "{\"on\": \"06/03/2022\", \"note\": \"Suy hô hấp\"}", 200);
        assertThat(statusOf(movedId)).isEqualTo("DIED");
        assertThat(bed(hospital).get("free").asInt()).isEqualTo(1);
        end(baiChay(), otherId, "transfer", "{\"on\": \"06/03/2022\", \"place\": \"HOSPITAL\", \"placeUnitId\": " + hospital + "}", 200);
    }

    JsonNode bed(long unit) throws Exception {
        for (JsonNode row : getJson(API + "/treatment-places?tier=3", haLong(), 200)) {
            if (row.get("unitId").asLong() == unit) {
                return row;
            }
        }
        throw new AssertionError("no treatment place " + unit);
    }

    @Test
    void bulk_release_releases_exactly_those_who_qualify_today_in_the_commune() throws Exception {
        String caoThang = user("iso.tyt.caothang", Role.COMMUNE_HEALTH_STATION, Scope.of("COMMUNE", "06676"));
        List<Long> ids = new ArrayList<>();
        for (String name : List.of("Đủ Điều Kiện Một", "Đủ Điều Kiện Hai", "Thiếu Xét Nghiệm", "Chưa Hết Hạn", "Dương Tính")) {
            long p = person("Bùi Văn " + name, "06676", "193", 1990);
            String start = name.equals("Chưa Hết Hạn") ? "05/04/2022" : "01/04/2022";
            ids.add(open(caoThang, p, "CONTACT_QUARANTINE", start, null, null, 201).get("id").asLong());
        }
        check(caoThang, ids.get(0), "07/04/2022", "\"testKind\": \"RAPID\", \"testResult\": \"NEGATIVE\"", 201);
        check(caoThang, ids.get(1), "08/04/2022", "\"testKind\": \"PCR\", \"testResult\": \"NEGATIVE\"", 201);
        check(caoThang, ids.get(2), "06/04/2022", "\"testKind\": \"RAPID\", \"testResult\": \"NEGATIVE\"", 201);
        check(caoThang, ids.get(3), "08/04/2022", "\"testKind\": \"RAPID\", \"testResult\": \"NEGATIVE\"", 201);
        check(caoThang, ids.get(4), "07/04/2022", "\"testKind\": \"RAPID\", \"testResult\": \"NEGATIVE\"", 201);
        check(caoThang, ids.get(4), "08/04/2022", "\"testKind\": \"RAPID\", \"testResult\": \"POSITIVE\"", 201);

        List<Long> due = new ArrayList<>();
        getJson(API + "/releases/due?on=08/04/2022&commune=06676", caoThang, 200).forEach(e -> due.add(e.get("id").asLong()));
        assertThat(due).containsExactlyInAnyOrder(ids.get(0), ids.get(1));
        assertThat(getJson(API + "/releases/due?on=08/04/2022&commune=06676", kaLong(), 200)).isEmpty();
        post(API + "/releases?on=08/04/2022&commune=06676", kaLong(), null, 200);
        assertThat(statusOf(ids.get(0))).isEqualTo("ACTIVE");

        List<Long> released = new ArrayList<>();
        post(API + "/releases?on=08/04/2022&commune=06676", caoThang, null, 200).forEach(e -> released.add(e.get("id").asLong()));
        assertThat(released).containsExactlyInAnyOrder(ids.get(0), ids.get(1));
        assertThat(ids.stream().map(this::statusOf).toList())
                .containsExactly("RELEASED", "RELEASED", "ACTIVE", "ACTIVE", "ACTIVE");
        // each single release check agrees with the bulk selection
        assertThat(problems(end(caoThang, ids.get(2), "release", "{\"on\": \"08/04/2022\"}", 400))).containsExactly("tests:TEST_MISSING");
        assertThat(problems(end(caoThang, ids.get(3), "release", "{\"on\": \"08/04/2022\"}", 400)))
                .containsExactly("on:NOT_DUE", "tests:TEST_MISSING");
        assertThat(problems(end(caoThang, ids.get(4), "release", "{\"on\": \"08/04/2022\"}", 400))).containsExactly("tests:TEST_POSITIVE");
        assertThat(post(API + "/releases?on=08/04/2022&commune=06676", caoThang, null, 200)).isEmpty();
    }

    @Test
    void decisions_and_release_certificates_print_as_pdf_one_or_many_with_vietnamese_diacritics() throws Exception {
        List<Long> ids = new ArrayList<>();
        for (String name : List.of("Nguyễn Thị Ánh Tuyết", "Đặng Quốc Hưng", "Trương Mỹ Lệ")) {
            ids.add(open(baiChay(), baiChayPerson(name), "CONTACT_QUARANTINE", "01/05/2022", null, null, 201).get("id").asLong());
        }
        byte[] one = pdf("/isolation/episodes/" + ids.get(0) + "/decision.pdf", 200);
        var reader = new com.lowagie.text.pdf.PdfReader(one);
        assertThat(reader.getNumberOfPages()).isEqualTo(1);
        String text = new com.lowagie.text.pdf.parser.PdfTextExtractor(reader).getTextFromPage(1);
        assertThat(text).contains("QUYẾT ĐỊNH CÁCH LY Y TẾ", "Nguyễn Thị Ánh Tuyết", "Phường Bãi Cháy", "07/05/2022");
        assertThat(new String(one, java.nio.charset.StandardCharsets.ISO_8859_1)).contains("DejaVuSans");

        String all = ids.stream().map(String::valueOf).collect(java.util.stream.Collectors.joining(","));
        var many = new com.lowagie.text.pdf.PdfReader(pdf("/isolation/decisions.pdf?ids=" + all, 200));
        assertThat(many.getNumberOfPages()).isEqualTo(3);
        assertThat(new com.lowagie.text.pdf.parser.PdfTextExtractor(many).getTextFromPage(2)).contains("Đặng Quốc Hưng");

        pdf("/isolation/episodes/" + ids.get(1) + "/certificate.pdf", 400);
        check(baiChay(), ids.get(1), "07/05/2022", "\"testKind\": \"RAPID\", \"testResult\": \"NEGATIVE\"", 201);
        end(baiChay(), ids.get(1), "release", "{\"on\": \"07/05/2022\"}", 200);
        var certificates = new com.lowagie.text.pdf.PdfReader(pdf("/isolation/certificates.pdf?releasedOn=07/05/2022&commune=06673", 200));
        assertThat(certificates.getNumberOfPages()).isEqualTo(1);
        assertThat(new com.lowagie.text.pdf.parser.PdfTextExtractor(certificates).getTextFromPage(1))
                .contains("GIẤY XÁC NHẬN HOÀN THÀNH CÁCH LY", "Đặng Quốc Hưng", "Đã hoàn thành cách ly y tế ngày 07/05/2022");
        assertThat(jdbc.sql("select count(*) from access_audit where entity_type = 'isolation_episode' and action = 'EXPORT' and username = :u")
                .param("u", baiChay()).query(Long.class).single()).isGreaterThanOrEqualTo(3);
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                        .get("/isolation/decisions.pdf?ids=" + all).with(as(kaLong())))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status().isNotFound());
        var none = new com.lowagie.text.pdf.PdfReader(mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                        .get("/isolation/certificates.pdf?releasedOn=07/05/2022").with(as(kaLong())))
                .andReturn().getResponse().getContentAsByteArray());
        assertThat(new com.lowagie.text.pdf.parser.PdfTextExtractor(none).getTextFromPage(1)).doesNotContain("Đặng");
    }

    byte[] pdf(String path, int expect) throws Exception {
        return mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(path).with(as(baiChay())))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status().is(expect))
                .andReturn().getResponse().getContentAsByteArray();
    }

    @Test
    void the_releases_page_lists_who_qualifies_and_releases_them_all_at_once() throws Exception {
        String yetKieu = user("iso.tyt.yetkieu", Role.COMMUNE_HEALTH_STATION, Scope.of("COMMUNE", "06682"));
        long ready = open(yetKieu, person("Lâm Văn Đủ Ngày", "06682", "193", 1988), "CONTACT_QUARANTINE", "01/06/2022",
                null, null, 201).get("id").asLong();
        long notReady = open(yetKieu, person("Lâm Thị Chưa Test", "06682", "193", 1989), "CONTACT_QUARANTINE", "01/06/2022",
                null, null, 201).get("id").asLong();
        check(yetKieu, ready, "07/06/2022", "\"testKind\": \"RAPID\", \"testResult\": \"NEGATIVE\"", 201);
        String page = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                        .get("/isolation/releases").param("on", "08/06/2022").with(as(yetKieu)))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Lâm Văn Đủ Ngày", "Cho hoàn thành cách ly tất cả 1 người").doesNotContain("Lâm Thị Chưa Test");
        assertThat(mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                        .get("/isolation/releases").param("on", "08/06/2022").with(as(kaLong())))
                .andReturn().getResponse().getContentAsString()).doesNotContain("Lâm Văn Đủ Ngày");
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/isolation/releases")
                        .param("on", "08/06/2022").with(as(yetKieu))
                        .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf()))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers
                        .redirectedUrl("/isolation/releases?on=2022-06-08&released=1"));
        assertThat(statusOf(ready)).isEqualTo("RELEASED");
        assertThat(statusOf(notReady)).isEqualTo("ACTIVE");
    }

    @Test
    void bad_inputs_name_their_fields_and_write_nothing() throws Exception {
        long p = baiChayPerson("Đinh Văn Nhập Sai");
        assertThat(problems(post(API + "/episodes", baiChay(), "{\"kind\": \"F1\", \"startDate\": \"2022-02-30\"}", 400)))
                .containsExactly("personId:REQUIRED");
        assertThat(problems(post(API + "/episodes", baiChay(),
                "{\"personId\": " + p + ", \"kind\": \"F9\", \"startDate\": \"30/02/2022\", \"place\": \"SEA\"}", 400)))
                .containsExactly("kind:BAD_VALUE", "startDate:BAD_DATE", "place:BAD_VALUE");
        assertThat(problems(open(baiChay(), p, "CONTACT_QUARANTINE", "01/01/2019", null, null, 400))).containsExactly("startDate:TOO_EARLY");
        assertThat(problems(open(baiChay(), p, "CONTACT_QUARANTINE", "01/01/2099", null, null, 400))).containsExactly("startDate:IN_FUTURE");
        long notFacility = unit("SCHOOL", "Trường thử không phải khu cách ly", "06673", "193", 10);
        assertThat(problems(open(baiChay(), p, "CONTACT_QUARANTINE", "01/03/2022", "FACILITY", notFacility, 400)))
                .containsExactly("placeUnitId:NOT_A_FACILITY");
        assertThat(problems(open(baiChay(), p, "CONTACT_QUARANTINE", "01/03/2022", "HOME", notFacility, 400)))
                .containsExactly("placeUnitId:NO_UNIT_AT_HOME");
        assertThat(jdbc.sql("select count(*) from isolation_episode where person_id = :p").param("p", p)
                .query(Long.class).single()).isZero();
    }

    @Test
    void users_of_another_commune_district_or_unit_get_nothing_and_change_nothing() throws Exception {
        long facility = unit("QUARANTINE_FACILITY", "Khu cách ly thử phạm vi", "06673", "193", 5);
        long otherFacility = unit("QUARANTINE_FACILITY", "Khu cách ly thử khác", "06709", "194", 5);
        String ownFacilityUser = user("iso.cachly.own", Role.QUARANTINE_FACILITY, Scope.of("UNIT", String.valueOf(facility)));
        String otherFacilityUser = user("iso.cachly.other", Role.QUARANTINE_FACILITY, Scope.of("UNIT", String.valueOf(otherFacility)));
        long p = baiChayPerson("Kiều Văn Phạm Vi");
        long home = baiChayPerson("Kiều Thị Ở Nhà");
        long id = open(baiChay(), p, "CONTACT_QUARANTINE", "01/03/2022", "FACILITY", facility, 201).get("id").asLong();
        long homeId = open(baiChay(), home, "CONTACT_QUARANTINE", "01/03/2022", null, null, 201).get("id").asLong();
        assertThat(getJson(API + "/episodes/" + id, ownFacilityUser, 200).get("personName").asText()).isEqualTo("Kiều Văn Phạm Vi");
        getJson(API + "/episodes/" + homeId, ownFacilityUser, 404);
        for (String other : List.of(kaLong(), mongCai(), otherFacilityUser)) {
            getJson(API + "/episodes/" + id, other, 404);
            getJson(API + "/episodes/" + id + "/checks", other, 404);
            assertThat(getJson(API + "/episodes?running=false", other, 200).toString()).doesNotContain("Kiều Văn Phạm Vi");
            assertThat(getJson(API + "/episodes?personId=" + p, other, 200)).isEmpty();
            assertThat(getJson(API + "/follow-up?on=02/03/2022", other, 200).toString()).doesNotContain("Kiều Thị Ở Nhà");
            assertThat(getJson(API + "/releases/due?on=07/03/2022", other, 200).toString()).doesNotContain("Kiều");
            for (String how : List.of("release", "convert", "transfer", "death")) {
                end(other, id, how, "{\"on\": \"07/03/2022\", \"place\": \"HOME\"}", 404);
            }
            post(API + "/episodes/" + id + "/rule", other, "{\"ruleOn\": \"01/03/2022\"}", 404);
            check(other, homeId, "02/03/2022", null, 404);
            post(API + "/episodes/" + homeId + "/link", other, null, 404);
            open(other, home, "RETURNEE_QUARANTINE", "01/03/2022", null, null, 404);
            mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                            .get("/isolation/episodes/" + id + "/decision.pdf").with(as(other)))
                    .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status().isNotFound());
        }
        String viewer = "iso.district.viewer";
        users.ensure(viewer, Role.DISTRICT_COMMAND, Scope.of("COMMUNE", "06709"), Scope.of("DISTRICT", "193"));
        getJson(API + "/episodes/" + id, viewer, 200);
        end(viewer, id, "death", "{\"on\": \"07/03/2022\"}", 403);
        check(viewer, homeId, "02/03/2022", null, 403);
        assertThat(statusOf(id)).isEqualTo("ACTIVE");
        assertThat(jdbc.sql("select count(*) from isolation_check where episode_id = :e").param("e", homeId)
                .query(Long.class).single()).isZero();
    }
}
