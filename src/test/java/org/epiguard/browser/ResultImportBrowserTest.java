package org.epiguard.browser;

import com.microsoft.playwright.options.FilePayload;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.epiguard.support.BrowserTest;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.ThreadLocalRandom;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The health station of Bãi Cháy downloads nothing but the page, uploads a workbook of rapid test
 * results for people not yet in the registry (one row a bad time), and watches the job's progress
 * bar, refreshed by htmx, until it is full and the counts and the error row are shown.
 */
class ResultImportBrowserTest extends BrowserTest {

    static final int ROWS = 3000;

    static byte[] workbook(String tag) throws Exception {
        String time = LocalDateTime.now(ZoneId.of("Asia/Ho_Chi_Minh")).minusHours(3)
                .format(DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm"));
        try (var wb = new XSSFWorkbook(); var out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.createSheet("Kết quả xét nghiệm");
            String[] header = {"Họ tên", "Ngày sinh", "Giới tính", "Mã xã", "Loại xét nghiệm", "Kết quả", "Thời gian có kết quả"};
            Row head = sheet.createRow(0);
            for (int c = 0; c < header.length; c++) {
                head.createCell(c).setCellValue(header[c]);
            }
            for (int r = 1; r <= ROWS; r++) {
                Row row = sheet.createRow(r);
                String[] cells = {"Người Tải Tệp " + tag + " Số " + r, "1990", r % 2 == 0 ? "Nam" : "Nữ", "06673", "Test nhanh",
                        "Âm tính", r == ROWS ? "hôm qua" : time};
                for (int c = 0; c < cells.length; c++) {
                    row.createCell(c).setCellValue(cells[c]);
                }
            }
            wb.write(out);
            return out.toByteArray();
        }
    }

    @Test
    void a_health_station_uploads_a_workbook_of_results_and_watches_the_progress_bar_finish() throws Exception {
        String tag = Integer.toString(ThreadLocalRandom.current().nextInt(100_000, 999_999));
        signIn("tyt.baichay", "demo@2021");
        page.navigate(url("/testing"));
        page.locator("nav details[data-nav-group=testing] summary").click();
        page.locator("nav a[href='/testing/results/import']").click();
        page.waitForURL(u -> u.endsWith("/testing/results/import"));
        assertThat(page.locator("[data-test=template-xlsx]")).isVisible();
        page.locator("[data-test=file]").setInputFiles(new FilePayload("ket-qua.xlsx",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", workbook(tag)));
        page.locator("[data-test=upload]").click();
        page.waitForURL(u -> u.matches(".*/testing/results/imports/\\d+$"));
        var progress = page.locator("[data-test=progress]");
        assertThat(progress).isVisible();
        screenshot("testing-result-import-running");
        page.waitForSelector("[data-test=progress][data-state=DONE]",
                new com.microsoft.playwright.Page.WaitForSelectorOptions().setTimeout(60_000));
        assertThat(page.locator("progress[data-test=bar]")).hasAttribute("value", "100");
        assertThat(page.locator("[data-test=rows]")).hasText(Integer.toString(ROWS));
        assertThat(page.locator("[data-test=added]")).hasText(Integer.toString(ROWS - 1));
        assertThat(page.locator("[data-test=rejected]")).hasText("1");
        assertThat(page.locator("[data-test=errors]")).containsText("hôm qua");
        assertThat(page.locator("[data-test=errors]")).containsText("Thời gian có kết quả");
        assertThat(page.locator("[data-test=error-file]")).isVisible();
        screenshot("testing-result-import-done");
        assertThat(jdbc.sql("select count(*) from people_person where full_name like :n").param("n", "Người Tải Tệp " + tag + " %")
                .query(Long.class).single()).isEqualTo(ROWS - 1);
    }
}
