package org.epiguard.browser;

import org.epiguard.support.BrowserTest;
import org.junit.jupiter.api.Test;

import java.util.List;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The provincial committee opens the level map of Quảng Ninh, sees it drawn with its legend and a
 * containment zone of Bãi Cháy, clicks Hạ Long on the map to see its communes, then clicks Bãi Cháy to
 * read its level.
 */
class LevelMapBrowserTest extends BrowserTest {

    /** Clicks the map where a part's marker point stands (its boundary's centroid or its tile's centre). */
    private void clickPart(String code) {
        @SuppressWarnings("unchecked")
        List<Number> at = (List<Number>) page.evaluate("""
                code => {
                  const p = window.epiguardMapData.map.features.find(f => f.properties.code === code).properties;
                  const px = window.epiguardMap.convertToPixel({geoIndex: 0}, p.center);
                  const r = document.getElementById('level-map').getBoundingClientRect();
                  return [r.left + px[0], r.top + px[1] + 12];
                }""", code);
        page.mouse().click(at.get(0).doubleValue(), at.get(1).doubleValue());
    }

    @Test
    void the_committee_sees_the_map_drawn_and_drills_into_a_district_and_a_commune() throws Exception {
        mvc.perform(get("/api/v1/situation/levels/22").with(as("bcd.tinh"))).andExpect(status().isOk());
        long zone = jdbc.sql("""
                        insert into cases_zone (kind, status, description, starts_on, planned_end, activated_at,
                                                province_code, district_code, commune_code)
                        values ('VILLAGE', 'ACTIVE', 'Khu 5 Bãi Cháy (bản đồ)', current_date - 1, current_date + 13,
                                now() - interval '1 day', '22', '193', '06673') returning id""").query(Long.class).single();
        long districts = jdbc.sql("select count(*) from geo_admin_unit where parent_code = '22'").query(Long.class).single();

        page.setViewportSize(1400, 1100);
        signIn("bcd.tinh", "demo@2021");
        page.navigate(url("/situation/map"));
        assertThat(page.locator("#level-map[data-drawn=true]")).hasCount(1);
        assertThat(page.locator("#level-map canvas").first()).isVisible();
        assertThat(page.locator("[data-test=legend]")).containsText("Cấp 4 – nguy cơ rất cao (đỏ)");
        assertThat(page.locator("[data-test=legend]")).containsText("Ô sơ đồ");
        assertThat(page.locator("[data-test=parts] tbody tr")).hasCount((int) districts);
        assertThat(page.locator("[data-test=map-status]")).containsText(districts + " đơn vị");
        assertThat(page.locator("[data-test=zones] tr[data-zone='" + zone + "'] a")).hasAttribute("href", "/cases/zones#zone-" + zone);
        screenshot("situation-map-province");

        clickPart("193");
        page.waitForURL(u -> u.contains("/situation/map?unit=193"));
        assertThat(page.locator("h1")).containsText("Thành phố Hạ Long");
        assertThat(page.locator("#level-map[data-drawn=true]")).hasCount(1);
        assertThat(page.locator("#level-map canvas").first()).isVisible();
        assertThat(page.locator("[data-test=parts]")).containsText("Phường Bãi Cháy");
        long inBaiChay = jdbc.sql("select count(*) from cases_zone where commune_code = '06673' and status = 'ACTIVE'")
                .query(Long.class).single();
        assertThat(inBaiChay).isPositive();
        assertThat(page.locator("[data-test=parts] tr[data-code='06673'] td").nth(3)).hasText(String.valueOf(inBaiChay));
        assertThat(page.locator("[data-test=map-up]")).containsText("Tỉnh Quảng Ninh");
        screenshot("situation-map-district");

        clickPart("06673");
        page.waitForURL(u -> u.contains("/situation/levels?unit=06673"));
        assertThat(page.locator("[data-test=level-unit]")).containsText("Bãi Cháy");
        assertThat(page.locator("[data-test=explanation] li").first()).isVisible();
    }
}
