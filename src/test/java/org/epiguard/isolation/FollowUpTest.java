package org.epiguard.isolation;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The daily follow-up at home: checks, danger-sign alerts and transfers, the personal link, the morning round, home treatment. */
class FollowUpTest extends IsolationTestSupport {

    static final String HUNG_THANG = "06679";

    long homeEpisode(String name, String start) throws Exception {
        return open(baiChay(), baiChayPerson(name), "CASE_ISOLATION", start, null, null, 201).get("id").asLong();
    }

    @Test
    void danger_signs_raise_an_alert_at_once_with_the_tier_proposed_and_the_transfer_takes_the_bed() throws Exception {
        long calm = homeEpisode("Ngô Văn Bình Thường", "01/03/2022");
        JsonNode fine = check(baiChayTeam(), calm, "02/03/2022",
                "\"temperature\": 37.2, \"spo2\": 97, \"breathingRate\": 18, \"symptoms\": [\"COUGH\"]", 201);
        assertThat(fine.get("dangerSigns")).isEmpty();
        assertThat(fine.get("alertId").isNull()).isTrue();

        long sick = homeEpisode("Ngô Thị Khó Thở", "01/03/2022");
        JsonNode alert = check(baiChayTeam(), sick, "03/03/2022",
                "\"temperature\": 38.5, \"spo2\": 95, \"breathingRate\": 22, \"symptoms\": [\"DYSPNOEA\", \"FEVER\"]", 201);
        assertThat(alert.get("dangerSigns").toString()).isEqualTo("[\"SPO2_LOW\",\"BREATHING_FAST\",\"DYSPNOEA\"]");
        assertThat(alert.get("proposedTier").asInt()).isEqualTo(2);
        long alertId = alert.get("alertId").asLong();
        JsonNode severe = check(baiChay(), homeEpisode("Ngô Văn Tím Tái", "01/03/2022"), "03/03/2022",
                "\"spo2\": 97, \"symptoms\": [\"CYANOSIS\"]", 201);
        assertThat(severe.get("proposedTier").asInt()).isEqualTo(3);

        List<Long> open = new ArrayList<>();
        getJson(API + "/alerts", baiChayTeam(), 200).forEach(a -> open.add(a.get("id").asLong()));
        assertThat(open).contains(alertId, severe.get("alertId").asLong());
        assertThat(getJson(API + "/alerts", kaLong(), 200).toString()).doesNotContain("Ngô Thị Khó Thở");
        assertThat(getJson(API + "/alerts", mongCai(), 200).toString()).doesNotContain("Ngô Thị Khó Thở");

        long tier2 = unit("HOSPITAL", "Bệnh viện thử tầng 2", "06673", "193", 30);
        send("PUT", API + "/treatment-places/" + tier2, haLong(), "{\"tier\": 2, \"beds\": 5, \"oxygenBeds\": 5}", 200);
        assertThat(problems(end(baiChay(), sick, "transfer", "{\"on\": \"03/03/2022\", \"place\": \"HOSPITAL\", "
                + "\"placeUnitId\": " + tier2 + ", \"alertId\": " + severe.get("alertId").asLong() + "}", 400)))
                .containsExactly("alertId:NO_OPEN_ALERT");
        JsonNode moved = end(baiChay(), sick, "transfer", "{\"on\": \"03/03/2022\", \"place\": \"HOSPITAL\", "
                + "\"placeUnitId\": " + tier2 + ", \"alertId\": " + alertId + "}", 200);
        assertThat(moved.get("tier").asInt()).isEqualTo(2);
        assertThat(jdbc.sql("select status || ' ' || transfer_episode_id from isolation_alert where id = :a")
                .param("a", alertId).query(String.class).single()).isEqualTo("TRANSFERRED " + moved.get("id").asLong());
        assertThat(getJson(API + "/treatment-places?tier=2", haLong(), 200).toString())
                .contains("\"name\":\"Bệnh viện thử tầng 2\"");
        assertThat(jdbc.sql("select count(*) from isolation_episode where place_unit_id = :u and status = 'ACTIVE'")
                .param("u", tier2).query(Long.class).single()).isEqualTo(1);
        assertThat(audits("isolation_check", alert.get("id").asLong())).isEqualTo(1);
    }

    @Test
    void bad_checks_name_their_fields_and_write_nothing() throws Exception {
        long e = homeEpisode("Lò Văn Đo Sai", "01/03/2022");
        assertThat(problems(check(baiChayTeam(), e, "28/02/2022",
                "\"temperature\": 47, \"spo2\": 101, \"breathingRate\": 2, \"symptoms\": [\"COUGH\", \"HICCUP\"], "
                        + "\"testKind\": \"RAPID\"", 400)))
                .containsExactly("date:BEFORE_ADMISSION", "temperature:OUT_OF_RANGE", "spo2:OUT_OF_RANGE",
                        "breathingRate:OUT_OF_RANGE", "symptoms[1]:BAD_VALUE", "testResult:REQUIRED");
        assertThat(problems(check(baiChayTeam(), e, "2022-03-02", "\"testKind\": \"SALIVA\", \"testResult\": \"MAYBE\"", 400)))
                .containsExactly("testKind:BAD_VALUE", "testResult:BAD_VALUE");
        assertThat(jdbc.sql("select count(*) from isolation_check where episode_id = :e").param("e", e)
                .query(Long.class).single()).isZero();
    }

    @Test
    void the_personal_link_needs_no_account_and_reaches_only_its_own_episode() throws Exception {
        long mine = homeEpisode("Thân Văn Tự Khai", "01/03/2022");
        long other = homeEpisode("Thân Thị Người Khác", "01/03/2022");
        String path = post(API + "/episodes/" + mine + "/link", baiChayTeam(), null, 201).get("path").asText();
        assertThat(path).matches("/follow/[A-Za-z0-9_-]{43}");
        String page = mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Khai").doesNotContain("Người Khác");
        mvc.perform(formPost(path).param("date", "02/03/2022").param("temperature", "37.0").param("spo2", "98")
                        .param("symptoms", "COUGH").param("episodeId", String.valueOf(other)))
                .andExpect(status().isOk());
        assertThat(jdbc.sql("select episode_id::text || ' ' || by_person from isolation_check where episode_id in (:a, :b)")
                .param("a", mine).param("b", other).query(String.class).list()).containsExactly(mine + " true");
        String bad = mvc.perform(formPost(path).param("date", "02/03/2022").param("spo2", "120"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(bad).contains("Phải từ 50 đến 100");
        mvc.perform(get("/follow/" + "A".repeat(43))).andExpect(status().isNotFound());
        mvc.perform(get(API + "/episodes/" + mine)).andExpect(status().isUnauthorized());
        mvc.perform(get(API + "/episodes/" + other)).andExpect(status().isUnauthorized());
        mvc.perform(get("/isolation/episodes/" + other)).andExpect(status().is3xxRedirection());

        String second = post(API + "/episodes/" + mine + "/link", baiChayTeam(), null, 201).get("path").asText();
        mvc.perform(get(path)).andExpect(status().isNotFound());
        mvc.perform(get(second)).andExpect(status().isOk());
        end(baiChay(), mine, "death", "{\"on\": \"05/03/2022\"}", 200);
        mvc.perform(get(second)).andExpect(status().isNotFound());
        mvc.perform(formPost(second).param("date", "05/03/2022")).andExpect(status().isNotFound());

        long facility = unit("QUARANTINE_FACILITY", "Khu cách ly thử đường dẫn", "06673", "193", 3);
        long inFacility = open(baiChay(), baiChayPerson("Thân Văn Tập Trung"), "CONTACT_QUARANTINE", "01/03/2022",
                "FACILITY", facility, 201).get("id").asLong();
        assertThat(problems(post(API + "/episodes/" + inFacility + "/link", baiChay(), null, 400)))
                .containsExactly("episodeId:NOT_AT_HOME");
    }

    @Test
    void each_morning_a_commune_sees_who_is_overdue_whose_test_is_due_and_who_has_an_alert() throws Exception {
        String station = user("iso.tyt.hungthang", org.epiguard.access.Role.COMMUNE_HEALTH_STATION,
                org.epiguard.access.Scope.of("COMMUNE", HUNG_THANG));
        String team = user("iso.tocovid.hungthang", org.epiguard.access.Role.COMMUNITY_TEAM,
                org.epiguard.access.Scope.of("COMMUNE", HUNG_THANG));
        long checked = open(station, person("Vi Văn Đã Khám", HUNG_THANG, "193", 1990), "CONTACT_QUARANTINE",
                "01/03/2022", null, null, 201).get("id").asLong();
        long late = open(station, person("Vi Thị Quá Hạn", HUNG_THANG, "193", 1991), "CONTACT_QUARANTINE",
                "01/03/2022", null, null, 201).get("id").asLong();
        long fresh = open(station, person("Vi Văn Mới Vào", HUNG_THANG, "193", 1992), "CONTACT_QUARANTINE",
                "07/03/2022", null, null, 201).get("id").asLong();
        check(team, checked, "06/03/2022", "\"spo2\": 98", 201);
        check(team, late, "05/03/2022", "\"spo2\": 98", 201);

        JsonNode round = getJson(API + "/follow-up?on=07/03/2022&commune=" + HUNG_THANG, team, 200);
        assertThat(round.size()).isEqualTo(3);
        assertThat(round.get(0).get("episodeId").asLong()).isEqualTo(late);     // overdue first
        for (JsonNode l : round) {
            long id = l.get("episodeId").asLong();
            assertThat(l.get("overdue").asBoolean()).as("overdue %d", id).isEqualTo(id == late);
            assertThat(l.get("testDaysToday").toString()).isEqualTo(id == fresh ? "[]" : "[7]");
            assertThat(l.get("day").asInt()).isEqualTo(id == fresh ? 1 : 7);
        }
        JsonNode overdue = getJson(API + "/follow-up?on=07/03/2022&overdue=true", team, 200);
        assertThat(overdue.size()).isEqualTo(1);
        assertThat(overdue.get(0).get("personName").asText()).isEqualTo("Vi Thị Quá Hạn");
        assertThat(getJson(API + "/follow-up?on=07/03/2022", baiChayTeam(), 200).toString()).doesNotContain("Vi Thị Quá Hạn");

        String html = mvc.perform(get("/isolation").param("on", "07/03/2022").with(as(team)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("Vi Thị Quá Hạn", "Quá hạn theo dõi", "Vi Văn Mới Vào");
        byte[] xlsx = mvc.perform(get("/isolation/round.xlsx").param("on", "07/03/2022").with(as(team)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
            var sheet = book.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).isEqualTo(3);
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("Vi Thị Quá Hạn");
            assertThat(sheet.getRow(1).getCell(7).getBooleanCellValue()).isTrue();
        }
        assertThat(jdbc.sql("select count(*) from access_audit where action = 'EXPORT' and username = :u")
                .param("u", team).query(Long.class).single()).isEqualTo(1);
        byte[] other = mvc.perform(get("/isolation/round.xlsx").param("on", "07/03/2022").with(as(kaLong())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(other))) {
            for (var row : book.getSheetAt(0)) {
                assertThat(row.getCell(0).getStringCellValue()).doesNotStartWith("Vi ");
            }
        }
        mvc.perform(formPost("/isolation/episodes/" + late + "/checks").with(as(team)).with(csrf())
                        .param("date", "07/03/2022").param("spo2", "93").param("symptoms", "FEVER"))
                .andExpect(status().isOk());
        assertThat(getJson(API + "/follow-up?on=07/03/2022&overdue=true", team, 200)).isEmpty();
        JsonNode after = getJson(API + "/follow-up?on=07/03/2022&commune=" + HUNG_THANG, team, 200).get(0);
        assertThat(after.get("episodeId").asLong()).isEqualTo(late);
        assertThat(after.get("openAlert").asBoolean()).isTrue();
        assertThat(after.get("checkedToday").asBoolean()).isTrue();
    }

    @Test
    void home_treatment_eligibility_follows_the_decision_in_force_with_its_reasons() throws Exception {
        long older = person("Đàm Văn Sáu Mươi", "06673", "193", 1961);
        long olderVaccinated = person("Đàm Thị Đã Tiêm", "06673", "193", 1961);
        fullyVaccinated(olderVaccinated);
        long pregnant = person("Đàm Thị Mang Thai", "06673", "193", 1995);
        jdbc.sql("update people_person set pregnant = true, sex = 'F' where id = :p").param("p", pregnant).update();

        assertThat(reasons(older, "01/10/2021", "MILD", null)).containsExactly("TOO_OLD_UNVACCINATED");
        assertThat(reasons(olderVaccinated, "01/10/2021", "MILD", null)).containsExactly("ELIGIBLE");
        assertThat(reasons(pregnant, "01/10/2021", "ASYMPTOMATIC", null)).containsExactly("PREGNANT");
        assertThat(reasons(older, "15/02/2022", "MILD", null)).containsExactly("ELIGIBLE");
        assertThat(reasons(pregnant, "15/02/2022", "MILD", null)).containsExactly("ELIGIBLE");
        assertThat(reasons(older, "15/02/2022", "MODERATE", 94)).containsExactly("NOT_MILD", "SPO2_LOW");
        assertThat(reasons(older, "01/08/2021", "MILD", null)).containsExactly("NO_HOME_TREATMENT");
        JsonNode answer = getJson(API + "/home-treatment?personId=" + older + "&on=01/10/2021&severity=MILD", baiChay(), 200);
        assertThat(answer.get("eligible").asBoolean()).isFalse();
        assertThat(answer.get("decision").asText()).contains("4038/QĐ-BYT");
        assertThat(problems(getJson(API + "/home-treatment?personId=" + older + "&on=x&severity=BAD", baiChay(), 400)))
                .containsExactly("on:BAD_DATE", "severity:BAD_VALUE");
        getJson(API + "/home-treatment?personId=" + older + "&on=01/10/2021&severity=MILD", kaLong(), 404);
        getJson(API + "/home-treatment?personId=" + older + "&on=01/10/2021&severity=MILD", mongCai(), 404);
    }

    static org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder formPost(String path) {
        return org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(path);
    }

    List<String> reasons(long person, String on, String severity, Integer spo2) throws Exception {
        List<String> out = new ArrayList<>();
        getJson(API + "/home-treatment?personId=" + person + "&on=" + on + "&severity=" + severity
                + (spo2 == null ? "" : "&spo2=" + spo2), baiChay(), 200).get("reasons").forEach(r -> out.add(r.get("code").asText()));
        return out;
    }
}
