package org.epiguard.access;

import com.jayway.jsonpath.JsonPath;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockMultipartFile;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class UserImportTest extends AccessTestSupport {

    static final List<String> HEADERS = List.of("tên đăng nhập", "họ tên", "vai trò", "cấp phạm vi", "mã phạm vi",
            "điện thoại", "email", "mật khẩu tạm");

    private String admin() {
        return user("adm.import", Role.SYSTEM_ADMIN, Scope.of("PROVINCE", QUANG_NINH));
    }

    private static byte[] xlsx(List<Object[]> rows) throws Exception {
        try (var wb = new XSSFWorkbook(); var out = new ByteArrayOutputStream()) {
            var sheet = wb.createSheet("Người dùng");
            Row header = sheet.createRow(0);
            for (int i = 0; i < HEADERS.size(); i++) {
                header.createCell(i).setCellValue(HEADERS.get(i));
            }
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r + 1);
                Object[] values = rows.get(r);
                for (int c = 0; c < values.length; c++) {
                    if (values[c] instanceof Number n) {
                        row.createCell(c).setCellValue(n.doubleValue());
                    } else if (values[c] != null) {
                        row.createCell(c).setCellValue(values[c].toString());
                    }
                }
            }
            wb.write(out);
            return out.toByteArray();
        }
    }

    /** Uploads through the API and waits for the background job; returns its final JSON. */
    private String importFile(String admin, String name, byte[] content) throws Exception {
        String started = mvc.perform(multipart("/api/v1/admin/users/import").file(new MockMultipartFile("file", name,
                        "application/octet-stream", content)).with(as(admin)))
                .andExpect(status().isAccepted()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        String id = JsonPath.read(started, "$.id");
        for (int i = 0; i < 600; i++) {
            String job = mvc.perform(get("/api/v1/admin/users/import/{id}", id).with(as(admin)))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
            if (!"RUNNING".equals(JsonPath.read(job, "$.state"))) {
                return job;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("import " + id + " did not finish");
    }

    @Test
    void good_rows_are_created_bad_rows_named_by_row_and_column_and_a_second_upload_changes_nothing() throws Exception {
        String admin = admin();
        long school = orgUnit("SCHOOL", "Trường THPT Hải Hà (test)", QUANG_NINH, "201", "06922");
        byte[] file = xlsx(List.of(
                new Object[]{"imp.baichay", "Phạm Thị Lan", "COMMUNE_HEALTH_STATION", "COMMUNE", 6673, "0912345678", "", "Tam-thoi-2021"},
                new Object[]{"imp.school", "Trường THPT Hải Hà", "SCHOOL", "UNIT", school, "", "thpt@example.vn", "Tam-thoi-2021"},
                new Object[]{"imp.badrole", "Lê Văn C", "CHU_TICH", "COMMUNE", "06673", "", "", "Tam-thoi-2021"},
                new Object[]{"imp.badcode", "Lê Văn D", "COMMUNITY_TEAM", "COMMUNE", "99999", "", "", "Tam-thoi-2021"},
                new Object[]{"imp.shortpw", "Lê Văn E", "COMMUNITY_TEAM", "COMMUNE", "06673", "", "", "ngan"},
                new Object[]{"imp.baichay", "Trùng tên", "COMMUNITY_TEAM", "COMMUNE", "06673", "", "", "Tam-thoi-2021"},
                new Object[]{"imp.hanoi", "Ngoài tỉnh", "COMMUNITY_TEAM", "COMMUNE", "00001", "", "", "Tam-thoi-2021"},
                new Object[]{"imp.level", "Sai cấp", "COMMUNITY_TEAM", "THON", "06673", "", "", "Tam-thoi-2021"}));

        String first = importFile(admin, "users.xlsx", file);
        assertThat((String) JsonPath.read(first, "$.state")).isEqualTo("DONE");
        assertThat((Integer) JsonPath.read(first, "$.created")).isEqualTo(2);
        assertThat((Integer) JsonPath.read(first, "$.unchanged")).isZero();
        assertThat((Integer) JsonPath.read(first, "$.rowsWithErrors")).isEqualTo(6);
        List<Map<String, Object>> errors = JsonPath.read(first, "$.errors");
        assertThat(errors).extracting(e -> e.get("row") + ":" + e.get("column")).contains(
                "4:vai trò", "5:mã phạm vi", "6:mật khẩu tạm", "7:tên đăng nhập", "8:mã phạm vi", "9:cấp phạm vi");
        assertThat(jdbc.sql("select capture_code from access_user where username = 'imp.baichay'").query(String.class)
                .single()).as("Excel drops the leading zero; the import puts it back").isEqualTo("06673");
        assertThat(usersNamed("imp.badrole") + usersNamed("imp.badcode") + usersNamed("imp.shortpw")
                + usersNamed("imp.hanoi") + usersNamed("imp.level")).isZero();
        assertThat(jdbc.sql("select count(*) from access_audit where action = 'CREATE' and entity_type = 'user' and after->>'username' in ('imp.baichay', 'imp.school')")
                .query(Integer.class).single()).isEqualTo(2);
        signIn("imp.school", "Tam-thoi-2021");

        String second = importFile(admin, "users.xlsx", file);
        assertThat((Integer) JsonPath.read(second, "$.created")).isZero();
        assertThat((Integer) JsonPath.read(second, "$.unchanged")).isEqualTo(2);
        assertThat(usersNamed("imp.baichay")).isEqualTo(1);
    }

    @Test
    void a_csv_file_with_semicolons_and_vietnamese_role_names_is_accepted() throws Exception {
        String csv = "\uFEFFtên đăng nhập;họ tên;vai trò;cấp phạm vi;mã phạm vi;điện thoại;email;mật khẩu tạm\r\n"
                + "csv.kalong;\"Đội COVID; khu 3\";Tổ COVID cộng đồng;xã;06709;+84 912 000 111;;Tam-thoi-2021\r\n"
                + ";;;;;;;\r\n"
                + "csv.bad;Không vai trò;;COMMUNE;06709;;;Tam-thoi-2021\r\n";
        String job = importFile(admin(), "users.csv", csv.getBytes(StandardCharsets.UTF_8));
        assertThat((Integer) JsonPath.read(job, "$.created")).isEqualTo(1);
        assertThat((List<Object>) JsonPath.read(job, "$.errors[*].row")).containsOnly(4);
        var row = jdbc.sql("select full_name, role, phone from access_user where username = 'csv.kalong'").query().singleRow();
        assertThat(row.get("full_name")).isEqualTo("Đội COVID; khu 3");
        assertThat(row.get("role")).isEqualTo("COMMUNITY_TEAM");
        assertThat(row.get("phone")).isEqualTo("0912000111");
    }

    @Test
    void a_file_without_a_required_column_or_unreadable_is_refused_whole() throws Exception {
        String csv = "tên đăng nhập,họ tên,vai trò\r\nx.y.z,Ai đó,COMMUNITY_TEAM\r\n";
        mvc.perform(multipart("/api/v1/admin/users/import").file(new MockMultipartFile("file", "u.csv", "text/csv",
                        csv.getBytes(StandardCharsets.UTF_8))).with(as(admin())))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].message", hasItem(containsString("mã phạm vi"))));
        mvc.perform(multipart("/api/v1/admin/users/import").file(new MockMultipartFile("file", "u.xlsx",
                        "application/octet-stream", "PK not a workbook".getBytes(StandardCharsets.UTF_8))).with(as(admin())))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("file"));
        assertThat(usersNamed("x.y.z")).isZero();
    }

    @Test
    void an_excel_97_2003_file_or_garbage_is_refused_whole_with_what_to_do() throws Exception {
        mvc.perform(multipart("/api/v1/admin/users/import").file(new MockMultipartFile("file", "u.xls",
                        "application/vnd.ms-excel", new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, 0}))
                        .with(as(admin())))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("file"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString(".xlsx")));
        mvc.perform(multipart("/api/v1/admin/users/import").file(new MockMultipartFile("file", "u.csv", "text/csv",
                        new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, (byte) 0xFF})).with(as(admin())))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("file"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("UTF-8")));
    }

    @Test
    void the_template_has_the_vietnamese_headers() throws Exception {
        byte[] body = mvc.perform(get("/admin/users/import/template.xlsx").with(as(admin())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (var wb = new XSSFWorkbook(new ByteArrayInputStream(body))) {
            var header = wb.getSheetAt(0).getRow(0);
            for (int i = 0; i < HEADERS.size(); i++) {
                assertThat(header.getCell(i).getStringCellValue()).isEqualTo(HEADERS.get(i));
            }
        }
        mvc.perform(get("/admin/users/import/template.csv").with(as(admin())))
                .andExpect(content().string(containsString(String.join(",", HEADERS))));
    }

    @Test
    void the_result_page_and_the_errors_file_belong_to_the_administrator_who_imported() throws Exception {
        String admin = admin();
        String other = user("adm.import.other", Role.SYSTEM_ADMIN, Scope.of("PROVINCE", QUANG_NINH));
        byte[] file = xlsx(List.<Object[]>of(new Object[]{"page.bad", "Sai", "COMMUNITY_TEAM", "COMMUNE", "06673", "", "", "x"}));
        String job = importFile(admin, "bad.xlsx", file);
        String id = JsonPath.read(job, "$.id");
        mvc.perform(get("/admin/users/import/{id}", id).with(as(admin)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("mật khẩu tạm")));
        mvc.perform(get("/admin/users/import/{id}/errors.csv", id).with(as(admin)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("2,\"mật khẩu tạm\"")));
        mvc.perform(get("/admin/users/import/{id}", id).with(as(other))).andExpect(status().isNotFound());
        mvc.perform(get("/admin/users/import/{id}/errors.csv", id).with(as(other))).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/admin/users/import/{id}", id).with(as(other))).andExpect(status().isNotFound());
    }

    @Test
    void the_upload_page_starts_the_job_and_shows_its_result() throws Exception {
        String admin = admin();
        mvc.perform(get("/admin/users/import").with(as(admin)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("template.xlsx")));
        mvc.perform(multipart("/admin/users/import").with(as(admin)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Chưa chọn tệp")));
        byte[] file = xlsx(List.<Object[]>of(new Object[]{"page.upload", "Đỗ Văn Giang", "COMMUNITY_TEAM", "COMMUNE", "06922", "", "", "Tam-thoi-2021"}));
        String location = mvc.perform(multipart("/admin/users/import").file(new MockMultipartFile("file", "page.xlsx",
                        "application/octet-stream", file)).with(as(admin)))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        assertThat(location).startsWith("/admin/users/import/");
        for (int i = 0; i < 100 && usersNamed("page.upload") == 0; i++) {
            Thread.sleep(100);
        }
        assertThat(usersNamed("page.upload")).isEqualTo(1);
        mvc.perform(get(location).with(as(admin)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("page.xlsx")));
    }

    @Test
    void only_administrators_import_users() throws Exception {
        String station = user("tyt.import", Role.COMMUNE_HEALTH_STATION, Scope.of("COMMUNE", "06673"));
        byte[] file = xlsx(List.<Object[]>of(new Object[]{"sneaky.user", "X", "COMMUNITY_TEAM", "COMMUNE", "06673", "", "", "Tam-thoi-2021"}));
        mvc.perform(multipart("/api/v1/admin/users/import").file(new MockMultipartFile("file", "u.xlsx",
                        "application/octet-stream", file)).with(as(station)))
                .andExpect(status().isForbidden());
        mvc.perform(multipart("/admin/users/import").file(new MockMultipartFile("file", "u.xlsx",
                        "application/octet-stream", file)).with(as(station)))
                .andExpect(status().isForbidden());
        Thread.sleep(300);
        assertThat(usersNamed("sneaky.user")).isZero();
    }
}
