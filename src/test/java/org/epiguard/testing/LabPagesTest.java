package org.epiguard.testing;

import org.epiguard.access.Role;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The lab pages: a school sends a manifest, sees the unsorted flag; the lab receives it, triages, pools; turnaround. */
class LabPagesTest extends TestingTestSupport {

    String page(String username, String path, int expect) throws Exception {
        return mvc.perform(get(path).with(as(username))).andExpect(status().is(expect))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void a_school_sends_a_manifest_the_lab_receives_it_triages_and_pools_on_the_pages() throws Exception {
        long school = unit("SCHOOL", "Trường trang lô", BAI_CHAY, HA_LONG);
        long lab = unit("LABORATORY", "Phòng xét nghiệm trang lô", BAI_CHAY, HA_LONG);
        String teacher = unitUser(Role.SCHOOL, school);
        String labUser = unitUser(Role.LABORATORY, lab);
        String a = sample(teacher, person("Ngô Văn Trang Một", BAI_CHAY, HA_LONG, school), "SCREENING", hoursAgo(5), null, null);
        String b = sample(teacher, person("Ngô Văn Trang Hai", BAI_CHAY, HA_LONG, school), "SYMPTOMATIC", hoursAgo(5), null, null);
        String c = sample(teacher, person("Ngô Văn Trang Ba", BAI_CHAY, HA_LONG, school), "SCREENING", hoursAgo(5), null, null);
        String d = sample(teacher, person("Ngô Văn Trang Bốn", BAI_CHAY, HA_LONG, school), "SCREENING", hoursAgo(5), null, null);
        assertThat(page(teacher, "/", 200)).contains("href=\"/testing/manifests\"", "Lô mẫu gửi xét nghiệm");
        assertThat(page(labUser, "/", 200)).contains("href=\"/testing/manifests\"");
        assertThat(page(teacher, "/testing/manifests/new", 200)).contains("Phòng xét nghiệm trang lô");

        String refused = mvc.perform(post("/testing/manifests/new").with(as(teacher)).param("labUnitId", "")
                        .param("sentAt", "32/01/2022 08:00").param("declaredSorted", "true").param("sampleBarcodes", a + "\n" + a))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(refused).contains("Bắt buộc nhập.", "Không đọc được thời gian 32/01/2022 08:00", "Mẫu " + a + " nhập hai lần.");
        assertThat(count("select count(*) from testing_manifest where sender_unit_id = :p", school)).isZero();

        String location = mvc.perform(post("/testing/manifests/new").with(as(teacher)).param("labUnitId", String.valueOf(lab))
                        .param("sentAt", hoursAgo(4)).param("declaredSorted", "true").param("sampleBarcodes", a + "\n" + b + "\n" + c + "\n" + d))
                .andExpect(status().isFound()).andReturn().getResponse().getRedirectedUrl();
        assertThat(location).matches("/testing/manifests/\\d+");
        // the sender sees its manifest flagged unsorted: a symptomatic sample after a screening one
        assertThat(page(teacher, location, 200)).contains("Lô mẫu chưa được phân loại đúng",
                "mẫu ở vị trí 2 có mức ưu tiên cao hơn mẫu trước nó", "ở vị trí 2 bị xếp lẫn sau mẫu được gộp")
                .doesNotContain("Xác nhận đã nhận");
        assertThat(page(teacher, "/testing/manifests", 200)).contains("data-test=\"unsorted\"", "Trường trang lô");
        assertThat(page(unitUser(Role.SCHOOL, unit("SCHOOL", "Trường trang lô khác", BAI_CHAY, HA_LONG)), location, 404))
                .doesNotContain(a);

        // the lab receives it (c did not arrive) and triages
        assertThat(page(labUser, location, 200)).contains("Xác nhận đã nhận");
        mvc.perform(post(location + "/receipt").with(as(labUser)).param("receivedAt", hoursAgo(2)).param("barcodes", a + " " + b + " " + d))
                .andExpect(redirectedUrl(location));
        assertThat(page(teacher, location + "?lang=en", 200)).contains("Missing (listed, not received)", c)
                .doesNotContain("href=\"/testing/triage\"");
        assertThat(page(labUser, location, 200)).contains("href=\"/testing/triage\"");
        assertThat(page(labUser, "/testing/manifests?received=true", 200)).contains(location);
        assertThat(page(labUser, "/testing/manifests?received=false", 200)).doesNotContain(location + "\"");
        String triage = page(labUser, "/testing/triage", 200);
        assertThat(triage).contains("Mẫu chờ xét nghiệm: 3", "data-test=\"group-SYMPTOMATIC\"", b, a).doesNotContain(c);
        String refusedPool = mvc.perform(post("/testing/triage/pools").with(as(labUser)).param("barcode", barcode())
                        .param("areaRisk", "LOW").param("priority", "SCREENING").param("pooledAt", hoursAgo(1))
                        .param("sampleBarcodes", a))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(refusedPool).contains("Mẫu gộp cần ít nhất 2 mẫu.");
        String pool = barcode();
        mvc.perform(post("/testing/triage/pools").with(as(labUser)).param("barcode", pool).param("areaRisk", "LOW")
                        .param("priority", "SCREENING").param("pooledAt", hoursAgo(1)).param("sampleBarcodes", a, d))
                .andExpect(redirectedUrl("/testing/triage?pooled=" + pool));
        assertThat(page(labUser, "/testing/triage?pooled=" + pool, 200)).contains("Đã tạo mẫu gộp " + pool,
                "Mẫu chờ xét nghiệm: 1");
        assertThat(count("select count(*) from testing_pool_member m join testing_pool p on p.id = m.pool_id where p.barcode = :p",
                pool)).isEqualTo(2);
        assertThat(page(labUser, "/testing/turnaround", 200)).contains("Theo nơi lấy mẫu", "Theo phòng xét nghiệm");
        assertThat(page(labUser, "/testing/turnaround?from=x&to=01/01/2021", 200)).contains("Không đọc được thời gian x");
    }

    @Test
    void the_turnaround_page_shows_a_sites_figures() throws Exception {
        long school = unit("SCHOOL", "Trường trang thời gian", BAI_CHAY, HA_LONG);
        long lab = unit("LABORATORY", "Phòng xét nghiệm trang thời gian", BAI_CHAY, HA_LONG);
        String teacher = unitUser(Role.SCHOOL, school);
        String s = sample(teacher, person("Ngô Thị Trang Giờ", BAI_CHAY, HA_LONG, school), "F1", "05/04/2021 08:00", null, lab);
        postJson(unitUser(Role.LABORATORY, lab), "/api/v1/testing/results",
                resultJson("PCR_SINGLE", s, null, "NEGATIVE", null, "05/04/2021 21:30"), 201);
        assertThat(page(teacher, "/testing/turnaround?from=05/04/2021&to=05/04/2021", 200))
                .contains("Trường trang thời gian", "13.5", "/testing/turnaround/export.xlsx?from=05/04/2021&amp;to=05/04/2021");
        byte[] xlsx = mvc.perform(get("/testing/turnaround/export.xlsx").param("from", "05/04/2021").param("to", "05/04/2021")
                        .with(as(teacher)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
            var sheet = book.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(2).getStringCellValue()).isEqualTo("Số mẫu");
            var site = sheet.getRow(1);
            assertThat(site.getCell(0).getStringCellValue()).isEqualTo("Theo nơi lấy mẫu");
            assertThat(site.getCell(1).getStringCellValue()).startsWith("Trường trang thời gian");
            assertThat(site.getCell(2).getNumericCellValue()).isEqualTo(1.0);
            assertThat(site.getCell(3).getNumericCellValue()).isEqualTo(13.5);
        }
    }
}
