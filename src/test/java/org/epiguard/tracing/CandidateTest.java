package org.epiguard.tracing;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * F1 candidates of a case: the people checked in at the case's venues within the window of the
 * dated rule during the infectious period, ranked, for the commune of the case to confirm as contacts.
 */
@RecordApplicationEvents
class CandidateTest extends CheckinTestSupport {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    ApplicationEvents events;

    record Scene(long caseId, long casePerson, long atOneHour, long sharedTwice, long venue) {
    }

    /**
     * Case confirmed 10/08/2021, onset 08/08 (period from 06/08 00:00), isolated 10/08 12:00; it
     * checked in at the market on 07/08 10:00 and at the shop on 08/08 15:00, and at the market on 05/08
     * (before its period).
     */
    Scene scene() {
        long market = venue("MARKET", BAI_CHAY, HA_LONG);
        long shop = venue("VENUE", BAI_CHAY, HA_LONG);
        long other = venue("VENUE", BAI_CHAY, HA_LONG);
        long c = person("Ca Bệnh", BAI_CHAY, HA_LONG);
        long caseId = caseOf(c, BAI_CHAY, HA_LONG, "2021-08-10T10:00:00+07:00", "2021-08-10T12:00:00+07:00", "2021-08-08");
        checkin(c, market, "2021-08-07T10:00:00+07:00");
        checkin(c, market, "2021-08-07T10:30:00+07:00");
        checkin(c, shop, "2021-08-08T15:00:00+07:00");
        checkin(c, market, "2021-08-05T10:00:00+07:00");
        long atOneHour = person("Đúng Một Giờ", KA_LONG, MONG_CAI);
        checkin(atOneHour, market, "2021-08-07T11:30:00+07:00");
        long tooEarly = person("Sớm Một Phút", BAI_CHAY, HA_LONG);
        checkin(tooEarly, market, "2021-08-07T08:59:00+07:00");
        long tooLate = person("Muộn Một Phút", BAI_CHAY, HA_LONG);
        checkin(tooLate, market, "2021-08-07T11:31:00+07:00");
        long elsewhere = person("Nơi Khác", BAI_CHAY, HA_LONG);
        checkin(elsewhere, other, "2021-08-07T10:00:00+07:00");
        long beforePeriod = person("Trước Thời Kỳ", BAI_CHAY, HA_LONG);
        checkin(beforePeriod, market, "2021-08-05T10:10:00+07:00");
        long twice = person("Hai Lần", HUNG_THANG, HA_LONG);
        checkin(twice, market, "2021-08-07T10:10:00+07:00");
        checkin(twice, shop, "2021-08-08T15:20:00+07:00");
        return new Scene(caseId, c, atOneHour, twice, market);
    }

    List<Long> candidates(String user, long caseId) throws Exception {
        JsonNode answer = JSON.readTree(getJson(user, "/api/v1/tracing/cases/" + caseId + "/candidates", 200));
        List<Long> ids = new ArrayList<>();
        answer.get("candidates").forEach(c -> ids.add(c.get("personId").asLong()));
        return ids;
    }

    @Test
    void candidates_are_the_people_within_one_hour_of_the_cases_checkins_in_its_period_ranked_by_shared_visits() throws Exception {
        Scene s = scene();
        String station = communeUser(BAI_CHAY);
        // exactly one hour after the case's 10:30 check-in is in; 08:59 and 11:31 (1 h 1 min) are out; the case itself,
        // another venue and a check-in before the infectious period are out
        assertThat(candidates(station, s.caseId())).containsExactly(s.sharedTwice(), s.atOneHour());
        JsonNode answer = JSON.readTree(getJson(station, "/api/v1/tracing/cases/" + s.caseId() + "/candidates", 200));
        assertThat(answer.get("windowMinutes").asInt()).isEqualTo(60);
        assertThat(answer.get("periodFrom").asString()).isEqualTo("2021-08-05T17:00:00Z");
        // near both market visits of the case (10:00 and 10:30) and its shop visit
        assertThat(answer.get("candidates").get(0).get("sharedVisits").asInt()).isEqualTo(3);
        assertThat(answer.get("candidates").get(1).get("closestMinutes").asInt()).isEqualTo(60);
    }

    @Test
    void a_rule_version_from_a_date_changes_the_window_and_the_period_from_that_day_on() throws Exception {
        String province = provinceUser();
        postJson(province, "/api/v1/tracing/checkin-rules", """
                {"effectiveFrom": "01/03/2024", "windowMinutes": 30, "daysBeforeOnset": 3, "note": "test"}""", 201);
        String bad = postJson(province, "/api/v1/tracing/checkin-rules", """
                {"effectiveFrom": "01/03/2024", "windowMinutes": 0}""", 400);
        assertThat(bad).contains("\"field\":\"effectiveFrom\"").contains("RULE_EXISTS")
                .contains("\"field\":\"windowMinutes\"").contains("\"field\":\"daysBeforeOnset\"");
        postJson(communeUser(BAI_CHAY), "/api/v1/tracing/checkin-rules", """
                {"effectiveFrom": "01/04/2024", "windowMinutes": 30, "daysBeforeOnset": 3}""", 403);

        long venue = venue("MARKET", BAI_CHAY, HA_LONG);
        long c = person("Ca Quy Định", BAI_CHAY, HA_LONG);
        // no onset: the period starts 3 days (the new version, in force on 02/03) before the confirmation
        long caseId = caseOf(c, BAI_CHAY, HA_LONG, "2024-03-02T10:00:00+07:00", "2024-03-02T12:00:00+07:00", null);
        checkin(c, venue, "2024-02-28T11:00:00+07:00");
        checkin(c, venue, "2024-02-29T20:00:00+07:00");
        checkin(c, venue, "2024-03-01T10:00:00+07:00");
        long k = person("Ngày 28", BAI_CHAY, HA_LONG);
        checkin(k, venue, "2024-02-28T11:45:00+07:00");
        long h = person("Ngày 29 trong 60 phút", BAI_CHAY, HA_LONG);
        checkin(h, venue, "2024-02-29T20:50:00+07:00");
        long i = person("Ngày 1 ngoài 30 phút", BAI_CHAY, HA_LONG);
        checkin(i, venue, "2024-03-01T10:40:00+07:00");
        long j = person("Ngày 1 trong 30 phút", BAI_CHAY, HA_LONG);
        checkin(j, venue, "2024-03-01T10:30:00+07:00");
        // ranked by closeness: 30, 45 and 50 minutes apart
        assertThat(candidates(communeUser(BAI_CHAY), caseId)).containsExactly(j, k, h);
    }

    @Test
    void another_commune_or_district_gets_nothing_from_the_candidates_page_the_api_or_the_confirmation() throws Exception {
        Scene s = scene();
        long recent = caseOf(person("Ca Gần Đây", BAI_CHAY, HA_LONG), BAI_CHAY, HA_LONG,
                java.time.Instant.now().minus(java.time.Duration.ofDays(1)).toString(), null, null);
        String api = "/api/v1/tracing/cases/" + s.caseId() + "/candidates";
        for (String outsider : List.of(communeUser(KA_LONG), communeUser(HUNG_THANG), districtUser(MONG_CAI))) {
            getJson(outsider, api, 404);
            mvc.perform(get("/tracing/cases/" + s.caseId() + "/candidates").with(as(outsider))).andExpect(status().isNotFound());
            postJson(outsider, api + "/confirm", "{}", 404);
            mvc.perform(get("/tracing/cases/" + s.caseId() + "/candidates.xlsx").with(as(outsider)))
                    .andExpect(status().isNotFound());
            mvc.perform(post("/tracing/cases/" + s.caseId() + "/candidates/confirm").with(as(outsider)))
                    .andExpect(status().isNotFound());
            assertThat(getJson(outsider, "/tracing/checkins", 200)).doesNotContain("/tracing/cases/" + recent + "/");
        }
        assertThat(count("select count(*) from tracing_candidate_confirmation where case_id = :p", s.caseId())).isZero();
        assertThat(count("select count(*) from access_audit where entity_type = 'tracing_candidates' and entity_id = cast(:p as text)",
                s.caseId())).isZero();
        assertThat(candidates(districtUser(HA_LONG), s.caseId())).hasSize(2);
        byte[] xlsx = mvc.perform(get("/tracing/cases/" + s.caseId() + "/candidates.xlsx").with(as(communeUser(BAI_CHAY))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
            assertThat(wb.getSheetAt(0).getLastRowNum()).isEqualTo(2);
            assertThat(wb.getSheetAt(0).getRow(1).getCell(0).getStringCellValue()).startsWith("Hai Lần");
        }
        assertThat(count("select count(*) from access_audit where entity_type = 'tracing_candidates' and action = 'EXPORT' and entity_id = cast(:p as text)",
                s.caseId())).isEqualTo(1);
        assertThat(getJson(communeUser(BAI_CHAY), "/tracing/checkins", 200)).contains("/tracing/cases/" + recent + "/candidates");
        assertThat(candidates(communeUser(BAI_CHAY), recent)).isEmpty();
    }

    @Test
    void the_commune_confirms_candidates_as_contacts_in_one_action_once() throws Exception {
        Scene s = scene();
        String station = communeUser(BAI_CHAY);
        mvc.perform(get("/tracing/cases/" + s.caseId() + "/candidates").with(as(station))).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Hai Lần")));
        String notCandidate = postJson(station, "/api/v1/tracing/cases/" + s.caseId() + "/candidates/confirm",
                "{\"personIds\": [%d, %d]}".formatted(s.atOneHour(), s.casePerson()), 400);
        assertThat(notCandidate).contains("\"field\":\"personIds[1]\"").contains("NOT_CANDIDATE");
        assertThat(events.stream(ContactCandidatesConfirmed.class)).isEmpty();

        // the page with nobody ticked confirms nobody
        mvc.perform(post("/tracing/cases/" + s.caseId() + "/candidates/confirm").with(as(station)))
                .andExpect(status().is3xxRedirection());
        assertThat(events.stream(ContactCandidatesConfirmed.class)).isEmpty();
        mvc.perform(post("/tracing/cases/" + s.caseId() + "/candidates/confirm").with(as(station))
                        .param("personId", String.valueOf(s.sharedTwice()), String.valueOf(s.atOneHour())))
                .andExpect(status().is3xxRedirection());
        List<ContactCandidatesConfirmed> published = events.stream(ContactCandidatesConfirmed.class).toList();
        assertThat(published).hasSize(1);
        ContactCandidatesConfirmed event = published.getFirst();
        assertThat(event.caseId()).isEqualTo(s.caseId());
        assertThat(event.casePersonId()).isEqualTo(s.casePerson());
        assertThat(event.contacts()).extracting(ContactCandidatesConfirmed.VenueContact::personId)
                .containsExactly(s.sharedTwice(), s.atOneHour());
        assertThat(event.contacts().get(1).venueId()).isEqualTo(s.venue());
        assertThat(count("select count(*) from access_audit where entity_type = 'tracing_candidate_confirmation' and entity_id = cast(:p as text)",
                s.caseId())).isEqualTo(1);
        // they are the case's F1 now, exposed at the venue
        assertThat(jdbc.sql("""
                        select person_id from tracing_contact
                         where case_id = :c and level = 1 and exposure = 'VENUE' order by person_id""")
                .param("c", s.caseId()).query(Long.class).list())
                .containsExactlyInAnyOrder(s.sharedTwice(), s.atOneHour());

        // again: nothing new is published
        String again = postJson(station, "/api/v1/tracing/cases/" + s.caseId() + "/candidates/confirm", "{}", 200);
        assertThat(JSON.readTree(again).get("confirmed")).isEmpty();
        assertThat(events.stream(ContactCandidatesConfirmed.class)).hasSize(1);
        assertThat(count("select count(*) from tracing_contact where case_id = :p", s.caseId())).isEqualTo(2);
        mvc.perform(get("/tracing/cases/" + s.caseId() + "/candidates").with(as(station)))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Đã xác nhận F1")));
    }

    @Test
    void a_district_reads_but_a_user_of_another_district_cannot_confirm() throws Exception {
        Scene s = scene();
        String team = user("t.tr.team." + BAI_CHAY, org.epiguard.access.Role.COMMUNITY_TEAM,
                org.epiguard.access.Scope.of("COMMUNE", BAI_CHAY));
        assertThat(candidates(team, s.caseId())).hasSize(2);
        postJson(districtUser(MONG_CAI), "/api/v1/tracing/cases/" + s.caseId() + "/candidates/confirm", "{}", 404);
        String school = user("t.tr.school", org.epiguard.access.Role.SCHOOL, org.epiguard.access.Scope.of("UNIT", String.valueOf(s.venue())));
        getJson(school, "/api/v1/tracing/cases/" + s.caseId() + "/candidates", 403);
    }
}
