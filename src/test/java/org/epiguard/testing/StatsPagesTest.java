package org.epiguard.testing;

import org.epiguard.access.Role;
import org.epiguard.access.Scope;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The statistics and kit pages as the province, a district, a commune and a laboratory see them, in both languages. */
class StatsPagesTest extends TestingTestSupport {

    String page(String username, String path, String lang) throws Exception {
        return mvc.perform(get(path).param("lang", lang).with(as(username))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void every_statistics_page_opens_for_each_kind_of_reader() throws Exception {
        String province = user("t.bcd.stats", Role.PROVINCE_COMMITTEE, Scope.of("PROVINCE", "22"));
        String lab = unitUser(Role.LABORATORY, unit("LABORATORY", "Phòng xét nghiệm trang", BAI_CHAY, HA_LONG));
        for (String reader : new String[] {province, districtUser(HA_LONG), communeUser(BAI_CHAY), lab}) {
            assertThat(page(reader, "/testing/stats", "vi")).contains("Tình hình xét nghiệm", "Tỷ lệ dương tính");
            assertThat(page(reader, "/testing/stats", "en")).contains("Testing situation", "Positivity rate");
            assertThat(page(reader, "/testing/stats/waiting", "vi")).contains("Mẫu chờ kết quả");
            assertThat(page(reader, "/testing/stats/people", "vi")).contains("Người đã xét nghiệm");
            assertThat(page(reader, "/testing/kits", "vi")).contains("Kit test nhanh");
        }
        assertThat(page(province, "/testing/stats", "vi")).contains("Thành phố Hạ Long", "Thành phố Móng Cái");
        assertThat(page(province, "/testing/kits?area=" + HA_LONG, "en")).contains("Phường Bãi Cháy", "Stock / population");
        assertThat(page(province, "/testing", "vi")).contains("href=\"/testing/stats\"");
    }

    @Test
    void a_district_records_a_receipt_on_the_communes_kit_page() throws Exception {
        String ttch = districtUser(HA_LONG);
        assertThat(page(ttch, "/testing/kits/" + HUNG_THANG, "vi")).contains("Ghi nhận kit nhận được", "Điều chỉnh tồn kho");
        assertThat(page(communeUser(HUNG_THANG), "/testing/kits/" + HUNG_THANG, "vi"))
                .doesNotContain("Ghi nhận kit nhận được").contains("Điều chỉnh tồn kho");
        mvc.perform(post("/testing/kits/" + HUNG_THANG + "/receipts").with(as(ttch)).with(csrf())
                        .param("receivedOn", "05/12/2021").param("quantity", "2.500").param("source", "Kho tỉnh trang"))
                .andExpect(redirectedUrl("/testing/kits/" + HUNG_THANG + "?saved"));
        assertThat(page(ttch, "/testing/kits/" + HUNG_THANG, "vi")).contains("Kho tỉnh trang", "2500");
    }
}
