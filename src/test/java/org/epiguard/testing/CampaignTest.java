package org.epiguard.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.epiguard.access.Role;
import org.junit.jupiter.api.Test;
import org.epiguard.people.PersonsMerged;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.transaction.support.TransactionTemplate;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Screening campaigns through the API and the pages: target counts and the untested list for every
 * kind of target, the enterprise's daily pre-shift list, bad inputs by field, and scope.
 */
class CampaignTest extends TestingTestSupport {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final ZoneId VN = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final AtomicLong CITIZEN = new AtomicLong(System.nanoTime() % 100_000_000L);
    private static final String PATH = "/api/v1/testing/campaigns";

    static LocalDate today() {
        return LocalDate.now(VN);
    }

    static String day(LocalDate d) {
        return d.format(DAY);
    }

    long person(String name, String commune, String district, String occupation, Long workplace, String citizenId) {
        return jdbc.sql("""
                        insert into people_person (full_name, birth_year, sex, province_code, district_code, commune_code,
                                                   occupation, workplace_id, citizen_id, address_text, no_id)
                        values (:n, 1985, 'M', '22', :d, :c, :o, :w, :cid, 'Tổ 1', cast(:cid as text) is null) returning id""")
                .param("n", name).param("c", commune).param("d", district).param("o", occupation).param("w", workplace)
                .param("cid", citizenId).query(Long.class).single();
    }

    static String citizenId() {
        return String.format("0221%08d", CITIZEN.incrementAndGet() % 100_000_000L);
    }

    static String campaignJson(String name, String kind, String occupation, String area, Long unit, String cadence,
                               String start, String end, List<Long> attendees) {
        return """
                {"name": %s, "kind": %s, "occupation": %s, "areaCode": %s, "unitId": %s, "cadence": %s,
                 "startDate": %s, "endDate": %s, "attendeeIds": %s}""".formatted(quoted(name), quoted(kind),
                quoted(occupation), quoted(area), unit, quoted(cadence), quoted(start), quoted(end),
                attendees == null ? "null" : attendees.toString());
    }

    long create(String user, String json) throws Exception {
        return JSON.readTree(postJson(user, PATH, json, 201)).get("id").asLong();
    }

    JsonNode json(String user, String path) throws Exception {
        return JSON.readTree(getJson(user, path, 200));
    }

    /** The untested people of a campaign (first page of 200) by person id. */
    List<Long> untested(String user, String path) throws Exception {
        List<Long> ids = new ArrayList<>();
        json(user, path + (path.contains("?") ? "&" : "?") + "size=200").get("rows")
                .forEach(r -> ids.add(r.get("personId").asLong()));
        return ids;
    }

    String rapid(String user, long person, String outcome, String testedAt, Long campaign) throws Exception {
        return postJson(user, "/api/v1/testing/rapid-tests", """
                {"personId": %d, "kind": "RAPID_PROFESSIONAL", "outcome": "%s", "testedAt": "%s", "priority": "SCREENING",
                 "campaignId": %s}""".formatted(person, outcome, testedAt, campaign), 201);
    }

    static void assertCounts(JsonNode counts, long target, long sampled, long resulted, long positive, long untested) {
        assertThat(List.of(counts.get("target").asLong(), counts.get("sampled").asLong(), counts.get("resulted").asLong(),
                counts.get("positive").asLong(), counts.get("untested").asLong()))
                .containsExactly(target, sampled, resulted, positive, untested);
    }

    static JsonNode unitRow(JsonNode progress, String key) {
        for (JsonNode u : progress.get("units")) {
            if (u.get("key").asText().equals(key)) {
                return u;
            }
        }
        throw new AssertionError("no unit " + key + " in " + progress);
    }

    @Test
    void a_school_campaign_counts_its_pupils_and_lists_those_not_sampled_in_the_period() throws Exception {
        long school = unit("SCHOOL", "Trường chiến dịch", BAI_CHAY, HA_LONG);
        String teacher = unitUser(Role.SCHOOL, school);
        long lab = unit("LABORATORY", "Phòng xét nghiệm chiến dịch", BAI_CHAY, HA_LONG);
        long a = person("Hồ Văn Đã Âm", BAI_CHAY, HA_LONG, "STUDENT", school, null);
        long b = person("Hồ Thị Dương", HUNG_THANG, HA_LONG, "STUDENT", school, null);
        long c = person("Hồ Văn Chờ", BAI_CHAY, HA_LONG, "TEACHER", school, null);
        long d = person("Hồ Thị Chưa Lấy", BAI_CHAY, HA_LONG, "STUDENT", school, null);
        long before = person("Hồ Văn Lấy Trước Đợt", BAI_CHAY, HA_LONG, "STUDENT", school, null);
        long id = create(teacher, campaignJson("Sàng lọc trường", "SCHOOL", null, null, null, null,
                day(today().minusDays(2)), day(today().plusDays(3)), null));

        rapid(teacher, a, "NEGATIVE", hoursAgo(2), id);
        rapid(teacher, b, "POSITIVE", hoursAgo(2), null);
        sample(teacher, c, "SCREENING", hoursAgo(1), null, lab);
        rapid(teacher, before, "NEGATIVE", day(today().minusDays(3)) + " 09:00", null);

        JsonNode progress = json(teacher, PATH + "/" + id);
        assertCounts(progress.get("total"), 5, 3, 2, 1, 2);
        assertCounts(unitRow(progress, String.valueOf(school)), 5, 3, 2, 1, 2);
        assertThat(progress.get("taggedSamples").asLong()).isEqualTo(1);
        assertThat(untested(teacher, PATH + "/" + id + "/untested")).containsExactlyInAnyOrder(d, before);
        assertThat(count("select count(*) from testing_sample where campaign_id = :p", id)).isEqualTo(1);
        assertThat(count("select count(*) from access_audit where entity_type = 'testing_sample' "
                + "and (after->>'campaignId')::bigint = :p", id)).isEqualTo(1);

        // the page and its export (audited)
        String page = mvc.perform(get("/testing/campaigns/" + id).with(as(teacher))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("Sàng lọc trường", "Hồ Thị Chưa Lấy", "Hồ Văn Lấy Trước Đợt").doesNotContain("Hồ Văn Đã Âm");
        byte[] xlsx = mvc.perform(get("/testing/campaigns/" + id + "/untested.xlsx").with(as(teacher)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (var wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            var sheet = wb.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).isEqualTo(2);
            List<String> names = List.of(sheet.getRow(1).getCell(0).getStringCellValue(),
                    sheet.getRow(2).getCell(0).getStringCellValue());
            assertThat(names).containsExactlyInAnyOrder("Hồ Thị Chưa Lấy", "Hồ Văn Lấy Trước Đợt");
        }
        assertThat(count("select count(*) from access_audit where action = 'EXPORT' and entity_type = 'testing_campaign' "
                + "and entity_id = :p::text", id)).isEqualTo(1);
    }

    @Test
    void an_occupation_campaign_counts_the_group_in_its_area_per_commune() throws Exception {
        String ttch = districtUser(HA_LONG);
        long f1 = person("Lưu Văn Ngư Một", HUNG_THANG, HA_LONG, "FISHERMAN", null, null);
        long f2 = person("Lưu Văn Ngư Hai", HUNG_THANG, HA_LONG, "FISHERMAN", null, null);
        long f3 = person("Lưu Văn Ngư Ba", BAI_CHAY, HA_LONG, "FISHERMAN", null, null);
        long trader = person("Lưu Thị Chợ", HUNG_THANG, HA_LONG, "MARKET_TRADER", null, null);
        long elsewhere = person("Lưu Văn Ngư Móng Cái", KA_LONG, MONG_CAI, "FISHERMAN", null, null);
        long id = create(ttch, campaignJson("Ngư dân Hạ Long", "OCCUPATION", "fisherman", HA_LONG, null, null,
                day(today().minusDays(1)), day(today().plusDays(5)), null));
        rapid(ttch, f1, "NEGATIVE", hoursAgo(1), id);
        rapid(ttch, f3, "POSITIVE", hoursAgo(1), id);
        rapid(ttch, trader, "NEGATIVE", hoursAgo(1), id);

        long fishersHungThang = count("select count(*) from people_person where commune_code = :p "
                + "and occupation = 'FISHERMAN' and merged_into is null", HUNG_THANG);
        long fishersBaiChay = count("select count(*) from people_person where commune_code = :p "
                + "and occupation = 'FISHERMAN' and merged_into is null", BAI_CHAY);
        JsonNode progress = json(ttch, PATH + "/" + id);
        assertCounts(unitRow(progress, HUNG_THANG), fishersHungThang, 1, 1, 0, fishersHungThang - 1);
        assertCounts(unitRow(progress, BAI_CHAY), fishersBaiChay, 1, 1, 1, fishersBaiChay - 1);
        assertThat(progress.get("total").get("target").asLong()).isEqualTo(count("select count(*) from people_person "
                + "where district_code = :p and occupation = 'FISHERMAN' and merged_into is null", HA_LONG));
        assertThat(progress.get("taggedSamples").asLong()).isEqualTo(3);
        List<Long> missing = untested(ttch, PATH + "/" + id + "/untested?unit=" + HUNG_THANG);
        assertThat(missing).contains(f2).doesNotContain(f1, f3, trader, elsewhere).hasSize((int) fishersHungThang - 1);
        assertThat(untested(ttch, PATH + "/" + id + "/untested")).contains(f2).doesNotContain(f1, f3, trader, elsewhere);
        // the commune station of Hùng Thắng sees the district's campaign with its own people only, and tags with it
        String tyt = communeUser(HUNG_THANG);
        JsonNode own = json(tyt, PATH + "/" + id);
        assertThat(own.get("units")).hasSize(1);
        assertCounts(own.get("total"), fishersHungThang, 1, 1, 0, fishersHungThang - 1);
        assertThat(untested(tyt, PATH + "/" + id + "/untested")).contains(f2).doesNotContain(f1, f3, trader, elsewhere)
                .hasSize((int) fishersHungThang - 1);
        assertThat(untested(tyt, PATH + "/" + id + "/untested?unit=" + BAI_CHAY)).isEmpty();
        rapid(tyt, f2, "NEGATIVE", hoursAgo(0), id);
        assertCounts(json(tyt, PATH + "/" + id).get("total"), fishersHungThang, 2, 2, 0, fishersHungThang - 2);
        // a commune or district elsewhere does not see it
        getJson(communeUser(KA_LONG), PATH + "/" + id, 404);
        assertThat(getJson(communeUser(KA_LONG), PATH, 200)).doesNotContain("Ngư dân Hạ Long");
        getJson(districtUser(MONG_CAI), PATH + "/" + id, 404);
        getJson(districtUser(MONG_CAI), PATH + "/" + id + "/untested", 404);
        assertThat(getJson(districtUser(MONG_CAI), PATH, 200)).doesNotContain("Ngư dân Hạ Long");
        assertThat(getJson(ttch, PATH, 200)).contains("Ngư dân Hạ Long");
    }

    @Test
    void a_commune_campaign_targets_everyone_living_there_and_a_viewer_sees_only_their_own_part() throws Exception {
        String commune = jdbc.sql("""
                        select code from geo_admin_unit where level = 'COMMUNE' and district_code = :d
                           and code not in (:a, :b) order by code desc limit 1""")
                .param("d", HA_LONG).param("a", BAI_CHAY).param("b", HUNG_THANG).query(String.class).single();
        String ttch = districtUser(HA_LONG);
        long p1 = person("Trịnh Văn Hộ Một", commune, HA_LONG, "OTHER", null, null);
        long p2 = person("Trịnh Thị Hộ Hai", commune, HA_LONG, "OTHER", null, null);
        long id = create(ttch, campaignJson("Toàn dân phường", "COMMUNE", null, commune, null, "ONCE",
                day(today().minusDays(1)), day(today()), null));
        String tyt = communeUser(commune);
        rapid(tyt, p1, "NEGATIVE", hoursAgo(0), id);
        long residents = count("select count(*) from people_person where commune_code = :p and merged_into is null", commune);
        assertCounts(json(ttch, PATH + "/" + id).get("total"), residents, 1, 1, 0, residents - 1);
        assertCounts(json(tyt, PATH + "/" + id).get("total"), residents, 1, 1, 0, residents - 1);
        assertThat(untested(tyt, PATH + "/" + id + "/untested")).contains(p2).doesNotContain(p1);
        String other = communeUser(BAI_CHAY);
        getJson(other, PATH + "/" + id, 404);
        getJson(other, PATH + "/" + id + "/untested", 404);
        mvc.perform(get("/testing/campaigns/" + id + "/untested.xlsx").with(as(other))).andExpect(status().isNotFound());
        // an enterprise in the district sees neither the campaign nor the residents
        long firm = unit("ENTERPRISE", "Công ty phường", commune, HA_LONG);
        getJson(unitUser(Role.ENTERPRISE, firm), PATH + "/" + id, 404);
        // another district may not create a campaign here (capture scope), a commune station not at all
        postJson(districtUser(MONG_CAI), PATH, campaignJson("Lạ", "COMMUNE", null, commune, null, null,
                day(today()), day(today()), null), 403);
        postJson(tyt, PATH, campaignJson("Trạm tạo", "COMMUNE", null, commune, null, null, day(today()), day(today()), null), 403);
    }

    @Test
    void an_event_campaign_targets_its_attendees_entered_and_uploaded_by_row() throws Exception {
        String ttch = districtUser(HA_LONG);
        String cid1 = citizenId();
        String cid2 = citizenId();
        long a1 = person("Mai Văn Dự Một", BAI_CHAY, HA_LONG, "OTHER", null, null);
        long a2 = person("Mai Thị Dự Hai", HUNG_THANG, HA_LONG, "OTHER", null, cid1);
        long a3 = person("Mai Văn Dự Ba", BAI_CHAY, HA_LONG, "OTHER", null, cid2);
        long stranger = person("Mai Văn Ngoài Tỉnh", KA_LONG, MONG_CAI, "OTHER", null, citizenId());
        long id = create(ttch, campaignJson("Hội nghị thử", "EVENT", null, BAI_CHAY, null, null,
                day(today().minusDays(1)), day(today().plusDays(1)), List.of(a1)));
        assertThat(postJson(ttch, PATH + "/" + id + "/attendees", "{\"personIds\": [" + a1 + ", " + stranger + "]}", 400))
                .contains("\"attendeeIds[1]\",\"code\":\"UNKNOWN_PERSON\"");
        String csv = "STT,CCCD/CMND,Họ tên\n1," + cid1 + ",Mai Thị Dự Hai\n2,12345,Sai\n3,"
                + jdbc.sql("select citizen_id from people_person where id = :id").param("id", stranger).query(String.class).single()
                + ",Ngoài\n4,,Trống\n5," + cid2 + ",Mai Văn Dự Ba\n";
        JsonNode up = JSON.readTree(mvc.perform(multipart(PATH + "/" + id + "/attendees/upload")
                        .file(new MockMultipartFile("file", "du.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
                        .with(as(ttch))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(up.get("added").asInt()).isEqualTo(2);
        List<String> errors = new ArrayList<>();
        up.get("errors").forEach(e -> errors.add(e.get("row").asInt() + " " + e.get("field").asText() + " " + e.get("code").asText()));
        assertThat(errors).containsExactly("3 CCCD/CMND BAD_CITIZEN_ID", "4 CCCD/CMND UNKNOWN_PERSON", "5 CCCD/CMND REQUIRED");
        // the same list again adds nobody
        assertThat(JSON.readTree(mvc.perform(multipart(PATH + "/" + id + "/attendees/upload")
                        .file(new MockMultipartFile("file", "du.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
                        .with(as(ttch))).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8))
                .get("added").asInt()).isZero();
        rapid(ttch, a2, "POSITIVE", hoursAgo(0), id);
        JsonNode progress = json(ttch, PATH + "/" + id);
        assertCounts(progress.get("total"), 3, 1, 1, 1, 2);
        assertCounts(unitRow(progress, HUNG_THANG), 1, 1, 1, 1, 0);
        assertThat(untested(ttch, PATH + "/" + id + "/untested")).containsExactlyInAnyOrder(a1, a3);
        // another district cannot add attendees nor see the event
        mvc.perform(multipart(PATH + "/" + id + "/attendees/upload")
                        .file(new MockMultipartFile("file", "du.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
                        .with(as(districtUser(MONG_CAI)))).andExpect(status().isNotFound());
        getJson(districtUser(MONG_CAI), PATH + "/" + id, 404);
        assertThat(count("select count(*) from testing_campaign_attendee where campaign_id = :p", id)).isEqualTo(3);
        assertThat(postJson(ttch, PATH + "/" + id + "/attendees/upload".replace("/upload", ""), "{\"personIds\": []}", 400))
                .contains("\"attendeeIds\",\"code\":\"REQUIRED\"");
    }

    @Test
    void the_enterprise_sees_each_morning_its_workers_without_a_negative_test_today() throws Exception {
        long firm = unit("ENTERPRISE", "Dệt may đầu ca", BAI_CHAY, HA_LONG);
        String dn = unitUser(Role.ENTERPRISE, firm);
        String todayEarly = day(today()) + " 00:01";
        String yesterday = day(today().minusDays(1)) + " 07:00";
        long cleared = person("Vũ Văn Âm Hôm Nay", BAI_CHAY, HA_LONG, "FACTORY_WORKER", firm, null);
        long stale = person("Vũ Thị Âm Hôm Qua", BAI_CHAY, HA_LONG, "FACTORY_WORKER", firm, null);
        long positive = person("Vũ Văn Dương Hôm Nay", HUNG_THANG, HA_LONG, "FACTORY_WORKER", firm, null);
        long waiting = person("Vũ Thị Chờ Kết Quả", BAI_CHAY, HA_LONG, "FACTORY_WORKER", firm, null);
        long none = person("Vũ Văn Chưa Test", BAI_CHAY, HA_LONG, "FACTORY_WORKER", firm, null);
        long id = create(dn, campaignJson("Test đầu ca", "ENTERPRISE", null, null, null, null,
                day(today().minusDays(7)), day(today().plusDays(7)), null));
        assertThat(json(dn, PATH + "/" + id).get("campaign").get("cadence").asText()).isEqualTo("DAILY");
        rapid(dn, cleared, "NEGATIVE", todayEarly, id);
        rapid(dn, stale, "NEGATIVE", yesterday, id);
        rapid(dn, positive, "NEGATIVE", todayEarly, id);
        rapid(dn, positive, "POSITIVE", todayEarly, id);
        sample(dn, waiting, "SCREENING", todayEarly, null, null);

        JsonNode shift = json(dn, PATH + "/pre-shift");
        assertCounts(shift.get("progress").get("total"), 5, 3, 2, 1, 4);
        List<String> rows = new ArrayList<>();
        shift.get("untested").get("rows").forEach(r -> rows.add(r.get("personId").asLong() + " " + r.get("status").asText()));
        assertThat(rows).containsExactlyInAnyOrder(stale + " NONE", positive + " POSITIVE", waiting + " PENDING", none + " NONE");
        // yesterday's list: only the one tested yesterday was cleared
        JsonNode yesterdays = json(dn, PATH + "/pre-shift?date=" + today().minusDays(1));
        assertCounts(yesterdays.get("progress").get("total"), 5, 1, 1, 0, 4);
        // the campaign page reads the same for today
        assertCounts(json(dn, PATH + "/" + id).get("total"), 5, 3, 2, 1, 4);
        assertThat(untested(dn, PATH + "/" + id + "/untested")).containsExactlyInAnyOrder(stale, positive, waiting, none);
        String page = mvc.perform(get("/testing/pre-shift").with(as(dn))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("Vũ Thị Âm Hôm Qua", "DƯƠNG TÍNH", "Chờ kết quả").doesNotContain("Vũ Văn Âm Hôm Nay");
        assertThat(mvc.perform(get("/").with(as(dn))).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8))
                .contains("href=\"/testing/pre-shift\"", "href=\"/testing/campaigns\"");
        byte[] xlsx = mvc.perform(get("/testing/pre-shift.xlsx").with(as(dn))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        try (var wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertThat(wb.getSheetAt(0).getLastRowNum()).isEqualTo(4);
        }
        assertThat(count("select count(*) from access_audit where entity_type = 'testing_pre_shift_list' and entity_id = :p::text",
                firm)).isEqualTo(1);

        // another enterprise gets nothing; the district sees it by naming the unit
        long otherFirm = unit("ENTERPRISE", "Dệt may khác", BAI_CHAY, HA_LONG);
        String other = unitUser(Role.ENTERPRISE, otherFirm);
        getJson(other, PATH + "/pre-shift?unit=" + firm, 404);
        getJson(other, PATH + "/" + id, 404);
        getJson(other, PATH + "/" + id + "/untested", 404);
        assertThat(getJson(other, PATH, 200)).doesNotContain("Test đầu ca");
        assertThat(json(other, PATH + "/pre-shift").get("progress").get("total").get("target").asLong()).isZero();
        mvc.perform(get("/testing/pre-shift").param("unit", String.valueOf(firm)).with(as(other))).andExpect(status().isNotFound());
        assertThat(postJson(other, PATH, campaignJson("Chiếm", "ENTERPRISE", null, null, firm, null, day(today()),
                day(today()), null), 400)).contains("\"unitId\",\"code\":\"UNKNOWN_UNIT\"");
        assertCounts(json(districtUser(HA_LONG), PATH + "/pre-shift?unit=" + firm).get("progress").get("total"), 5, 3, 2, 1, 4);
        getJson(districtUser(MONG_CAI), PATH + "/pre-shift?unit=" + firm, 404);
        getJson(districtUser(HA_LONG), PATH + "/pre-shift", 400);
    }

    @Test
    void every_bad_campaign_field_is_refused_by_name_and_nothing_is_written() throws Exception {
        String ttch = districtUser(HA_LONG);
        long school = unit("SCHOOL", "Trường lỗi", BAI_CHAY, HA_LONG);
        long firm = unit("ENTERPRISE", "Công ty lỗi", BAI_CHAY, HA_LONG);
        long p = person("Đinh Văn Lỗi", BAI_CHAY, HA_LONG, "OTHER", null, null);
        long campaigns = count("select count(*) from testing_campaign where created_by is not null or :p = :p", 0);
        String t = day(today());

        assertThat(postJson(ttch, PATH, campaignJson(" ", null, null, null, null, null, null, null, null), 400))
                .contains("\"name\",\"code\":\"REQUIRED\"", "\"kind\",\"code\":\"REQUIRED\"",
                        "\"startDate\",\"code\":\"REQUIRED\"", "\"endDate\",\"code\":\"REQUIRED\"");
        assertThat(postJson(ttch, PATH, campaignJson("x".repeat(201), "MARKET", null, null, null, null, t, t, null), 400))
                .contains("\"name\",\"code\":\"TOO_LONG\"", "\"kind\",\"code\":\"UNKNOWN_VALUE\"");
        assertThat(postJson(ttch, PATH, campaignJson("Nghề", "OCCUPATION", null, null, null, "WEEKLY", "31/02/2021", t, null), 400))
                .contains("\"occupation\",\"code\":\"REQUIRED\"", "\"areaCode\",\"code\":\"REQUIRED\"",
                        "\"cadence\",\"code\":\"UNKNOWN_VALUE\"", "\"startDate\",\"code\":\"BAD_TIME\"");
        assertThat(postJson(ttch, PATH, campaignJson("Nghề", "OCCUPATION", "PILOT", "99999", null, null, t,
                day(today().minusDays(1)), null), 400))
                .contains("\"occupation\",\"code\":\"UNKNOWN_VALUE\"", "\"areaCode\",\"code\":\"UNKNOWN_AREA\"",
                        "\"endDate\",\"code\":\"BEFORE_START\"");
        assertThat(postJson(ttch, PATH, campaignJson("Phường", "COMMUNE", "FISHERMAN", HA_LONG, school, null, t,
                day(today().plusDays(400)), List.of(p)), 400))
                .contains("\"occupation\",\"code\":\"NOT_FOR_KIND\"", "\"areaCode\",\"code\":\"NOT_A_COMMUNE\"",
                        "\"unitId\",\"code\":\"NOT_FOR_KIND\"", "\"endDate\",\"code\":\"PERIOD_TOO_LONG\"",
                        "\"attendeeIds\",\"code\":\"NOT_FOR_KIND\"");
        assertThat(postJson(ttch, PATH, campaignJson("Trường", "SCHOOL", null, null, firm, null, "01/01/2020", t, null), 400))
                .contains("\"unitId\",\"code\":\"WRONG_UNIT_TYPE\"", "\"startDate\",\"code\":\"TOO_EARLY\"");
        assertThat(postJson(ttch, PATH, campaignJson("Công ty", "ENTERPRISE", null, null, null, null, t, t, null), 400))
                .contains("\"unitId\",\"code\":\"REQUIRED\"");
        assertThat(postJson(ttch, PATH, campaignJson("Sự kiện", "EVENT", null, KA_LONG, 999_999_999L, null, t, t,
                List.of(p, -5L)), 400))
                .contains("\"unitId\",\"code\":\"UNKNOWN_UNIT\"", "\"attendeeIds[1]\",\"code\":\"UNKNOWN_PERSON\"");
        assertThat(postJson(ttch, PATH, campaignJson("Trường", "SCHOOL", null, HUNG_THANG, school, null, t, t, null), 400))
                .contains("\"unitId\",\"code\":\"PLACE_MISMATCH\"");
        assertThat(count("select count(*) from testing_campaign where created_by is not null or :p = :p", 0)).isEqualTo(campaigns);

        // the page shows the problems by field
        String form = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/testing/campaigns/new")
                        .with(as(ttch)).param("name", "").param("kind", "SCHOOL").param("startDate", t).param("endDate", "hôm qua")
                        .param("attendees", "abc"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(form).contains("Bắt buộc nhập.", "Không đọc được thời gian hôm qua", "Không có người abc");

        // a daily campaign's day outside its period, a bad day; a sample tagged with an unknown or finished campaign
        long daily = create(unitUser(Role.ENTERPRISE, firm), campaignJson("Đầu ca lỗi", "ENTERPRISE", null, null, null, null,
                day(today().minusDays(10)), day(today().minusDays(5)), null));
        assertThat(getJson(ttch, PATH + "/" + daily + "?date=" + today(), 400)).contains("\"date\",\"code\":\"OUTSIDE_CAMPAIGN\"");
        assertThat(getJson(ttch, PATH + "/" + daily + "/untested?date=mai", 400)).contains("\"date\",\"code\":\"BAD_TIME\"");
        mvc.perform(get("/testing/campaigns/" + daily).param("date", "mai").with(as(ttch))).andExpect(status().isBadRequest());
        String tyt = communeUser(BAI_CHAY);
        assertThat(postJson(tyt, "/api/v1/testing/samples", """
                {"barcode": "%s", "personId": %d, "priority": "SCREENING", "collectedAt": "%s", "campaignId": 999999999}"""
                .formatted(barcode(), p, hoursAgo(1)), 400)).contains("\"campaignId\",\"code\":\"UNKNOWN_CAMPAIGN\"");
        long mine = create(ttch, campaignJson("Phường cũ", "COMMUNE", null, BAI_CHAY, null, null,
                day(today().minusDays(10)), day(today().minusDays(5)), null));
        assertThat(postJson(tyt, "/api/v1/testing/rapid-tests", """
                {"personId": %d, "kind": "RAPID_SELF", "outcome": "NEGATIVE", "testedAt": "%s", "campaignId": %d}"""
                .formatted(p, hoursAgo(1), mine), 400)).contains("\"campaignId\",\"code\":\"OUTSIDE_CAMPAIGN\"");
        // a school cannot tag a sample with a campaign it does not see
        String teacher = unitUser(Role.SCHOOL, school);
        long pupil = person("Đinh Thị Học Trò", BAI_CHAY, HA_LONG, "STUDENT", school, null);
        assertThat(postJson(teacher, "/api/v1/testing/rapid-tests", """
                {"personId": %d, "kind": "RAPID_PROFESSIONAL", "outcome": "NEGATIVE", "testedAt": "%s", "campaignId": %d}"""
                .formatted(pupil, hoursAgo(1), daily), 400)).contains("\"campaignId\",\"code\":\"UNKNOWN_CAMPAIGN\"");
        assertThat(count("select count(*) from testing_sample where person_id = :p", p)).isZero();
        assertThat(count("select count(*) from testing_sample where person_id = :p", pupil)).isZero();
    }

    @Test
    void another_school_sees_nothing_of_a_school_campaign() throws Exception {
        long schoolA = unit("SCHOOL", "Trường A chiến dịch", BAI_CHAY, HA_LONG);
        long schoolB = unit("SCHOOL", "Trường B chiến dịch", BAI_CHAY, HA_LONG);
        String a = unitUser(Role.SCHOOL, schoolA);
        String b = unitUser(Role.SCHOOL, schoolB);
        person("Kiều Văn Trường A", BAI_CHAY, HA_LONG, "STUDENT", schoolA, null);
        long id = create(a, campaignJson("Trường A sàng lọc", "SCHOOL", null, null, null, null, day(today()), day(today()), null));
        getJson(b, PATH + "/" + id, 404);
        getJson(b, PATH + "/" + id + "/untested", 404);
        mvc.perform(get("/testing/campaigns/" + id).with(as(b))).andExpect(status().isNotFound());
        assertThat(getJson(b, PATH, 200)).doesNotContain("Trường A sàng lọc");
        assertThat(mvc.perform(get("/testing/campaigns").with(as(b))).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8)).doesNotContain("Trường A sàng lọc");
        assertThat(mvc.perform(get("/testing/campaigns").with(as(a))).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8)).contains("Trường A sàng lọc");
        // school B may not create a campaign for school A, nor one for an area
        assertThat(postJson(b, PATH, campaignJson("Chiếm A", "SCHOOL", null, null, schoolA, null, day(today()),
                day(today()), null), 400)).contains("\"unitId\",\"code\":\"UNKNOWN_UNIT\"");
        postJson(b, PATH, campaignJson("Phường", "COMMUNE", null, BAI_CHAY, null, null, day(today()), day(today()), null), 403);
        // the commune of the school sees its campaign, with only the pupils living in the commune
        assertThat(json(communeUser(BAI_CHAY), PATH + "/" + id).get("total").get("target").asLong()).isEqualTo(1);
        getJson(communeUser(KA_LONG), PATH + "/" + id, 404);
    }

    @Test
    void the_sample_and_rapid_test_forms_tag_the_entry_with_a_running_campaign() throws Exception {
        long school = unit("SCHOOL", "Trường gắn chiến dịch", BAI_CHAY, HA_LONG);
        String teacher = unitUser(Role.SCHOOL, school);
        long pupil = person("Lạc Thị Gắn Nhãn", BAI_CHAY, HA_LONG, "STUDENT", school, null);
        long id = create(teacher, campaignJson("Sàng lọc gắn nhãn", "SCHOOL", null, null, null, null,
                day(today().minusDays(1)), day(today()), null));
        String form = mvc.perform(get("/testing/rapid-tests/new").param("personId", String.valueOf(pupil)).with(as(teacher)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(form).contains("name=\"campaignId\"", "Sàng lọc gắn nhãn");
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/testing/rapid-tests/new")
                        .with(as(teacher)).param("personId", String.valueOf(pupil)).param("kind", "RAPID_PROFESSIONAL")
                        .param("outcome", "NEGATIVE").param("testedAt", hoursAgo(0)).param("priority", "SCREENING")
                        .param("campaignId", String.valueOf(id)))
                .andExpect(status().isFound());
        assertThat(count("select count(*) from testing_sample where campaign_id = :p", id)).isEqualTo(1);
        assertCounts(json(teacher, PATH + "/" + id).get("total"), 1, 1, 1, 0, 0);
        // another school's form does not offer it
        long otherSchool = unit("SCHOOL", "Trường không gắn", BAI_CHAY, HA_LONG);
        String other = unitUser(Role.SCHOOL, otherSchool);
        long otherPupil = person("Lạc Văn Trường Khác", BAI_CHAY, HA_LONG, "STUDENT", otherSchool, null);
        assertThat(mvc.perform(get("/testing/samples/new").param("personId", String.valueOf(otherPupil)).with(as(other)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8))
                .doesNotContain("Sàng lọc gắn nhãn");
    }

    @Autowired
    ApplicationEventPublisher publisher;

    @Autowired
    TransactionTemplate tx;

    @Test
    void a_merge_moves_the_merged_persons_attendances_to_the_survivor_once() throws Exception {
        String ttch = districtUser(HA_LONG);
        long survivor = person("Tô Văn Hợp", BAI_CHAY, HA_LONG, "OTHER", null, null);
        long merged = person("To Van Hop", BAI_CHAY, HA_LONG, "OTHER", null, null);
        long both = create(ttch, campaignJson("Sự kiện cả hai", "EVENT", null, BAI_CHAY, null, null, day(today()), day(today()),
                List.of(survivor, merged)));
        long one = create(ttch, campaignJson("Sự kiện một", "EVENT", null, BAI_CHAY, null, null, day(today()), day(today()),
                List.of(merged)));
        jdbc.sql("update people_person set merged_into = :s where id = :m").param("s", survivor).param("m", merged).update();
        tx.executeWithoutResult(t -> publisher.publishEvent(new PersonsMerged(survivor, merged)));
        assertThat(untested(ttch, PATH + "/" + both + "/untested")).containsExactly(survivor);
        assertThat(untested(ttch, PATH + "/" + one + "/untested")).containsExactly(survivor);
        assertThat(count("select count(*) from testing_campaign_attendee where person_id = :p", merged)).isZero();
    }
}
