package org.epiguard.testing;

import org.epiguard.access.Role;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class TestingPagesTest extends TestingTestSupport {

    String page(String username, String path, int expect) throws Exception {
        return mvc.perform(get(path).with(as(username))).andExpect(status().is(expect))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void a_school_finds_its_pupil_takes_a_sample_scans_it_and_records_a_result_on_the_pages() throws Exception {
        long school = unit("SCHOOL", "Trường trang thử", BAI_CHAY, HA_LONG);
        String teacher = unitUser(Role.SCHOOL, school);
        long pupil = person("Quách Thị Trang Mẫu", BAI_CHAY, HA_LONG, school);
        assertThat(page(teacher, "/", 200)).contains("href=\"/testing\"", "Xét nghiệm");
        assertThat(page(teacher, "/testing?q=quach thi trang mau", 200)).contains("Quách Thị Trang Mẫu",
                "/testing/samples/new?personId=" + pupil);
        assertThat(page(teacher, "/testing/samples/new?personId=" + pupil, 200)).contains("Trường trang thử");

        String refused = mvc.perform(post("/testing/samples/new").with(as(teacher)).param("personId", String.valueOf(pupil))
                        .param("barcode", "").param("priority", "").param("collectedAt", "32/01/2022 08:00")
                        .param("labUnitId", String.valueOf(school)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(refused).contains("Bắt buộc nhập.", "Không đọc được thời gian 32/01/2022 08:00",
                "không phải phòng xét nghiệm hay bệnh viện");
        assertThat(count("select count(*) from testing_sample where person_id = :p", pupil)).isZero();

        String barcode = barcode();
        mvc.perform(post("/testing/samples/new").with(as(teacher)).param("personId", String.valueOf(pupil))
                        .param("barcode", barcode).param("priority", "SCREENING").param("collectedAt", hoursAgo(2))
                        .param("collectingUnitId", ""))
                .andExpect(status().isFound()).andExpect(redirectedUrl("/testing/samples/" + barcode));
        mvc.perform(get("/testing/find").param("barcode", " " + barcode + " ").with(as(teacher)))
                .andExpect(redirectedUrl("/testing/samples/" + barcode));
        mvc.perform(post("/testing/samples/{b}/result", barcode).with(as(teacher)).param("kind", "RAPID_PROFESSIONAL")
                        .param("outcome", "NEGATIVE").param("ctValue", "").param("resultAt", hoursAgo(1)).param("unitId", ""))
                .andExpect(redirectedUrl("/testing/samples/" + barcode));
        assertThat(page(teacher, "/testing/samples/" + barcode, 200)).contains("Âm tính", "Quách Thị Trang Mẫu");
        assertThat(page(teacher, "/testing/people/" + pupil, 200)).contains(barcode, "Âm tính");

        // another school: nothing, and a scanned barcode it cannot see is "not found"
        String other = unitUser(Role.SCHOOL, unit("SCHOOL", "Trường trang khác", BAI_CHAY, HA_LONG));
        page(other, "/testing/samples/" + barcode, 404);
        page(other, "/testing/people/" + pupil, 404);
        mvc.perform(get("/testing/find").param("barcode", barcode).with(as(other)))
                .andExpect(redirectedUrl("/testing?missing=" + barcode));
    }

    @Test
    void the_pool_page_names_a_never_pooled_sample_and_a_positive_pool_lists_its_members_to_re_sample() throws Exception {
        String tyt = communeUser(BAI_CHAY);
        long lab = unit("LABORATORY", "Phòng xét nghiệm trang", BAI_CHAY, HA_LONG);
        String s1 = sample(tyt, person("Từ Văn Trang Một", BAI_CHAY, HA_LONG), "SCREENING", hoursAgo(5), null, lab);
        String s2 = sample(tyt, person("Từ Thị Trang Hai", BAI_CHAY, HA_LONG), "SCREENING", hoursAgo(5), null, lab);
        String sick = sample(tyt, person("Từ Văn Trang Ốm", BAI_CHAY, HA_LONG), "SYMPTOMATIC", hoursAgo(5), null, lab);
        assertThat(page(tyt, "/testing/pools/new", 200)).contains("sampleBarcodes");
        String refused = mvc.perform(post("/testing/pools/new").with(as(tyt)).param("barcode", barcode()).param("areaRisk", "LOW")
                        .param("pooledAt", hoursAgo(4)).param("sampleBarcodes", s1 + "\n" + sick))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(refused).contains("Mẫu " + sick + " không được gộp");
        String pool = barcode();
        mvc.perform(post("/testing/pools/new").with(as(tyt)).param("barcode", pool).param("areaRisk", "LOW")
                        .param("pooledAt", hoursAgo(4)).param("sampleBarcodes", s1 + "\r\n" + s2 + "\n")
                        .param("labUnitId", String.valueOf(lab)))
                .andExpect(redirectedUrl("/testing/pools/" + pool));
        String labUser = unitUser(Role.LABORATORY, lab);
        assertThat(page(labUser, "/testing/pools/" + pool, 200)).contains(s1, s2);
        mvc.perform(post("/testing/pools/{b}/result", pool).with(as(labUser)).param("outcome", "POSITIVE")
                        .param("ctValue", "30").param("resultAt", hoursAgo(1)))
                .andExpect(redirectedUrl("/testing/pools/" + pool));
        assertThat(page(tyt, "/testing/retests", 200)).contains("Từ Văn Trang Một", "Từ Thị Trang Hai", pool);
        assertThat(page(tyt, "/testing/samples/" + s1, 200)).contains("Nghi nhiễm");
        assertThat(page(communeUser(KA_LONG), "/testing/retests", 200)).doesNotContain("Từ Văn Trang Một");
    }

    @Test
    void a_positive_rapid_test_entered_on_the_page_shows_on_the_alerts_page_of_the_commune_and_district_only() throws Exception {
        String tyt = communeUser(BAI_CHAY);
        long p = person("Âu Thị Trang Cảnh Báo", BAI_CHAY, HA_LONG);
        assertThat(page(tyt, "/testing/rapid-tests/new?personId=" + p, 200)).contains("testedAt");
        String refused = mvc.perform(post("/testing/rapid-tests/new").with(as(tyt)).param("personId", String.valueOf(p))
                        .param("kind", "RAPID_SELF").param("outcome", "").param("testedAt", "01/01/2099 08:00")
                        .param("priority", "SYMPTOMATIC"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(refused).contains("Bắt buộc nhập.", "Thời gian ở tương lai.");
        mvc.perform(post("/testing/rapid-tests/new").with(as(tyt)).param("personId", String.valueOf(p))
                        .param("kind", "RAPID_SELF").param("outcome", "POSITIVE").param("testedAt", hoursAgo(1))
                        .param("priority", "SYMPTOMATIC"))
                .andExpect(redirectedUrl("/testing/people/" + p));
        assertThat(page(districtUser(HA_LONG), "/testing/alerts", 200)).contains("Âu Thị Trang Cảnh Báo",
                "Đề xuất phong tỏa hộ gia đình");
        assertThat(page(tyt, "/testing/alerts", 200)).contains("Âu Thị Trang Cảnh Báo");
        assertThat(page(districtUser(MONG_CAI), "/testing/alerts", 200)).doesNotContain("Âu Thị Trang Cảnh Báo");
    }
}
