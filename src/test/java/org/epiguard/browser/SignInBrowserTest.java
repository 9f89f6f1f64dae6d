package org.epiguard.browser;

import org.epiguard.access.Role;
import org.epiguard.access.Scope;
import org.epiguard.support.BrowserTest;
import org.epiguard.support.TestUsers;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

class SignInBrowserTest extends BrowserTest {

    @Test
    void a_commune_user_signs_in_sees_their_scope_switches_to_english_and_signs_out() {
        user("browser.baichay", Role.COMMUNE_HEALTH_STATION, Scope.of("COMMUNE", "06673"));
        signIn("browser.baichay", TestUsers.PASSWORD);
        assertThat(page.locator("[data-test=view-scope]")).hasText("Phường Bãi Cháy, Thành phố Hạ Long, Tỉnh Quảng Ninh");
        assertThat(page.locator("[data-test=whoami]")).containsText("Trạm Y tế xã");
        page.setViewportSize(390, 844);
        screenshot("home-phone");
        page.navigate(url("/?lang=en"));
        assertThat(page.locator("[data-test=whoami]")).containsText("Commune health station");
        signOut();
        assertThat(page.locator(".notice")).isVisible();
    }

    @Test
    void the_navigation_groups_a_modules_pages_under_one_heading_that_opens_on_a_click() {
        signIn("bcd.tinh", "demo@2021");
        page.setViewportSize(1400, 900);
        page.navigate(url("/situation/levels"));
        var situation = page.locator("details.navgroup[data-nav-group=situation]");
        assertThat(situation.locator("summary")).hasText("Tình hình dịch");
        assertThat(situation.locator("summary")).hasClass(java.util.regex.Pattern.compile(".*active.*"));
        assertThat(situation.locator("a[href='/situation/report']")).isHidden();
        situation.locator("summary").click();
        assertThat(situation.locator("a[href='/situation/report']")).isVisible();
        screenshot("navigation-group-open");
        page.locator("details.navgroup[data-nav-group=testing] summary").click();
        assertThat(situation.locator("a[href='/situation/report']")).isHidden();
        page.locator("details.navgroup[data-nav-group=testing] a[href='/testing/stats']").click();
        page.waitForURL(u -> u.contains("/testing/stats"));
        assertThat(page.locator("details.navgroup[data-nav-group=testing] summary")).hasClass(
                java.util.regex.Pattern.compile(".*active.*"));
        // a module with one page keeps a plain link
        assertThat(page.locator(".mainnav > a[href='/people']")).isVisible();
    }

    @Test
    void a_wrong_password_is_refused_with_a_message() {
        user("browser.wrong", Role.DISTRICT_COMMAND, Scope.of("DISTRICT", "194"));
        page.navigate(url("/login"));
        page.fill("input[name=username]", "browser.wrong");
        page.fill("input[name=password]", "not the password");
        page.click("button[type=submit]");
        assertThat(page.locator(".error")).containsText("Sai tên đăng nhập hoặc mật khẩu");
    }
}
