package org.epiguard.demo.internal;

import org.epiguard.demo.DemoLogins;
import org.epiguard.demo.DemoUser;
import org.epiguard.demo.DemoUsers;
import org.epiguard.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class WelcomeBannerTest extends IntegrationTest {

    @Autowired
    DemoLogins logins;

    @Autowired
    MessageSource messages;

    @Test
    void the_banner_shows_the_url_and_every_demo_login_with_its_password_role_and_scope_in_words() {
        var bytes = new ByteArrayOutputStream();
        new WelcomeBanner(logins, messages).print(new PrintStream(bytes, true, StandardCharsets.UTF_8),
                "http://localhost:8080/", logins.list());
        String banner = bytes.toString(StandardCharsets.UTF_8);

        assertThat(banner).contains("http://localhost:8080/");
        for (DemoUser user : DemoUsers.ALL) {
            assertThat(banner).contains(user.username());
        }
        assertThat(banner.lines().filter(l -> l.contains(DemoUsers.PASSWORD))).hasSize(DemoUsers.ALL.size());
        assertThat(banner).contains("Trạm Y tế xã", "Phường Bãi Cháy, Thành phố Hạ Long, Tỉnh Quảng Ninh",
                "Thành phố Móng Cái, Tỉnh Quảng Ninh", "Trường THPT Bãi Cháy (Phường Bãi Cháy");
        assertThat(banner).contains("http://localhost:8080/situation/dashboard?unit=22&date=08/02/2022");
    }

    @Test
    void the_outbreak_pages_the_banner_names_open_for_the_provincial_committee() throws Exception {
        for (String page : WelcomeBanner.OUTBREAK_PAGES) {
            mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/" + page)
                            .with(as("bcd.tinh")))
                    .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status().isOk());
        }
    }
}
