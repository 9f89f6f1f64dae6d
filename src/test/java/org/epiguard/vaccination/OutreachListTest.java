package org.epiguard.vaccination;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.epiguard.access.Role;
import org.epiguard.access.Scope;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The list of a village of Bãi Cháy on 01/02/2022: who is on it, in which order, and who may see it or write reasons. */
class OutreachListTest extends OutreachTestSupport {

    String station;
    long village;
    String villageName;
    long elderlySick;
    long elderly;
    long adultOneDose;
    long fully;
    long child;
    long justTwelve;
    long notYetTwelve;

    @BeforeEach
    void aVillageOfBaiChay() {
        station = user("outreach.baichay", Role.COMMUNE_HEALTH_STATION, Scope.of("COMMUNE", BAI_CHAY));
        villageName = unique("Outreach");
        village = village(BAI_CHAY, villageName);
        adultOneDose = person(unique("Adult One Dose"), BAI_CHAY, village, 1990);
        dose(adultOneDose, 1, "ASTRAZENECA", "2021-12-01");
        elderly = person(unique("Elderly Plain"), BAI_CHAY, village, 1950);
        elderlySick = person("Zed " + unique("Elderly Sick"), BAI_CHAY, village, null, 1945, List.of("DIABETES"));
        fully = person(unique("Fully Done"), BAI_CHAY, village, 1980);
        dose(fully, 1, "PFIZER", "2021-10-01");
        dose(fully, 2, "PFIZER", "2021-10-22");
        child = person(unique("Child Ten"), BAI_CHAY, village, 2012);
        justTwelve = person(unique("Twelve Today"), BAI_CHAY, village, ON.minusYears(12), 2010, List.of());
        notYetTwelve = person(unique("Twelve Tomorrow"), BAI_CHAY, village, ON.minusYears(12).plusDays(1), 2010, List.of());
    }

    String listOf(String user, String params) throws Exception {
        return mvc.perform(get("/vaccination/outreach?commune=" + BAI_CHAY + "&village=" + village + "&date=2022-02-01"
                        + params).with(as(user)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    String nameOf(long person) {
        return jdbc.sql("select full_name from people_person where id = :id").param("id", person).query(String.class).single();
    }

    @Test
    void the_list_holds_the_eligible_not_fully_vaccinated_with_the_elderly_with_comorbidities_first() throws Exception {
        String body = listOf(station, "");
        for (long in : List.of(elderlySick, elderly, adultOneDose, justTwelve)) {
            assertThat(body).contains(nameOf(in));
        }
        for (long out : List.of(fully, child, notYetTwelve)) {
            assertThat(body).doesNotContain(nameOf(out));
        }
        int sick = body.indexOf(nameOf(elderlySick));
        int old = body.indexOf(nameOf(elderly));
        int adult = body.indexOf(nameOf(adultOneDose));
        assertThat(sick).isLessThan(old);
        assertThat(old).isLessThan(adult);
    }

    @Test
    void a_recovered_person_with_one_dose_has_completed_the_series_and_leaves_the_list() throws Exception {
        long recovered = person(unique("Recovered One Dose"), BAI_CHAY, village, 1985);
        dose(recovered, 1, "PFIZER", "2021-10-01");
        assertThat(listOf(station, "")).contains(nameOf(recovered));
        jdbc.sql("""
                        insert into vacc_recovery (person_id, recovered_on, source, province_code, district_code, commune_code)
                        values (:p, date '2022-01-05', 'MANUAL', '22', '193', :c)""")
                .param("p", recovered).param("c", BAI_CHAY).update();
        assertThat(listOf(station, "")).doesNotContain(nameOf(recovered)).contains(nameOf(adultOneDose));
    }

    @Test
    void the_list_of_an_earlier_date_has_the_people_vaccinated_since() throws Exception {
        String body = mvc.perform(get("/vaccination/outreach?commune=" + BAI_CHAY + "&village=" + village + "&date=15/10/2021")
                .with(as(station))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(body).contains(nameOf(fully)).doesNotContain(nameOf(justTwelve));
    }

    @Test
    void the_list_filters_by_status_and_by_reason() throws Exception {
        assertThat(listOf(station, "&status=PARTIAL")).contains(nameOf(adultOneDose)).doesNotContain(nameOf(elderly));
        assertThat(listOf(station, "&status=UNVACCINATED")).contains(nameOf(elderly)).doesNotContain(nameOf(adultOneDose));
        mvc.perform(post("/vaccination/outreach/reasons").param("personId", Long.toString(elderly))
                .param("reason", "REFUSES").with(as(station))).andExpect(status().isOk());
        assertThat(listOf(station, "&reason=REFUSES")).contains(nameOf(elderly)).doesNotContain(nameOf(elderlySick));
        assertThat(listOf(station, "&reason=NONE")).contains(nameOf(elderlySick)).doesNotContain(nameOf(elderly));
    }

    @Test
    void a_reason_is_recorded_with_history_and_audit_and_the_latest_counts() throws Exception {
        String cell = mvc.perform(post("/vaccination/outreach/reasons").param("personId", Long.toString(adultOneDose))
                        .param("reason", "TEMPORARILY_AWAY").param("note", "đi làm ở Hà Nội").with(as(station)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(cell).contains("reason-" + adultOneDose).contains("đi làm ở Hà Nội");
        mvc.perform(post("/vaccination/outreach/reasons").param("personId", Long.toString(adultOneDose))
                .param("reason", "VACCINATED_ELSEWHERE").with(as(station))).andExpect(status().isOk());
        assertThat(reasonRows(adultOneDose)).isEqualTo(2);
        assertThat(audits("vaccination_outreach_reason", adultOneDose)).isEqualTo(2);
        assertThat(listOf(station, "&reason=VACCINATED_ELSEWHERE")).contains(nameOf(adultOneDose));
        assertThat(listOf(station, "&reason=TEMPORARILY_AWAY")).doesNotContain(nameOf(adultOneDose));
    }

    @Test
    void bad_input_is_refused_naming_the_field_and_writes_nothing() throws Exception {
        var r = mvc.perform(post("/vaccination/outreach/reasons").param("personId", Long.toString(elderly))
                .param("reason", "ON_HOLIDAY").with(as(station))).andExpect(status().isBadRequest()).andReturn();
        assertThat(r.getResponse().getContentAsString() + r.getResponse().getErrorMessage()).contains("reason");
        mvc.perform(post("/vaccination/outreach/reasons").param("personId", Long.toString(elderly))
                .param("reason", "REFUSES").param("note", "x".repeat(501)).with(as(station))).andExpect(status().isBadRequest());
        assertThat(reasonRows(elderly)).isZero();
        long otherVillage = village(KA_LONG, unique("Ka Long village"));
        var v = mvc.perform(get("/vaccination/outreach?commune=" + BAI_CHAY + "&village=" + otherVillage).with(as(station)))
                .andExpect(status().isBadRequest()).andReturn();
        assertThat(v.getResponse().getContentAsString() + v.getResponse().getErrorMessage()).contains("village");
        mvc.perform(get("/vaccination/outreach?commune=" + BAI_CHAY + "&reason=ON_HOLIDAY").with(as(station)))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/vaccination/outreach?commune=" + BAI_CHAY + "&status=BOOSTED").with(as(station)))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/vaccination/outreach?commune=" + BAI_CHAY + "&date=31/02/2022").with(as(station)))
                .andExpect(status().isBadRequest());
    }

    @Test
    void another_commune_sees_nothing_of_the_list_and_cannot_record_reasons() throws Exception {
        String other = user("outreach.hakhanh", Role.COMMUNE_HEALTH_STATION, Scope.of("COMMUNE", HA_KHANH));
        String otherDistrict = user("outreach.mongcai", Role.DISTRICT_COMMAND, Scope.of("DISTRICT", "194"));
        String school = user("outreach.school", Role.SCHOOL, Scope.of("UNIT", "1"));
        for (String u : List.of(other, otherDistrict)) {
            for (String path : List.of("/vaccination/outreach", "/vaccination/outreach/print", "/vaccination/outreach/export.xlsx")) {
                String body = mvc.perform(get(path + "?commune=" + BAI_CHAY + "&village=" + village).with(as(u)))
                        .andExpect(status().isNotFound()).andReturn().getResponse().getContentAsString();
                assertThat(body).doesNotContain(nameOf(elderly)).doesNotContain(villageName);
            }
            mvc.perform(post("/vaccination/outreach/reasons").param("personId", Long.toString(elderly))
                    .param("reason", "REFUSES").with(as(u))).andExpect(status().isNotFound());
        }
        // their own commune's list does not hold the people of Bãi Cháy
        assertThat(mvc.perform(get("/vaccination/outreach?date=2022-02-01").with(as(other))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString()).doesNotContain(nameOf(elderly));
        mvc.perform(get("/vaccination/outreach?commune=" + BAI_CHAY).with(as(school))).andExpect(status().isForbidden());
        // the district of Hạ Long sees the list but only the commune records reasons
        String halong = user("outreach.halong", Role.DISTRICT_COMMAND, Scope.of("DISTRICT", "193"));
        assertThat(listOf(halong, "")).contains(nameOf(elderly));
        mvc.perform(post("/vaccination/outreach/reasons").param("personId", Long.toString(elderly))
                .param("reason", "REFUSES").with(as(halong))).andExpect(status().isForbidden());
        assertThat(reasonRows(elderly)).isZero();
    }

    @Test
    void the_print_view_has_one_page_per_village_with_its_header_and_is_audited() throws Exception {
        String body = mvc.perform(get("/vaccination/outreach/print?commune=" + BAI_CHAY + "&village=" + village
                        + "&date=2022-02-01").with(as(station)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(body).contains("Tỉnh Quảng Ninh").contains("Thành phố Hạ Long").contains("Phường Bãi Cháy")
                .contains("Thôn " + villageName).contains("01/02/2022").contains(nameOf(elderlySick))
                .contains("Tổng số: 4 người").doesNotContain(nameOf(fully));
        assertThat(jdbc.sql("select count(*) from access_audit where entity_type = 'vaccination_outreach_list' and "
                + "after->>'village' = :v and after->>'medium' = 'print'").param("v", Long.toString(village))
                .query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void the_xlsx_export_has_one_sheet_per_village_and_is_audited() throws Exception {
        long second = village(BAI_CHAY, unique("Second"));
        long there = person(unique("Second Village Person"), BAI_CHAY, second, 1970);
        byte[] xlsx = mvc.perform(get("/vaccination/outreach/export.xlsx?commune=" + BAI_CHAY + "&date=2022-02-01")
                        .with(as(station)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (var wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            var mine = wb.getSheet(("Thôn " + villageName).substring(0, Math.min(31, villageName.length() + 5)));
            assertThat(mine).isNotNull();
            List<String> names = new java.util.ArrayList<>();
            mine.forEach(row -> names.add(row.getCell(0).getStringCellValue()));
            assertThat(names).contains(nameOf(elderlySick), nameOf(adultOneDose)).doesNotContain(nameOf(there));
            assertThat(names.indexOf(nameOf(elderlySick))).isLessThan(names.indexOf(nameOf(adultOneDose)));
            var secondSheet = wb.getSheet(jdbc.sql("select 'Thôn ' || name from geo_village where id = :id")
                    .param("id", second).query(String.class).single());
            assertThat(secondSheet).isNotNull();
            assertThat(secondSheet.getRow(2).getCell(0).getStringCellValue()).isEqualTo(nameOf(there));
        }
        assertThat(jdbc.sql("select count(*) from access_audit where entity_type = 'vaccination_outreach_list' and "
                + "after->>'medium' = 'xlsx' and username = :u").param("u", station).query(Integer.class).single()).isPositive();
    }

    @Test
    void a_person_merged_into_another_brings_their_reasons() throws Exception {
        long duplicate = person(unique("Duplicate"), BAI_CHAY, village, 1950);
        mvc.perform(post("/vaccination/outreach/reasons").param("personId", Long.toString(duplicate))
                .param("reason", "CONTRAINDICATED").with(as(station))).andExpect(status().isOk());
        org.epiguard.people.PersonsMerged merged = new org.epiguard.people.PersonsMerged(elderly, duplicate);
        events.publishEvent(merged);
        assertThat(reasonRows(elderly)).isEqualTo(1);
        assertThat(reasonRows(duplicate)).isZero();
    }

    @org.springframework.beans.factory.annotation.Autowired
    org.springframework.context.ApplicationEventPublisher events;
}
