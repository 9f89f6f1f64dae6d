package org.epiguard.browser;

import com.microsoft.playwright.Page;
import org.epiguard.support.BrowserTest;
import org.junit.jupiter.api.Test;

import java.util.concurrent.ThreadLocalRandom;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The health station of Bãi Cháy opens the list of one village, records why a person is not
 * vaccinated, and prints the village's list: a page with the village header and the people.
 */
class OutreachPrintBrowserTest extends BrowserTest {

    @Test
    void a_commune_records_a_reason_and_prints_the_list_of_a_village() {
        String villageName = "In Thử " + ThreadLocalRandom.current().nextInt(100_000, 999_999);
        long village = jdbc.sql("""
                        insert into geo_village (province_code, district_code, commune_code, village_type, name)
                        values ('22', '193', '06673', 'KHU', :n) returning id""").param("n", villageName)
                .query(Long.class).single();
        long person = jdbc.sql("""
                        insert into people_person (full_name, birth_year, sex, province_code, district_code, commune_code,
                                                   village_id, comorbidities, no_id)
                        values ('Hoàng Thị Cần Tiêm', 1948, 'F', '22', '193', '06673', :v, '{HYPERTENSION}', true) returning id""")
                .param("v", village).query(Long.class).single();

        signIn("tyt.baichay", "demo@2021");
        page.navigate(url("/vaccination/outreach?village=" + village));
        var row = page.locator("tr[data-person='" + person + "']");
        assertThat(row).containsText("Hoàng Thị Cần Tiêm");
        assertThat(row).containsText("Trên 65 tuổi có bệnh nền");
        row.locator("select[name=reason]").selectOption("TEMPORARILY_AWAY");
        row.locator("input[name=note]").fill("Đi biển đến tháng 3");
        row.locator("button[type=submit]").click();
        assertThat(page.locator("#reason-" + person + " [data-test=saved]")).isVisible();
        screenshot("outreach-village-list");
        assertThat(jdbc.sql("select reason from vacc_outreach_reason where person_id = :p").param("p", person)
                .query(String.class).single()).isEqualTo("TEMPORARILY_AWAY");

        page.navigate(url("/vaccination/outreach/print?village=" + village));
        var sheet = page.locator("[data-test=village-page]");
        assertThat(sheet).hasCount(1);
        assertThat(sheet).containsText("Tỉnh Quảng Ninh");
        assertThat(sheet).containsText("Phường Bãi Cháy");
        assertThat(sheet.locator("[data-test=village-name]")).hasText("Khu " + villageName);
        assertThat(sheet).containsText("Hoàng Thị Cần Tiêm");
        assertThat(sheet).containsText("Tạm vắng");
        screenshot("outreach-village-print");
        byte[] pdf = page.pdf(new Page.PdfOptions().setFormat("A4").setLandscape(true));
        assertThat(new String(pdf, 0, 5)).isEqualTo("%PDF-");
        assertThat(pdf.length).isGreaterThan(5_000);
    }
}
