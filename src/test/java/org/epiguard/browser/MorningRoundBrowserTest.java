package org.epiguard.browser;

import org.epiguard.access.Role;
import org.epiguard.access.Scope;
import org.epiguard.support.BrowserTest;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.ThreadLocalRandom;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The community COVID team of Bãi Cháy does its morning round: it sees who is overdue, enters a check for
 * one of them, and a second person's low SpO2 raises the danger-sign alert with the proposed tier.
 */
class MorningRoundBrowserTest extends BrowserTest {

    static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("dd/MM/uuuu");

    long person(String name) {
        return jdbc.sql("""
                        insert into people_person (full_name, birth_year, sex, province_code, district_code, commune_code, no_id)
                        values (:n, 1984, 'M', '22', '193', '06673', true) returning id""")
                .param("n", name).query(Long.class).single();
    }

    long episode(String station, long person, LocalDate start) throws Exception {
        String body = mvc.perform(post("/api/v1/isolation/episodes").with(as(station)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"personId\": %d, \"kind\": \"CONTACT_QUARANTINE\", \"startDate\": \"%s\"}"
                                .formatted(person, start)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return Long.parseLong(body.replaceAll("^\\{\"id\":(\\d+),.*$", "$1"));
    }

    @Test
    void a_community_team_sees_who_is_overdue_enters_checks_and_a_low_spo2_raises_the_alert() throws Exception {
        String suffix = String.valueOf(ThreadLocalRandom.current().nextInt(100_000, 999_999));
        String station = user("round.tyt.baichay", Role.COMMUNE_HEALTH_STATION, Scope.of("COMMUNE", "06673"));
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
        long checkedYesterday = episode(station, person("Hứa Văn Đã Khám " + suffix), today.minusDays(2));
        long late = episode(station, person("Hứa Thị Quá Hạn " + suffix), today.minusDays(2));
        mvc.perform(post("/api/v1/isolation/episodes/" + checkedYesterday + "/checks").with(as(station))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"date\": \"" + today.minusDays(1) + "\", \"spo2\": 98}"))
                .andExpect(status().isCreated());

        signIn("tocovid.baichay", "demo@2021");
        page.navigate(url("/isolation"));
        var lateRow = page.locator("[data-test=round-line][data-episode='" + late + "']");
        var okRow = page.locator("[data-test=round-line][data-episode='" + checkedYesterday + "']");
        assertThat(lateRow).containsText("Hứa Thị Quá Hạn " + suffix);
        assertThat(lateRow.locator("[data-test=overdue]")).hasText("Quá hạn theo dõi");
        assertThat(okRow.locator("[data-test=overdue]")).hasCount(0);
        assertThat(okRow).containsText("Chưa theo dõi hôm nay");
        assertThat(lateRow.locator("td").nth(1)).hasText("3");
        screenshot("isolation-morning-round");

        lateRow.locator("a").click();
        page.waitForURL(u -> u.endsWith("/isolation/episodes/" + late));
        page.fill("input[name=temperature]", "37,2".replace(',', '.'));
        page.fill("input[name=spo2]", "97");
        page.fill("input[name=breathingRate]", "18");
        page.check("input[name=symptoms][value=COUGH]");
        page.click("form.form button[type=submit]");
        assertThat(page.locator("[data-test=saved]")).hasText("Đã lưu lần theo dõi ngày " + SHOWN.format(today) + ".");
        assertThat(page.locator("[data-test=check]")).hasCount(1);

        page.navigate(url("/isolation"));
        assertThat(lateRow.locator("[data-test=overdue]")).hasCount(0);
        assertThat(lateRow.locator("[data-test=checked]")).hasText("Đã theo dõi hôm nay");

        okRow.locator("a").click();
        page.waitForURL(u -> u.endsWith("/isolation/episodes/" + checkedYesterday));
        page.fill("input[name=spo2]", "93");
        page.check("input[name=symptoms][value=DYSPNOEA]");
        page.click("form.form button[type=submit]");
        assertThat(page.locator("[data-test=danger]")).containsText("SpO2 dưới ngưỡng, Khó thở");
        assertThat(page.locator("[data-test=danger]")).containsText("đề xuất chuyển tầng 2");
        screenshot("isolation-danger-sign");
        page.navigate(url("/isolation"));
        assertThat(okRow).containsText("Có dấu hiệu nguy hiểm");
        assertThat(jdbc.sql("select count(*) from isolation_alert where episode_id = :e and status = 'OPEN'")
                .param("e", checkedYesterday).query(Long.class).single()).isEqualTo(1);
    }
}
