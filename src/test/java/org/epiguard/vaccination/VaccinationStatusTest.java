package org.epiguard.vaccination;

import org.epiguard.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class VaccinationStatusTest extends IntegrationTest {

    @Autowired
    VaccinationFacts facts;

    long person(String name) {
        return jdbc.sql("""
                        insert into people_person (full_name, birth_year, sex, province_code, district_code, commune_code, no_id)
                        values (:n, 1960, 'F', '22', '193', '06673', true) returning id""")
                .param("n", name).query(Long.class).single();
    }

    void dose(long person, int number, String product, String date) {
        jdbc.sql("""
                        insert into vacc_dose (person_id, product_code, dose_date, dose_number, province_code, district_code,
                                               commune_code, source)
                        values (:p, :prod, cast(:d as date), :n, '22', '193', '06673', 'MANUAL')""")
                .param("p", person).param("prod", product).param("d", date).param("n", number).update();
    }

    VaccinationStatus on(long person, String date) {
        return facts.statusOf(person, LocalDate.parse(date)).status();
    }

    @Test
    void two_dose_products_complete_on_the_second_dose_and_a_third_is_a_booster() {
        long p = person("Trần Thị Hai Mũi");
        dose(p, 1, "ASTRAZENECA", "2021-08-01");
        dose(p, 2, "PFIZER", "2021-10-01");
        dose(p, 3, "PFIZER", "2022-01-15");
        assertThat(on(p, "2021-07-31")).isEqualTo(VaccinationStatus.UNVACCINATED);
        assertThat(on(p, "2021-08-01")).isEqualTo(VaccinationStatus.PARTIAL);
        assertThat(on(p, "2021-09-30")).isEqualTo(VaccinationStatus.PARTIAL);
        assertThat(on(p, "2021-10-01")).isEqualTo(VaccinationStatus.FULLY_VACCINATED);
        assertThat(on(p, "2022-01-14")).isEqualTo(VaccinationStatus.FULLY_VACCINATED);
        assertThat(on(p, "2022-01-15")).isEqualTo(VaccinationStatus.BOOSTED);
        assertThat(facts.statusOf(p, LocalDate.parse("2022-01-15")).doses()).isEqualTo(3);
    }

    @Test
    void janssen_is_complete_after_one_dose_and_abdala_after_three() {
        long j = person("Lê Văn Một Mũi");
        dose(j, 1, "JANSSEN", "2021-09-10");
        assertThat(on(j, "2021-09-10")).isEqualTo(VaccinationStatus.FULLY_VACCINATED);
        long a = person("Phạm Thị Ba Mũi");
        dose(a, 1, "ABDALA", "2021-09-01");
        dose(a, 2, "ABDALA", "2021-09-15");
        assertThat(on(a, "2021-09-20")).isEqualTo(VaccinationStatus.PARTIAL);
        dose(a, 3, "ABDALA", "2021-09-29");
        assertThat(on(a, "2021-09-29")).isEqualTo(VaccinationStatus.FULLY_VACCINATED);
    }

    @Test
    void fully_vaccinated_for_quarantine_means_14_days_to_6_months_after_the_last_dose() {
        long p = person("Đỗ Văn Cách Ly");
        dose(p, 1, "VERO_CELL", "2021-09-01");
        dose(p, 2, "VERO_CELL", "2021-09-22");
        assertThat(facts.statusOf(p, LocalDate.parse("2021-10-05")).protectedForQuarantine()).isFalse();
        assertThat(facts.statusOf(p, LocalDate.parse("2021-10-06")).protectedForQuarantine()).isTrue();
        assertThat(facts.statusOf(p, LocalDate.parse("2022-03-21")).protectedForQuarantine()).isTrue();
        assertThat(facts.statusOf(p, LocalDate.parse("2022-03-22")).protectedForQuarantine()).isFalse();
        dose(p, 3, "PFIZER", "2022-03-25");
        assertThat(facts.statusOf(p, LocalDate.parse("2022-03-26")).protectedForQuarantine()).isTrue();
    }
}
