package org.epiguard.vaccination;

import org.epiguard.access.Role;
import org.epiguard.access.Scope;
import org.epiguard.people.PersonsMerged;
import org.epiguard.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.MediaType;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class DoseEntryTest extends IntegrationTest {

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate tx;

    long person(String name, String commune, String district) {
        return jdbc.sql("""
                        insert into people_person (full_name, birth_year, sex, province_code, district_code, commune_code, no_id)
                        values (:n, 1970, 'M', '22', :d, :c, true) returning id""")
                .param("n", name).param("c", commune).param("d", district).query(Long.class).single();
    }

    String baiChay() {
        return user("doses.tyt.baichay", Role.COMMUNE_HEALTH_STATION, Scope.of("COMMUNE", "06673"));
    }

    String dose(long person, String product, String date, Object number, boolean confirm, int expect) throws Exception {
        String body = """
                {"personId": %d, "productCode": %s, "lot": "NJ01", "doseDate": %s, "doseNumber": %s, "confirmShortInterval": %s}"""
                .formatted(person, product == null ? "null" : "\"" + product + "\"", date == null ? "null" : "\"" + date + "\"",
                        number, confirm);
        return mvc.perform(post("/api/v1/vaccination/doses").with(as(baiChay())).contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(status().is(expect)).andReturn().getResponse().getContentAsString();
    }

    long doses(long person) {
        return jdbc.sql("select count(*) from vacc_dose where person_id = :p").param("p", person).query(Long.class).single();
    }

    @Test
    void a_commune_health_station_records_doses_numbered_in_turn_and_sees_the_status() throws Exception {
        long p = person("Vũ Văn Tiêm Đủ", "06673", "193");
        dose(p, "PFIZER", "01/09/2021", null, false, 201);
        dose(p, "PFIZER", "25/09/2021", null, false, 201);
        mvc.perform(get("/api/v1/vaccination/doses").param("personId", String.valueOf(p)).with(as(baiChay())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.doses.length()").value(2))
                .andExpect(jsonPath("$.doses[1].doseNumber").value(2))
                .andExpect(jsonPath("$.today.status").value("FULLY_VACCINATED"));
        assertThat(jdbc.sql("select count(*) from access_audit where entity_type = 'vacc_dose' and after->>'personId' = :p")
                .param("p", String.valueOf(p)).query(Long.class).single()).isEqualTo(2);
    }

    @Test
    void every_bad_input_is_refused_naming_its_field() throws Exception {
        long p = person("Lò Thị Sai Sót", "06673", "193");
        dose(p, "ASTRAZENECA", "01/08/2021", 1, false, 201);
        assertThat(dose(p, "NO_SUCH", "01/10/2021", 2, false, 400)).contains("\"productCode\"", "UNKNOWN_PRODUCT");
        assertThat(dose(p, null, "01/10/2021", 2, false, 400)).contains("\"productCode\"", "REQUIRED");
        assertThat(dose(p, "PFIZER", "31/02/2021", 2, false, 400)).contains("\"doseDate\"", "BAD_DATE");
        assertThat(dose(p, "PFIZER", "01/01/2099", 2, false, 400)).contains("\"doseDate\"", "FUTURE_DATE");
        assertThat(dose(p, "PFIZER", "28/02/2021", 2, false, 400)).contains("\"doseDate\"", "TOO_EARLY");
        assertThat(dose(p, "PFIZER", null, 2, false, 400)).contains("\"doseDate\"", "REQUIRED");
        assertThat(dose(p, "PFIZER", "01/10/2021", 7, false, 400)).contains("\"doseNumber\"", "DOSE_NUMBER_RANGE");
        assertThat(dose(p, "PFIZER", "01/10/2021", 1, false, 400)).contains("\"doseNumber\"", "DOSE_TAKEN", "01/08/2021");
        assertThat(dose(p, "PFIZER", "15/07/2021", 2, false, 400)).contains("\"doseDate\"", "BEFORE_PREVIOUS");
        String shortInterval = dose(p, "ASTRAZENECA", "01/09/2021", 2, false, 400);
        assertThat(shortInterval).contains("SHORT_INTERVAL", "\"confirmable\":true");
        assertThat(doses(p)).isEqualTo(1);
        dose(p, "ASTRAZENECA", "01/09/2021", 2, true, 201);
        assertThat(doses(p)).isEqualTo(2);
    }

    @Test
    void an_inactive_product_cannot_be_entered() throws Exception {
        jdbc.sql("""
                insert into vacc_product (code, name, primary_doses, min_interval_days, active)
                values ('RETIRED_TEST', 'Retired test vaccine', 2, 21, false) on conflict do nothing""").update();
        long p = person("Hà Văn Ngừng", "06673", "193");
        assertThat(dose(p, "RETIRED_TEST", "01/10/2021", 1, false, 400)).contains("INACTIVE_PRODUCT");
    }

    @Test
    void another_communes_user_gets_404_and_nothing_is_written() throws Exception {
        long p = person("Đinh Văn Ka Long", "06709", "194");
        dose(p, "PFIZER", "01/10/2021", 1, false, 404);
        mvc.perform(get("/api/v1/vaccination/doses").param("personId", String.valueOf(p)).with(as(baiChay())))
                .andExpect(status().isNotFound());
        assertThat(doses(p)).isZero();
    }

    @Test
    void a_user_who_sees_but_may_not_capture_the_person_gets_403() throws Exception {
        String viewer = "doses.district.viewer";
        users.ensure(viewer, Role.DISTRICT_COMMAND, Scope.of("COMMUNE", "06709"), Scope.of("DISTRICT", "193"));
        long p = person("Mai Thị Chỉ Xem", "06673", "193");
        mvc.perform(post("/api/v1/vaccination/doses").with(as(viewer)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"personId\": %d, \"productCode\": \"PFIZER\", \"doseDate\": \"01/10/2021\"}".formatted(p)))
                .andExpect(status().isForbidden());
        String school = user("doses.school", Role.SCHOOL, Scope.of("COMMUNE", "06673"));
        mvc.perform(post("/api/v1/vaccination/doses").with(as(school)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"personId\": %d, \"productCode\": \"PFIZER\", \"doseDate\": \"01/10/2021\"}".formatted(p)))
                .andExpect(status().isForbidden());
        assertThat(doses(p)).isZero();
    }

    @Test
    void a_merge_keeps_the_survivors_doses_drops_duplicates_and_renumbers_the_rest_by_date() throws Exception {
        long survivor = person("Trịnh Văn Gộp", "06673", "193");
        long merged = person("Trinh Van Gop", "06673", "193");
        dose(survivor, "VERO_CELL", "01/09/2021", 1, false, 201);
        dose(survivor, "PFIZER", "15/01/2022", 2, true, 201);
        dose(merged, "VERO_CELL", "01/09/2021", 1, false, 201);   // the same dose twice: dropped
        dose(merged, "VERO_CELL", "25/09/2021", 2, false, 201);   // clashes by number, fits between by date
        tx.executeWithoutResult(s -> events.publishEvent(new PersonsMerged(survivor, merged)));
        List<String> doses = jdbc.sql("""
                        select dose_number || ' ' || product_code || ' ' || dose_date from vacc_dose
                         where person_id = :p order by dose_number""").param("p", survivor).query(String.class).list();
        assertThat(doses).containsExactly("1 VERO_CELL 2021-09-01", "2 VERO_CELL 2021-09-25", "3 PFIZER 2022-01-15");
        assertThat(doses(merged)).isZero();
    }
}
