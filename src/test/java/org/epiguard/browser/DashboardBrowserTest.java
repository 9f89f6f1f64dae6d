package org.epiguard.browser;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import org.epiguard.access.Role;
import org.epiguard.access.Scope;
import org.epiguard.situation.DashboardTestData;
import org.epiguard.support.BrowserTest;
import org.epiguard.support.TestUsers;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The provincial committee of An Giang opens its dashboard for 08/02/2022, sees the curve drawn,
 * drills into its first district, and downloads the district's daily report as PDF: the report's text
 * carries the figures the dashboard showed (new cases by classification, cumulative imported / domestic).
 */
class DashboardBrowserTest extends BrowserTest {

    @Test
    void the_committee_opens_the_dashboard_drills_into_a_district_and_downloads_the_daily_report() throws Exception {
        DashboardTestData data = new DashboardTestData(jdbc);
        data.ensure();
        user("dash.browser", Role.PROVINCE_COMMITTEE, Scope.of("PROVINCE", DashboardTestData.P));
        var asked = data.now();
        mvc.perform(post("/api/v1/situation/dashboard/rebuild").param("province", DashboardTestData.P)
                .with(as("dash.browser"))).andExpect(status().isAccepted());
        data.awaitRebuilt(DashboardTestData.P, asked);

        signIn("dash.browser", TestUsers.PASSWORD);
        page.navigate(url("/situation/dashboard?unit=" + DashboardTestData.P + "&date=" + DashboardTestData.DAY));
        assertThat(page.locator("[data-test=dashboard-heading]")).containsText(data.name(DashboardTestData.P));
        assertThat(page.locator("[data-test=new-cases]")).hasText("5");
        assertThat(page.locator("[data-test=window-cases]")).hasText("10");
        assertThat(page.locator("#dash-curve")).hasAttribute("data-drawn", "28");
        screenshot("dashboard-province");

        page.locator("tr[data-part='" + data.a + "'] [data-test=drill]").click();
        page.waitForURL(u -> u.contains("unit=" + data.a));
        assertThat(page.locator("[data-test=dashboard-heading]")).containsText(data.name(data.a));
        assertThat(page.locator("tr[data-part='" + data.a1 + "']")).isVisible();
        assertThat(page.locator("#dash-curve")).hasAttribute("data-drawn", "28");
        String news = page.locator("[data-test=new-cases]").textContent();
        String community = page.locator("[data-test=new-community]").textContent();
        String quarantine = page.locator("[data-test=new-in-quarantine]").textContent();
        String cumulative = page.locator("[data-test=cumulative]").textContent();
        String imported = page.locator("[data-test=cumulative-imported]").textContent();
        String domestic = page.locator("[data-test=cumulative-domestic]").textContent();
        assertThat(news).isEqualTo("5");
        assertThat(cumulative).isEqualTo("6");
        screenshot("dashboard-district");

        var download = page.waitForDownload(() -> page.click("[data-test=report-pdf]"));
        byte[] pdf = Files.readAllBytes(download.path());
        String text = new PdfTextExtractor(new PdfReader(pdf)).getTextFromPage(1).replaceAll("\\s+", " ");
        assertThat(text).contains(news + " ca mắc mới (" + community + " ca cộng đồng, " + quarantine + " ca đã cách ly)");
        assertThat(text).contains("Từ đầu dịch " + cumulative + " ca (nhập cảnh " + imported + ", trong nước " + domestic + ")");
        assertThat(text).contains(data.name(data.a1) + " " + news);
    }
}
