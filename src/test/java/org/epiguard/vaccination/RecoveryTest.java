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

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Recoveries from COVID-19: how the dated rule counts them in the status, and their entry over HTTP. */
class RecoveryTest extends IntegrationTest {

    @Autowired
    VaccinationFacts facts;

    @Autowired
    RecoveryRecords recoveries;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate tx;

    long person(String name, String commune, String district) {
        return jdbc.sql("""
                        insert into people_person (full_name, birth_year, sex, province_code, district_code, commune_code, no_id)
                        values (:n, 1975, 'F', '22', :d, :c, true) returning id""")
                .param("n", name).param("c", commune).param("d", district).query(Long.class).single();
    }

    long baiChayPerson(String name) {
        return person(name, "06673", "193");
    }

    void dose(long person, int number, String product, String date) {
        jdbc.sql("""
                        insert into vacc_dose (person_id, product_code, dose_date, dose_number, province_code, district_code,
                                               commune_code, source)
                        values (:p, :prod, cast(:d as date), :n, '22', '193', '06673', 'MANUAL')""")
                .param("p", person).param("prod", product).param("d", date).param("n", number).update();
    }

    PersonVaccination on(long person, String date) {
        return facts.statusOf(person, LocalDate.parse(date));
    }

    String baiChay() {
        return user("recovery.tyt.baichay", Role.COMMUNE_HEALTH_STATION, Scope.of("COMMUNE", "06673"));
    }

    String record(String user, long person, String date, String note, int expect) throws Exception {
        String body = "{\"personId\": %d, \"recoveredOn\": %s, \"note\": %s}".formatted(person,
                date == null ? "null" : "\"" + date + "\"", note == null ? "null" : "\"" + note + "\"");
        return mvc.perform(post("/api/v1/vaccination/recoveries").with(as(user)).contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(status().is(expect)).andReturn().getResponse().getContentAsString();
    }

    long recoveriesOf(long person) {
        return jdbc.sql("select count(*) from vacc_recovery where person_id = :p").param("p", person)
                .query(Long.class).single();
    }

    @Test
    void a_recovery_counts_as_one_dose_of_the_primary_series_and_the_next_dose_is_a_booster() {
        long p = baiChayPerson("Nguyễn Thị Khỏi Bệnh");
        dose(p, 1, "PFIZER", "2021-09-01");
        recoveries.recordFromCase(p, LocalDate.parse("2021-12-20"));
        assertThat(on(p, "2021-12-19").status()).isEqualTo(VaccinationStatus.PARTIAL);
        PersonVaccination after = on(p, "2021-12-20");
        assertThat(after.status()).isEqualTo(VaccinationStatus.FULLY_VACCINATED);
        assertThat(after.doses()).isEqualTo(1);
        assertThat(after.primaryDoneDate()).isEqualTo(LocalDate.parse("2021-12-20"));
        assertThat(after.recoveredOn()).isEqualTo(LocalDate.parse("2021-12-20"));
        dose(p, 2, "PFIZER", "2022-03-25");
        assertThat(on(p, "2022-03-25").status()).isEqualTo(VaccinationStatus.BOOSTED);
        assertThat(on(p, "2022-03-25").doses()).isEqualTo(2);
    }

    @Test
    void a_recovery_before_the_first_dose_completes_the_series_on_that_dose_but_alone_vaccinates_nobody() {
        long p = baiChayPerson("Trần Văn Khỏi Trước");
        recoveries.recordFromCase(p, LocalDate.parse("2021-08-10"));
        assertThat(on(p, "2021-09-01").status()).isEqualTo(VaccinationStatus.UNVACCINATED);
        assertThat(on(p, "2021-09-01").doses()).isZero();
        dose(p, 1, "ASTRAZENECA", "2021-10-15");
        assertThat(on(p, "2021-10-15").status()).isEqualTo(VaccinationStatus.FULLY_VACCINATED);
        assertThat(on(p, "2021-10-15").primaryDoneDate()).isEqualTo(LocalDate.parse("2021-10-15"));
    }

    @Test
    void a_recovery_protects_for_the_quarantine_rules_for_the_rules_window_even_without_doses() {
        long p = baiChayPerson("Lê Thị Sáu Tháng");
        recoveries.recordFromCase(p, LocalDate.parse("2021-11-01"));
        assertThat(on(p, "2021-10-31").protectedForQuarantine()).isFalse();
        assertThat(on(p, "2021-11-01").protectedForQuarantine()).isTrue();
        assertThat(on(p, "2022-04-30").protectedForQuarantine()).isTrue();   // 180 days after
        assertThat(on(p, "2022-05-01").protectedForQuarantine()).isFalse();
        assertThat(on(p, "2022-05-01").status()).isEqualTo(VaccinationStatus.UNVACCINATED);
    }

    @Test
    void a_later_rule_that_stops_counting_recoveries_applies_from_its_effective_date() {
        long p = baiChayPerson("Phạm Văn Quy Tắc");
        dose(p, 1, "MODERNA", "2021-09-01");
        recoveries.recordFromCase(p, LocalDate.parse("2021-10-20"));
        jdbc.sql("""
                insert into vacc_rule (effective_from, full_min_days, full_max_days, booster_after_days,
                                       recovered_counts_as_dose, recovered_protects_days, source)
                values (date '2030-01-01', 14, 180, 90, false, null, 'test: recoveries no longer count')""").update();
        try {
            assertThat(on(p, "2029-12-31").status()).isEqualTo(VaccinationStatus.FULLY_VACCINATED);
            assertThat(on(p, "2030-01-01").status()).isEqualTo(VaccinationStatus.PARTIAL);
        } finally {
            jdbc.sql("delete from vacc_rule where effective_from = date '2030-01-01'").update();
        }
    }

    @Test
    void recording_the_same_recovery_from_a_case_twice_keeps_one() {
        long p = baiChayPerson("Hoàng Văn Hai Lần");
        recoveries.recordFromCase(p, LocalDate.parse("2022-02-01"));
        recoveries.recordFromCase(p, LocalDate.parse("2022-02-01"));
        assertThat(recoveriesOf(p)).isEqualTo(1);
    }

    @Test
    void a_commune_health_station_records_a_recovery_and_sees_it_with_the_status_and_the_audit() throws Exception {
        long p = baiChayPerson("Vũ Thị Giấy Khỏi");
        dose(p, 1, "VERO_CELL", "2021-09-01");
        record(baiChay(), p, "05/01/2022", "Giấy xác nhận khỏi bệnh số 123", 201);
        mvc.perform(get("/api/v1/vaccination/recoveries").param("personId", String.valueOf(p)).with(as(baiChay())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[0].recoveredOn").value("2022-01-05"))
                .andExpect(jsonPath("$[0].source").value("MANUAL"));
        mvc.perform(get("/api/v1/vaccination/doses").param("personId", String.valueOf(p)).with(as(baiChay())))
                .andExpect(jsonPath("$.today.status").value("FULLY_VACCINATED"))
                .andExpect(jsonPath("$.today.recoveredOn").value("2022-01-05"));
        assertThat(jdbc.sql("""
                        select count(*) from access_audit
                         where entity_type = 'vacc_recovery' and action = 'CREATE' and after->>'personId' = :p
                           and username = 'recovery.tyt.baichay'""")
                .param("p", String.valueOf(p)).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void every_bad_input_is_refused_naming_its_field_and_nothing_is_written() throws Exception {
        long p = baiChayPerson("Đỗ Văn Nhập Sai");
        assertThat(record(baiChay(), p, null, null, 400)).contains("\"recoveredOn\"", "REQUIRED");
        assertThat(record(baiChay(), p, "31/02/2022", null, 400)).contains("\"recoveredOn\"", "BAD_DATE");
        assertThat(record(baiChay(), p, "01/01/2099", null, 400)).contains("\"recoveredOn\"", "RECOVERY_IN_FUTURE");
        assertThat(record(baiChay(), p, "01/01/2020", null, 400)).contains("\"recoveredOn\"", "RECOVERY_TOO_EARLY");
        assertThat(record(baiChay(), p, "01/02/2022", "x".repeat(201), 400)).contains("\"note\"", "NOTE_TOO_LONG");
        mvc.perform(post("/api/v1/vaccination/recoveries").with(as(baiChay())).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"recoveredOn\": \"01/02/2022\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("personId"));
        assertThat(recoveriesOf(p)).isZero();
        record(baiChay(), p, "01/02/2022", null, 201);
        assertThat(record(baiChay(), p, "2022-02-01", null, 400)).contains("\"recoveredOn\"", "RECOVERY_TAKEN", "01/02/2022");
        assertThat(recoveriesOf(p)).isEqualTo(1);
    }

    @Test
    void users_of_another_commune_district_or_unit_get_nothing_and_change_nothing() throws Exception {
        long p = baiChayPerson("Mai Văn Ngoài Phạm Vi");
        record(baiChay(), p, "10/01/2022", null, 201);
        long id = jdbc.sql("select id from vacc_recovery where person_id = :p").param("p", p).query(Long.class).single();
        String kaLong = user("recovery.tyt.kalong", Role.COMMUNE_HEALTH_STATION, Scope.of("COMMUNE", "06709"));
        String mongCai = user("recovery.ttch.mongcai", Role.DISTRICT_COMMAND, Scope.of("DISTRICT", "194"));
        String school = user("recovery.school", Role.SCHOOL, Scope.of("COMMUNE", "06673"));
        for (String other : new String[] {kaLong, mongCai}) {
            String body = mvc.perform(get("/api/v1/vaccination/recoveries").param("personId", String.valueOf(p))
                            .with(as(other)))
                    .andExpect(status().isNotFound()).andReturn().getResponse().getContentAsString();
            assertThat(body).doesNotContain("2022-01-10");
            record(other, p, "11/01/2022", null, 404);
            mvc.perform(delete("/api/v1/vaccination/recoveries/" + id).with(as(other)))
                    .andExpect(status().isNotFound());
        }
        record(school, p, "11/01/2022", null, 403);
        String viewer = "recovery.district.viewer";
        users.ensure(viewer, Role.DISTRICT_COMMAND, Scope.of("COMMUNE", "06709"), Scope.of("DISTRICT", "193"));
        record(viewer, p, "11/01/2022", null, 403);
        mvc.perform(delete("/api/v1/vaccination/recoveries/" + id).with(as(viewer))).andExpect(status().isForbidden());
        assertThat(jdbc.sql("select recovered_on::text from vacc_recovery where person_id = :p").param("p", p)
                .query(String.class).list()).containsExactly("2022-01-10");
    }

    @Test
    void a_recovery_entered_by_mistake_is_removed_with_an_audit_record() throws Exception {
        long p = baiChayPerson("Chu Thị Nhầm Ngày");
        record(baiChay(), p, "10/01/2022", null, 201);
        long id = jdbc.sql("select id from vacc_recovery where person_id = :p").param("p", p).query(Long.class).single();
        mvc.perform(delete("/api/v1/vaccination/recoveries/" + id).with(as(baiChay()))).andExpect(status().isNoContent());
        assertThat(recoveriesOf(p)).isZero();
        assertThat(jdbc.sql("""
                        select count(*) from access_audit
                         where entity_type = 'vacc_recovery' and action = 'DELETE' and entity_id = :id""")
                .param("id", String.valueOf(id)).query(Long.class).single()).isEqualTo(1);
        mvc.perform(delete("/api/v1/vaccination/recoveries/" + id).with(as(baiChay()))).andExpect(status().isNotFound());
    }

    @Test
    void a_merge_moves_the_recoveries_to_the_survivor_once_per_date() {
        long survivor = baiChayPerson("Trịnh Thị Gộp Khỏi");
        long merged = baiChayPerson("Trinh Thi Gop Khoi");
        recoveries.recordFromCase(survivor, LocalDate.parse("2022-01-10"));
        recoveries.recordFromCase(merged, LocalDate.parse("2022-01-10"));
        recoveries.recordFromCase(merged, LocalDate.parse("2022-06-01"));
        tx.executeWithoutResult(s -> events.publishEvent(new PersonsMerged(survivor, merged)));
        assertThat(jdbc.sql("select recovered_on::text from vacc_recovery where person_id = :p order by 1")
                .param("p", survivor).query(String.class).list()).containsExactly("2022-01-10", "2022-06-01");
        assertThat(recoveriesOf(merged)).isZero();
    }
}
