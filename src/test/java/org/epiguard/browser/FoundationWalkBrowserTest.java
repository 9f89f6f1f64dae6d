package org.epiguard.browser;

import com.microsoft.playwright.Locator;
import org.epiguard.support.BrowserTest;
import org.junit.jupiter.api.Test;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The walk of the foundation issue, in a real browser against the demo province: a commune health
 * station finds people by unaccented name, registers a person, is offered the existing person when
 * registering them again, and sees only its own commune; another commune sees nothing of that person;
 * the provincial committee sees the whole province; the administrator finds the registration in the
 * audit trail.
 */
class FoundationWalkBrowserTest extends BrowserTest {

    static final String DEMO_PASSWORD = "demo@2021";

    @Test
    void a_commune_registers_a_person_and_only_the_right_people_see_it() {
        String citizenId = unusedCitizenId();
        String phone = "0398" + citizenId.substring(6);

        // the commune health station of Bãi Cháy finds people by an unaccented name
        signIn("tyt.baichay", DEMO_PASSWORD);
        page.navigate(url("/people?q=nguyen"));
        Locator rows = page.locator("#results tbody tr");
        assertThat(rows.first()).containsText("Nguyễn");
        for (String commune : page.locator("#results tbody tr td:nth-child(3)").allTextContents()) {
            assertThat(commune).isEqualTo("Phường Bãi Cháy");
        }

        // registers a person
        page.navigate(url("/people/new"));
        page.fill("input[name=fullName]", "Nguyễn Thị Thử Nghiệm");
        page.fill("input[name=birth]", "15/03/1985");
        page.selectOption("select[name=sex]", "F");
        page.fill("input[name=citizenId]", citizenId);
        page.fill("input[name=phone]", "+84 " + phone.substring(1, 4) + " " + phone.substring(4));
        page.fill("input[name=addressText]", "Số 12 đường Hạ Long");
        page.click("form.form button.primary");
        page.waitForURL(u -> u.matches(".*/people/\\d+\\?created.*"));
        Matcher m = Pattern.compile("/people/(\\d+)").matcher(page.url());
        assertThat(m.find()).isTrue();
        long personId = Long.parseLong(m.group(1));
        assertThat(page.locator("main")).containsText(phone);
        screenshot("walk-person-created");

        // registering the same person again offers the existing one
        page.navigate(url("/people/new"));
        page.fill("input[name=fullName]", "nguyen thi thu nghiem");
        page.fill("input[name=birth]", "15/03/1985");
        page.selectOption("select[name=sex]", "F");
        page.fill("input[name=phone]", phone);
        page.check("input[name=noId]");
        page.click("form.form button.primary");
        Locator duplicates = page.locator("[data-test=duplicates]");
        assertThat(duplicates).containsText("Nguyễn Thị Thử Nghiệm");
        assertThat(duplicates.locator("a[href='/people/" + personId + "']")).isVisible();
        screenshot("walk-duplicate-offered");

        // and finds the person typed without diacritics
        page.navigate(url("/people?q=nguyen+thi+thu+nghiem"));
        assertThat(page.locator("#results tbody")).containsText("Nguyễn Thị Thử Nghiệm");
        signOut();

        // the health station of another commune (Ka Long, Móng Cái) sees nothing of that person
        signIn("tyt.kalong", DEMO_PASSWORD);
        page.navigate(url("/people?q=nguyen+thi+thu+nghiem"));
        assertThat(page.locator("#results tbody")).not().containsText("Thử Nghiệm");
        var response = page.navigate(url("/people/" + personId));
        assertThat(response.status()).isEqualTo(404);
        assertThat(page.locator("body")).not().containsText(citizenId);
        signOut();

        // the provincial committee finds the person and sees people of other districts too
        signIn("bcd.tinh", DEMO_PASSWORD);
        page.navigate(url("/people?q=nguyen+thi+thu+nghiem"));
        assertThat(page.locator("#results tbody")).containsText("Nguyễn Thị Thử Nghiệm");
        page.navigate(url("/people?district=194"));
        assertThat(page.locator("#results tbody tr").first()).isVisible();
        assertThat(page.locator("#results tbody")).not().containsText("Phường Bãi Cháy");
        signOut();

        // the administrator sees the registration in the audit trail
        signIn("admin", DEMO_PASSWORD);
        page.navigate(url("/admin/audit?entityType=person&entityId=" + personId));
        Locator audit = page.locator("[data-test=audit-row]");
        assertThat(audit.first()).containsText("tyt.baichay");
        assertThat(audit.first()).containsText("Nguyễn Thị Thử Nghiệm");
        page.locator("[data-test=audit-row] details summary").first().click();
        screenshot("walk-audit");
    }

    /** A valid CCCD (Quảng Ninh, woman born in the 1900s, year 85) no person of the demo holds. */
    private String unusedCitizenId() {
        for (int i = 0; ; i++) {
            String candidate = "022185" + String.format("%06d", (System.nanoTime() / 1000 + i * 7919L) % 1_000_000);
            boolean taken = jdbc.sql("select count(*) from people_person where citizen_id = :c").param("c", candidate)
                    .query(Long.class).single() > 0;
            if (!taken) {
                return candidate;
            }
        }
    }
}
