package org.epiguard.geo;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.epiguard.access.Role;
import org.epiguard.access.Scope;
import org.epiguard.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MvcResult;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Population files of Tuyên Quang (province 08), imported by its provincial committee. */
class PopulationImportTest extends IntegrationTest {

    private static final String HEADER = "mã đơn vị,tên đơn vị,tổng,0-4,5-11,12-17,18-49,50-64,65+\n";

    private String committee() {
        return user("pop-tuyenquang", Role.PROVINCE_COMMITTEE, Scope.of("PROVINCE", "08"));
    }

    private MvcResult upload(String user, String name, byte[] content, int status) throws Exception {
        return mvc.perform(multipart("/api/v1/geo/population/imports")
                        .file(new MockMultipartFile("file", name, "application/octet-stream", content)).with(as(user)))
                .andExpect(status().is(status)).andReturn();
    }

    private Integer entered(String code) {
        return jdbc.sql("select total from geo_population where unit_code = :c").param("c", code)
                .query(Integer.class).optional().orElse(null);
    }

    private long imports(String fileName) {
        return jdbc.sql("select count(*) from access_audit where action = 'IMPORT' and entity_type = 'geo_population'"
                + " and summary like :s").param("s", "%" + fileName + "%").query(Long.class).single();
    }

    @Test
    void a_csv_keeps_its_good_rows_names_the_row_and_field_of_each_bad_one_and_a_second_upload_changes_nothing()
            throws Exception {
        String csv = HEADER
                + "02200,Phan Thiết,1000,50,100,100,500,150,100\n"   // 2 good, with bands
                + "02203,Minh Xuân,800,,,,,,\n"                       // 3 good, total only
                + "99999,Nowhere,10,,,,,,\n"                          // 4 unknown code
                + "06673,Bãi Cháy (Quảng Ninh),10,,,,,,\n"            // 5 outside the capture scope
                + "02206,Tân Quang,-5,,,,,,\n"                        // 6 negative
                + "02209,Tràng Đà,abc,,,,,,\n"                        // 7 not a number
                + "02212,Nông Tiến,100,10,10,10,10,10,10\n"           // 8 bands do not add up
                + "02200,Phan Thiết again,1000,50,100,100,500,150,100\n" // 9 duplicate of row 2
                + "02215,Ỷ La,500,100,x,,,,\n"                        // 10 band not a number
                + ",no code,100,,,,,,\n"                              // 11 code missing
                + "02216,Tân Hà,\"1.200\",,,,,,\n"                    // 12 good, grouped thousands
                + "02218,Hưng Thành,,,,,,,\n";                        // 13 template line left empty
        byte[] bytes = csv.getBytes(StandardCharsets.UTF_8);
        String user = committee();

        upload(user, "tuyen-quang-1.csv", bytes, 201);
        var first = mvc.perform(get("/api/v1/geo/population/imports/" + lastImportId(user)).with(as(user)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.imported").value(3))
                .andExpect(jsonPath("$.unchanged").value(0))
                .andExpect(jsonPath("$.rejected").value(8))
                .andExpect(jsonPath("$.skipped").value(1))
                .andExpect(jsonPath("$.errors[?(@.row == 4)].field").value(hasItem("mã đơn vị")))
                .andExpect(jsonPath("$.errors[?(@.row == 4)].message").value(hasItem(containsString("Không có đơn vị"))))
                .andExpect(jsonPath("$.errors[?(@.row == 5)].message").value(hasItem(containsString("ngoài phạm vi"))))
                .andExpect(jsonPath("$.errors[?(@.row == 6)].field").value(hasItem("tổng")))
                .andExpect(jsonPath("$.errors[?(@.row == 6)].message").value(hasItem(containsString("số âm"))))
                .andExpect(jsonPath("$.errors[?(@.row == 7)].field").value(hasItem("tổng")))
                .andExpect(jsonPath("$.errors[?(@.row == 8)].message").value(hasItem(containsString("60"))))
                .andExpect(jsonPath("$.errors[?(@.row == 9)].message").value(hasItem(containsString("dòng 2"))))
                .andExpect(jsonPath("$.errors[?(@.row == 10)].field").value(hasItem("5-11")))
                .andExpect(jsonPath("$.errors[?(@.row == 11)].field").value(hasItem("mã đơn vị")))
                .andReturn();
        assertThat(first.getResponse().getContentAsString()).doesNotContain("\"row\":13", "\"row\":2,", "\"row\":3,");
        assertThat(entered("02200")).isEqualTo(1000);
        assertThat(entered("02203")).isEqualTo(800);
        assertThat(entered("02216")).isEqualTo(1200);
        assertThat(jdbc.sql("select count(*) from geo_population where unit_code = '06673' and source like '%tuyen-quang%'")
                .query(Long.class).single()).as("Quảng Ninh is not the committee's").isZero();
        assertThat(entered("02206")).isNull();
        assertThat(entered("02212")).isNull();
        var stamp = jdbc.sql("select updated_at::text from geo_population where unit_code = '02200'").query(String.class).single();
        assertThat(imports("tuyen-quang-1.csv")).isEqualTo(1);

        upload(user, "tuyen-quang-1.csv", bytes, 201);
        mvc.perform(get("/api/v1/geo/population/imports/" + lastImportId(user)).with(as(user)))
                .andExpect(jsonPath("$.imported").value(0))
                .andExpect(jsonPath("$.unchanged").value(3))
                .andExpect(jsonPath("$.rejected").value(8));
        assertThat(jdbc.sql("select updated_at::text from geo_population where unit_code = '02200'").query(String.class).single())
                .as("the same file twice changes nothing").isEqualTo(stamp);
        assertThat(entered("02200")).isEqualTo(1000);
    }

    @Test
    void the_result_page_shows_the_counts_and_the_errors_download_as_csv_with_row_and_field() throws Exception {
        String user = committee();
        upload(user, "tuyen-quang-page.csv", (HEADER + "02497,Kim Phú,300,,,,,,\n02503,An Khang,-1,,,,,,\n")
                .getBytes(StandardCharsets.UTF_8), 201);
        long id = lastImportId(user);
        mvc.perform(get("/geo/population/imports/" + id).with(as(user)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("data-test=\"rejected\">1<")))
                .andExpect(content().string(containsString("errors.csv")));
        String errors = mvc.perform(get("/geo/population/imports/" + id + "/errors.csv").with(as(user)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(errors).contains("Dòng,Cột,Giá trị,Lỗi").contains("3,tổng,'-1,");
        String stranger = user("pop-stranger", Role.PROVINCE_COMMITTEE, Scope.of("PROVINCE", "08"));
        mvc.perform(get("/geo/population/imports/" + id).with(as(stranger))).andExpect(status().isNotFound());
        mvc.perform(get("/geo/population/imports/" + id + "/errors.csv").with(as(stranger)))
                .andExpect(status().isNotFound());
    }

    @Test
    void an_xlsx_with_numeric_cells_is_read_like_the_csv() throws Exception {
        byte[] xlsx;
        try (var wb = new XSSFWorkbook(); var out = new ByteArrayOutputStream()) {
            var sheet = wb.createSheet("dân số");
            Row h = sheet.createRow(0);
            String[] headers = {"mã đơn vị", "tổng", "0-4", "5-11", "12-17", "18-49", "50-64", "65+"};
            for (int i = 0; i < headers.length; i++) {
                h.createCell(i).setCellValue(headers[i]);
            }
            Row good = sheet.createRow(1);            // a code typed as a number loses its leading zero
            good.createCell(0).setCellValue(2233);
            double[] figures = {700, 70, 70, 70, 300, 100, 90};
            for (int i = 0; i < figures.length; i++) {
                good.createCell(i + 1).setCellValue(figures[i]);
            }
            Row text = sheet.createRow(2);
            text.createCell(0).setCellValue("02242");
            text.createCell(1).setCellValue("450");
            Row fraction = sheet.createRow(3);
            fraction.createCell(0).setCellValue("02251");
            fraction.createCell(1).setCellValue(12.5);
            Row sum = sheet.createRow(5);               // row 6: a gap in the sheet keeps the numbering
            sum.createCell(0).setCellValue("02266");
            sum.createCell(1).setCellValue(100);
            sum.createCell(7).setCellValue(5);
            wb.write(out);
            xlsx = out.toByteArray();
        }
        String user = committee();
        upload(user, "lam-binh.xlsx", xlsx, 201);
        mvc.perform(get("/api/v1/geo/population/imports/" + lastImportId(user)).with(as(user)))
                .andExpect(jsonPath("$.imported").value(2))
                .andExpect(jsonPath("$.rejected").value(2))
                .andExpect(jsonPath("$.errors[?(@.row == 4)].field").value(hasItem("tổng")))
                .andExpect(jsonPath("$.errors[?(@.row == 6)].message").value(hasItem(containsString("5"))));
        assertThat(entered("02233")).isEqualTo(700);
        assertThat(jdbc.sql("select age_18_49 from geo_population where unit_code = '02233'").query(Integer.class).single())
                .isEqualTo(300);
        assertThat(entered("02242")).isEqualTo(450);
        assertThat(entered("02251")).isNull();
        assertThat(entered("02266")).isNull();
    }

    @Test
    void a_file_without_the_required_columns_or_that_is_not_a_table_is_refused_whole() throws Exception {
        String user = committee();
        var missing = upload(user, "no-total.csv", "mã đơn vị,dân\n02269,10\n".getBytes(StandardCharsets.UTF_8), 400);
        assertThat(missing.getResponse().getContentAsString(StandardCharsets.UTF_8)).contains("file").contains("tổng");
        upload(user, "empty.csv", new byte[0], 400);
        upload(user, "broken.xlsx", new byte[] {'P', 'K', 3, 4, 0, 0, 9, 9}, 400);
        upload(user, "old.xls", new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, 0}, 400);
        assertThat(entered("02269")).isNull();
    }

    @Test
    void only_the_provincial_committee_or_the_administrator_imports_and_only_inside_their_capture_scope()
            throws Exception {
        byte[] csv = (HEADER + "02290,Bình An,900,,,,,,\n").getBytes(StandardCharsets.UTF_8);
        String district = user("pop-district-071", Role.DISTRICT_COMMAND, Scope.of("DISTRICT", "071"));
        upload(district, "by-district.csv", csv, 403);
        assertThat(imports("by-district.csv")).isZero();

        String quangNinh = user("pop-quangninh", Role.PROVINCE_COMMITTEE, Scope.of("PROVINCE", "22"));
        upload(quangNinh, "by-other-province.csv", csv, 201);
        mvc.perform(get("/api/v1/geo/population/imports/" + lastImportId(quangNinh)).with(as(quangNinh)))
                .andExpect(jsonPath("$.imported").value(0))
                .andExpect(jsonPath("$.errors[0].row").value(2))
                .andExpect(jsonPath("$.errors[0].field").value("mã đơn vị"));
        assertThat(entered("02290")).isNull();
        mvc.perform(get("/geo/population/import").with(as(district))).andExpect(status().isForbidden());
    }

    @Test
    void the_templates_carry_the_vietnamese_headers_and_the_communes_of_the_capture_scope() throws Exception {
        String user = committee();
        byte[] xlsx = mvc.perform(get("/geo/population/template.xlsx").with(as(user)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (var wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            var sheet = wb.getSheetAt(0);
            List<String> headers = new java.util.ArrayList<>();
            sheet.getRow(0).forEach(c -> headers.add(c.getStringCellValue()));
            assertThat(headers).containsExactly("mã đơn vị", "tên đơn vị", "tổng", "0-4", "5-11", "12-17", "18-49",
                    "50-64", "65+");
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("02200");
            assertThat(sheet.getLastRowNum()).isEqualTo(jdbc.sql(
                    "select count(*) from geo_admin_unit where level = 'COMMUNE' and province_code = '08'")
                    .query(Integer.class).single());
        }
        String csv = mvc.perform(get("/geo/population/template.csv").with(as(user)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFFmã đơn vị,tên đơn vị,tổng,0-4,5-11,12-17,18-49,50-64,65+")
                .contains("02200,Phường Phan Thiết,,,,,,,");
    }

    private long lastImportId(String username) {
        return jdbc.sql("select max(id) from geo_population_import where username = :u").param("u", username)
                .query(Long.class).single();
    }
}
