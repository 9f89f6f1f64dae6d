package org.epiguard.browser;

import org.epiguard.support.BrowserTest;
import org.junit.jupiter.api.Test;

import java.util.concurrent.ThreadLocalRandom;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The health station of Bãi Cháy opens a person of its commune, follows the link to the person's
 * vaccination, records two doses through the form (confirming the second's short interval) and
 * sees them listed with the new status.
 */
class PersonVaccinationBrowserTest extends BrowserTest {

    @Test
    void a_commune_health_station_records_doses_of_a_person_and_sees_the_new_status() {
        String name = "Phùng Thị Tiêm Thử " + ThreadLocalRandom.current().nextInt(100_000, 999_999);
        long person = jdbc.sql("""
                        insert into people_person (full_name, birth_year, sex, province_code, district_code, commune_code, no_id)
                        values (:n, 1972, 'F', '22', '193', '06673', true) returning id""")
                .param("n", name).query(Long.class).single();

        signIn("tyt.baichay", "demo@2021");
        page.navigate(url("/people/" + person));
        page.locator("[data-test=module-links] a[href='/vaccination/people/" + person + "']").click();
        page.waitForURL(u -> u.endsWith("/vaccination/people/" + person));
        assertThat(page.locator("[data-test=person]")).containsText(name);
        assertThat(page.locator("[data-test=status-label]")).hasText("Chưa tiêm");

        var form = page.locator("[data-test=dose-form]");
        assertThat(form.locator("input[name=doseNumber]")).hasValue("1");
        form.locator("select[name=productCode]").selectOption("PFIZER");
        form.locator("input[name=lot]").fill("FK0108");
        form.locator("input[name=doseDate]").fill("01/10/2021");
        form.locator("button[type=submit]").click();
        assertThat(page.locator("[data-test=recorded]")).isVisible();
        var first = page.locator("[data-test=doses] tr[data-dose='1']");
        assertThat(first).containsText("01/10/2021");
        assertThat(first).containsText("Pfizer-BioNTech (Comirnaty)");
        assertThat(first).containsText("FK0108");
        assertThat(first).containsText("Trạm Y tế");
        assertThat(page.locator("[data-test=status-label]")).hasText("Đã tiêm 1 mũi (chưa đủ liều cơ bản)");

        assertThat(form.locator("input[name=doseNumber]")).hasValue("2");
        form.locator("input[name=lot]").fill("FK0215");
        form.locator("input[name=doseDate]").fill("15/10/2021");
        form.locator("button[type=submit]").click();
        assertThat(page.locator("[data-field=doseDate]")).containsText("Chỉ cách mũi trước 14 ngày");
        screenshot("vaccination-person-short-interval");
        page.locator("[data-test=confirm] button").click();
        assertThat(page.locator("[data-test=recorded]")).isVisible();
        assertThat(page.locator("[data-test=doses] tr[data-dose='2']")).containsText("15/10/2021");
        assertThat(page.locator("[data-test=status-label]")).hasText("Đã tiêm đủ liều cơ bản");
        assertThat(page.locator("[data-test=dose-count]")).hasText("2");
        screenshot("vaccination-person");
        assertThat(jdbc.sql("select count(*) from vacc_dose where person_id = :p").param("p", person)
                .query(Long.class).single()).isEqualTo(2);
    }
}
