package org.epiguard.browser;

import com.microsoft.playwright.assertions.LocatorAssertions;
import org.epiguard.support.BrowserTest;
import org.epiguard.tracing.ChainData;
import org.junit.jupiter.api.Test;

import java.util.concurrent.ThreadLocalRandom;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The health station of Bãi Cháy opens a cluster of two cases of one household, with an F1 and an
 * F2 of theirs, follows the link to its transmission chain and sees the graph drawn; the provincial
 * committee sees a chain of 10,000 people drawn whole.
 */
class ClusterChainBrowserTest extends BrowserTest {

    private long person(String name, Long household) {
        return jdbc.sql("""
                        insert into people_person (full_name, birth_year, sex, province_code, district_code, commune_code,
                                                   household_id, no_id)
                        values (:n, 1980, 'F', '22', '193', '06673', :h, true) returning id""")
                .param("n", name).param("h", household).query(Long.class).single();
    }

    private long confirmedCase(long person, int hoursAgo) {
        return jdbc.sql("""
                        insert into cases_case (person_id, status, origin, confirmed_at, province_code, district_code, commune_code)
                        values (:p, 'CONFIRMED', 'PCR', now() - make_interval(hours => :h), '22', '193', '06673') returning id""")
                .param("p", person).param("h", hoursAgo).query(Long.class).single();
    }

    private void contact(long person, int level, Long caseId, long source) {
        jdbc.sql("""
                        insert into tracing_contact (person_id, level, case_id, source_person_id, exposure, last_exposure_at,
                                                     province_code, district_code, commune_code)
                        values (:p, :l, :c, :s, 'VENUE', now() - interval '1 day', '22', '193', '06673')""")
                .param("p", person).param("l", level).param("c", caseId).param("s", source).update();
    }

    @Test
    void a_commune_health_station_opens_the_chain_graph_of_a_cluster() throws Exception {
        String tag = " " + ThreadLocalRandom.current().nextInt(100_000, 999_999);
        long home = jdbc.sql("""
                        insert into people_household (province_code, district_code, commune_code, address_text)
                        values ('22', '193', '06673', 'Tổ 9 khu 3') returning id""").query(Long.class).single();
        long mother = person("Mẹ Ổ Trình Duyệt" + tag, home);
        long son = person("Con Ổ Trình Duyệt" + tag, home);
        long caseA = confirmedCase(mother, 48);
        confirmedCase(son, 24);
        long f1 = person("F1 Trình Duyệt" + tag, null);
        contact(f1, 1, caseA, mother);
        contact(person("F2 Trình Duyệt" + tag, null), 2, null, f1);
        mvc.perform(post("/api/v1/tracing/clusters/detect").with(as("tyt.baichay"))).andExpect(status().isOk());
        long cluster = jdbc.sql("select cluster_id from tracing_cluster_case where case_id = :c").param("c", caseA)
                .query(Long.class).single();

        signIn("tyt.baichay", "demo@2021");
        page.navigate(url("/tracing/clusters/" + cluster));
        assertThat(page.locator("[data-test=members]")).containsText("Mẹ Ổ Trình Duyệt" + tag);
        assertThat(page.locator("[data-test=districts]")).containsText("Thành phố Hạ Long");
        page.locator("a[href='/tracing/clusters/" + cluster + "/chain']").click();
        page.waitForURL(u -> u.endsWith("/tracing/clusters/" + cluster + "/chain"));
        assertThat(page.locator("[data-test=chain-count]")).hasText("4 người, 3 liên kết");
        assertThat(page.locator("#chain-graph canvas")).hasCount(1);
        assertThat(page.locator("#chain-graph").getAttribute("data-nodes")).isEqualTo("4");
        screenshot("tracing-cluster-chain");
    }

    @Test
    void the_provincial_committee_sees_a_chain_of_ten_thousand_people_drawn_whole() {
        long root = ChainData.tenThousand(jdbc, "Trình duyệt " + ThreadLocalRandom.current().nextInt(100_000, 999_999));
        signIn("bcd.tinh", "demo@2021");
        page.navigate(url("/tracing/cases/" + root + "/chain"));
        assertThat(page.locator("[data-test=chain-count]")).hasText("10000 người, 9999 liên kết",
                new LocatorAssertions.HasTextOptions().setTimeout(90_000));
        assertThat(page.locator("#chain-graph").getAttribute("data-nodes")).isEqualTo("10000");
        assertThat(page.locator("h1")).hasText("Chuỗi lây nhiễm của ca bệnh #" + root);
        screenshot("tracing-chain-10000");
    }
}
