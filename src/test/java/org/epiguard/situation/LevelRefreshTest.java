package org.epiguard.situation;

import com.jayway.jsonpath.JsonPath;
import org.epiguard.access.Role;
import org.epiguard.access.Scope;
import org.epiguard.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Stored levels follow the records as they arrive: a case confirmed through the cases API and a dose
 * recorded through the vaccination API refresh, in the background, the stored assessments of their
 * province on the dates they change - and only those - without anyone asking for a recompute.
 */
class LevelRefreshTest extends IntegrationTest {

    static final DateTimeFormatter DMY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    SituationTestData data;
    String committee;

    @BeforeEach
    void users() {
        data = new SituationTestData(jdbc);
        committee = user("sit.refresh", Role.PROVINCE_COMMITTEE, Scope.of("PROVINCE", SituationTestData.PROVINCE));
    }

    String level(String unit, String date) throws Exception {
        return mvc.perform(get("/api/v1/situation/levels/" + unit).param("date", date).with(as(committee)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    /** Reads the level until it satisfies the condition (the refresh runs in the background), at most 20 s. */
    String awaitLevel(String unit, String date, Predicate<String> condition) throws Exception {
        String json = level(unit, date);
        for (int i = 0; i < 200 && !condition.test(json); i++) {
            Thread.sleep(100);
            json = level(unit, date);
        }
        assertThat(condition).as("level of %s on %s: %s", unit, date, json).accepts(json);
        return json;
    }

    long person(String commune, int birthYear) {
        return jdbc.sql("""
                        insert into people_person (full_name, birth_year, sex, province_code, district_code, commune_code, no_id)
                        select 'Người Làm Mới Cấp Độ', :y, 'F', province_code, district_code, code, true
                          from geo_admin_unit where code = :c returning id""")
                .param("y", birthYear).param("c", commune).query(Long.class).single();
    }

    String post(String path, String json) throws Exception {
        return send(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(path), json, 201);
    }

    String send(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request, String json,
                int expect) throws Exception {
        return mvc.perform(request.with(as(committee)).contentType(MediaType.APPLICATION_JSON).content(json))
                .andExpect(status().is(expect)).andReturn().getResponse().getContentAsString();
    }

    OffsetDateTime computedAt(String unit, String isoDate) {
        return jdbc.sql("select computed_at from situation_assessment where unit_code = :u and on_date = cast(:d as date)")
                .param("u", unit).param("d", isoDate).query(OffsetDateTime.class).single();
    }

    @Test
    void a_case_confirmed_through_the_api_refreshes_the_stored_levels_of_its_week_and_no_earlier_day() throws Exception {
        List<String> d = data.district(7);
        String commune = d.get(1);
        data.population(commune, 100_000, 0, 0);
        data.cases(commune, 19, "2021-11-18T09:00:00", false, false);
        String before = level(commune, "20/11/2021");
        assertThat((Integer) JsonPath.read(before, "$.band")).isEqualTo(1);
        assertThat((Integer) JsonPath.read(before, "$.inputs.communityCases")).isEqualTo(19);
        level(commune, "17/11/2021");
        OffsetDateTime untouched = computedAt(commune, "2021-11-17");
        String districtBefore = level(d.get(0), "20/11/2021");

        post("/api/v1/cases", """
                {"personId": %d, "status": "CONFIRMED", "at": "18/11/2021 10:00"}""".formatted(person(commune, 1980)));

        String after = awaitLevel(commune, "20/11/2021", j -> (Integer) JsonPath.read(j, "$.inputs.communityCases") == 20);
        assertThat((Integer) JsonPath.read(after, "$.band")).isEqualTo(2);
        assertThat((Integer) JsonPath.read(after, "$.assessedLevel")).isEqualTo(3);
        // the district's own totals follow (its communes summed again), with its population kept
        String district = level(d.get(0), "20/11/2021");
        assertThat((Integer) JsonPath.read(district, "$.inputs.newCases"))
                .isEqualTo((Integer) JsonPath.read(districtBefore, "$.inputs.newCases") + 1);
        assertThat((Integer) JsonPath.read(district, "$.inputs.population"))
                .isEqualTo((Integer) JsonPath.read(districtBefore, "$.inputs.population"));
        // the 18th counts it too; the 17th, before the case, was not rewritten
        assertThat((Integer) JsonPath.read(level(commune, "18/11/2021"), "$.inputs.communityCases")).isEqualTo(20);
        assertThat(computedAt(commune, "2021-11-17")).isEqualTo(untouched);
    }

    @Test
    void a_death_and_a_new_classification_through_the_api_refresh_the_stored_levels() throws Exception {
        String commune = data.district(7).get(3);
        data.population(commune, 100_000, 0, 0);
        data.cases(commune, 25, "2022-02-08T09:00:00", false, false);
        String before = level(commune, "10/02/2022");
        assertThat((Integer) JsonPath.read(before, "$.inputs.deaths")).isZero();
        assertThat((Integer) JsonPath.read(before, "$.inputs.communityCases")).isEqualTo(25);
        long caseId = ((Number) JsonPath.read(post("/api/v1/cases", """
                {"personId": %d, "status": "CONFIRMED", "at": "01/02/2022 10:00"}""".formatted(person(commune, 1940))),
                "$.kase.id")).longValue();
        awaitLevel(commune, "02/02/2022", j -> (Integer) JsonPath.read(j, "$.inputs.communityCases") >= 1);

        send(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/api/v1/cases/" + caseId
                + "/transitions"), """
                {"to": "DIED", "at": "09/02/2022 08:00"}""", 200);
        awaitLevel(commune, "10/02/2022", j -> (Integer) JsonPath.read(j, "$.inputs.deaths") == 1);

        long other = jdbc.sql("select id from cases_case where commune_code = :c and confirmed_at = :at limit 1")
                .param("c", commune).param("at", java.sql.Timestamp.from(java.time.LocalDateTime
                        .parse("2022-02-08T09:00:00").atZone(SituationTestData.VN).toInstant()))
                .query(Long.class).single();
        send(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put("/api/v1/cases/" + other
                + "/classification"), """
                {"imported": false, "foundInQuarantine": true}""", 200);
        awaitLevel(commune, "10/02/2022", j -> (Integer) JsonPath.read(j, "$.inputs.communityCases") == 24);
    }

    @Test
    void a_dose_recorded_through_the_api_refreshes_the_coverage_of_the_stored_levels_from_its_day() throws Exception {
        List<String> d = data.district(8);
        String commune = d.get(1);
        data.population(commune, 1_000, 10, 0);
        String before = level(commune, "20/12/2021");
        assertThat((Integer) JsonPath.read(before, "$.inputs.adultsDose1")).isZero();
        level(commune, "10/11/2021");
        OffsetDateTime untouched = computedAt(commune, "2021-11-10");

        post("/api/v1/vaccination/doses", """
                {"personId": %d, "productCode": "PFIZER", "doseDate": "01/12/2021"}""".formatted(person(commune, 1990)));

        awaitLevel(commune, "20/12/2021", j -> (Integer) JsonPath.read(j, "$.inputs.adultsDose1") == 1);
        assertThat(computedAt(commune, "2021-11-10")).isEqualTo(untouched);
        assertThat((Integer) JsonPath.read(level(commune, "10/11/2021"), "$.inputs.adultsDose1")).isZero();
    }

    @Test
    void a_province_assessed_in_the_last_week_is_assessed_today_when_records_arrive() throws Exception {
        String commune = data.district(8).get(2);
        LocalDate today = LocalDate.now(SituationTestData.VN);
        level(commune, today.minusDays(4).format(DMY));
        jdbc.sql("delete from situation_assessment where province_code = :p and on_date = :d")
                .param("p", SituationTestData.PROVINCE).param("d", today).update();

        post("/api/v1/cases", """
                {"personId": %d, "status": "CONFIRMED", "at": "%s 08:00"}"""
                .formatted(person(commune, 1975), today.minusDays(4).format(DMY)));

        for (int i = 0; i < 200 && !assessed(commune, today); i++) {
            Thread.sleep(100);
        }
        assertThat(assessed(commune, today)).as("assessed today").isTrue();
    }

    @Test
    void an_uploaded_dose_file_refreshes_the_coverage_of_the_stored_levels_once_its_job_is_done() throws Exception {
        String commune = data.district(7).get(2);
        data.population(commune, 1_000, 20, 0);
        assertThat((Integer) JsonPath.read(level(commune, "20/12/2021"), "$.inputs.adultsDose1")).isZero();
        String csv = "Số CCCD/CMND,Họ tên,Ngày sinh,Giới tính,Số điện thoại,Mã xã,Loại vắc xin,Số lô,Ngày tiêm,Mũi số,Nơi tiêm\n"
                + ",Người Tải Lên Một,12/03/1990,Nữ,,%s,Pfizer,P1,01/12/2021,1,\n".formatted(commune)
                + ",Người Tải Lên Hai,13/04/1991,Nam,,%s,Pfizer,P1,02/12/2021,1,\n".formatted(commune)
                + ",Người Tải Lên Ba,14/05/1992,Nam,,%s,Pfizer,P1,31/02/2021,1,\n".formatted(commune);
        var file = new MockMultipartFile("file", "doses.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8));
        mvc.perform(multipart("/api/v1/vaccination/doses/imports").file(file).with(as(committee)))
                .andExpect(status().isAccepted());

        awaitLevel(commune, "20/12/2021", j -> (Integer) JsonPath.read(j, "$.inputs.adultsDose1") == 2);
    }

    boolean assessed(String unit, LocalDate date) {
        return jdbc.sql("select exists (select 1 from situation_assessment where unit_code = :u and on_date = :d)")
                .param("u", unit).param("d", date).query(Boolean.class).single();
    }
}
