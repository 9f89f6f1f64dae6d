package org.epiguard.vaccination;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.epiguard.access.Role;
import org.epiguard.access.Scope;
import org.epiguard.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockMultipartFile;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The XLSX template of the dose import, filled in like a health station would, imports; the page is in the navigation. */
class DoseImportTemplateTest extends IntegrationTest {

    String station() {
        return user("template.tyt.baichay", Role.COMMUNE_HEALTH_STATION, Scope.of("COMMUNE", "06673"));
    }

    @Test
    void the_xlsx_template_filled_with_a_row_imports_the_dose() throws Exception {
        byte[] template = mvc.perform(get("/vaccination/doses/import/template.xlsx").with(as(station())))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .andReturn().getResponse().getContentAsByteArray();
        String cid = "0221900" + "%05d".formatted(System.nanoTime() % 100_000);
        String name = "Mẫu Văn Excel " + System.nanoTime() % 100_000;
        byte[] filled;
        try (var wb = new XSSFWorkbook(new ByteArrayInputStream(template)); var out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.getSheetAt(0);
            List<String> headers = new ArrayList<>();
            sheet.getRow(0).forEach(c -> headers.add(c.getStringCellValue()));
            assertThat(headers).containsExactly("Số CCCD/CMND", "Họ tên", "Ngày sinh", "Giới tính", "Số điện thoại",
                    "Mã xã", "Loại vắc xin", "Số lô", "Ngày tiêm", "Mũi số", "Nơi tiêm");
            assertThat(sheet.getLastRowNum()).as("no example row to import by mistake").isZero();
            assertThat(sheet.getColumnStyle(0).getDataFormatString()).isEqualTo("@");
            assertThat(wb.getSheetAt(1).getRow(1).getCell(0).getStringCellValue()).isNotBlank();
            String[] values = {cid, name, "09/11/1979", "Nữ", "0987654321", "06673", "Pfizer", "FK8891", "20/10/2021", "1",
                    "Trạm Y tế phường Bãi Cháy"};
            Row row = sheet.createRow(1);
            for (int i = 0; i < values.length; i++) {
                row.createCell(i).setCellValue(values[i]);
                row.getCell(i).setCellStyle(sheet.getColumnStyle(i));
            }
            wb.write(out);
            filled = out.toByteArray();
        }
        var file = new MockMultipartFile("file", "mui-tiem.xlsx",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", filled);
        String location = mvc.perform(multipart("/vaccination/doses/import").file(file).with(as(station())))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        long job = Long.parseLong(location.replaceAll(".*/imports/(\\d+).*", "$1"));
        for (int i = 0; i < 200 && !jdbc.sql("select state in ('DONE', 'FAILED') from vacc_import_job where id = :id")
                .param("id", job).query(Boolean.class).single(); i++) {
            Thread.sleep(100);
        }
        var result = jdbc.sql("select state, doses_added, rows_rejected, people_created from vacc_import_job where id = :id")
                .param("id", job).query().singleRow();
        assertThat(result.get("state")).isEqualTo("DONE");
        assertThat(result.get("doses_added")).isEqualTo(1);
        assertThat(result.get("rows_rejected")).isEqualTo(0);
        assertThat(result.get("people_created")).isEqualTo(1);
        assertThat(jdbc.sql("""
                        select p.citizen_id || ' ' || d.product_code || ' ' || d.lot || ' ' || d.dose_date
                          from vacc_dose d join people_person p on p.id = d.person_id where d.import_id = :j""")
                .param("j", job).query(String.class).single()).isEqualTo(cid + " PFIZER FK8891 2021-10-20");
    }

    @Test
    void the_import_page_offers_both_templates_and_is_in_the_navigation_of_those_who_capture_doses() throws Exception {
        String page = mvc.perform(get("/vaccination/doses/import").with(as(station())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("href=\"/vaccination/doses/import/template.xlsx\"",
                "href=\"/vaccination/doses/import/template.csv\"", "href=\"/vaccination/products\"");
        String csv = mvc.perform(get("/vaccination/doses/import/template.csv").with(as(station())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(csv).as("with a BOM for Excel").startsWith("\uFEFFSố CCCD/CMND,Họ tên,Ngày sinh").contains("022085001234,Nguyễn Văn An");

        for (String capturing : List.of(station(),
                user("template.ttch", Role.DISTRICT_COMMAND, Scope.of("DISTRICT", "193")),
                user("template.bcd", Role.PROVINCE_COMMITTEE, Scope.of("PROVINCE", "22")),
                user("template.admin", Role.SYSTEM_ADMIN, Scope.of("PROVINCE", "22")))) {
            assertThat(home(capturing)).as(capturing).contains("href=\"/vaccination/doses/import\"");
        }
        assertThat(home(user("template.admin", Role.SYSTEM_ADMIN, Scope.of("PROVINCE", "22"))))
                .contains("href=\"/vaccination/products\"");
        String team = user("template.tocovid", Role.COMMUNITY_TEAM, Scope.of("COMMUNE", "06673"));
        assertThat(home(team)).doesNotContain("href=\"/vaccination/doses/import\"", "href=\"/vaccination/products\"");
        mvc.perform(get("/vaccination/doses/import").with(as(team))).andExpect(status().isForbidden());
        assertThat(home(station())).doesNotContain("href=\"/vaccination/products\"");
    }

    String home(String user) throws Exception {
        return mvc.perform(get("/").with(as(user))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }
}
