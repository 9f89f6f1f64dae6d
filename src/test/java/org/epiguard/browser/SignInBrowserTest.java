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
    void a_wrong_password_is_refused_with_a_message() {
        user("browser.wrong", Role.DISTRICT_COMMAND, Scope.of("DISTRICT", "194"));
        page.navigate(url("/login"));
        page.fill("input[name=username]", "browser.wrong");
        page.fill("input[name=password]", "not the password");
        page.click("button[type=submit]");
        assertThat(page.locator(".error")).containsText("Sai tên đăng nhập hoặc mật khẩu");
    }
}
