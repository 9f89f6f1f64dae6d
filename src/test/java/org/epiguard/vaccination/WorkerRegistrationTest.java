package org.epiguard.vaccination;

import com.jayway.jsonpath.JsonPath;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.epiguard.access.Role;
import org.epiguard.access.Scope;
import org.epiguard.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockMultipartFile;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Registering out-of-province workers: the form, field by field, and the list upload, row by row. */
class WorkerRegistrationTest extends IntegrationTest {

    static final String HEADER = "Số CCCD/CMND,Họ tên,Ngày sinh,Giới tính,Số điện thoại,Tỉnh quê quán,Mã xã nơi ở,Ngày bắt đầu làm việc,Ngày kết thúc\n";

    WorkerTestData data;
    long enterprise;
    String owner;

    @BeforeEach
    void enterprise() {
        data = new WorkerTestData(jdbc);
        enterprise = data.enterprise("Công ty Giày Bãi Cháy", "06673", "193");
        owner = user("workers.form." + enterprise, Role.ENTERPRISE, Scope.of("UNIT", Long.toString(enterprise)));
    }

    String form(String... fields) throws Exception {
        var request = post("/vaccination/workers").with(as(owner));
        for (int i = 0; i < fields.length; i += 2) {
            request.param(fields[i], fields[i + 1]);
        }
        return mvc.perform(request).andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
    }

    long people(String citizenId) {
        return jdbc.sql("select count(*) from people_person where citizen_id = :c").param("c", citizenId).query(Long.class).single();
    }

    @Test
    void the_form_registers_a_new_person_as_a_worker_of_the_enterprise_with_an_audit_record() throws Exception {
        String cid = data.citizenId();
        mvc.perform(post("/vaccination/workers").with(as(owner)).param("citizenId", cid).param("fullName", "Trịnh Văn Thanh")
                        .param("birth", "12/03/1990").param("sex", "M").param("phone", "0912 345 678")
                        .param("homeProvince", "38").param("startDate", "2021-09-01"))
                .andExpect(status().isFound()).andExpect(redirectedUrlPattern("/vaccination/workers?enterprise=" + enterprise + "&registered=*"));
        var person = jdbc.sql("select id, workplace_id, commune_code, occupation from people_person where citizen_id = :c")
                .param("c", cid).query().singleRow();
        assertThat(person.get("workplace_id")).isEqualTo(enterprise);
        assertThat(person.get("commune_code")).isEqualTo("06673");
        assertThat(person.get("occupation")).isEqualTo("FACTORY_WORKER");
        var worker = jdbc.sql("select id, home_province_code, source from vacc_worker where person_id = :p")
                .param("p", person.get("id")).query().singleRow();
        assertThat(worker.get("home_province_code")).isEqualTo("38");
        assertThat(jdbc.sql("select count(*) from access_audit where action = 'CREATE' and entity_type = 'vacc_worker' and entity_id = :id")
                .param("id", worker.get("id").toString()).query(Long.class).single()).isEqualTo(1);

        // the same period again adds nothing; an overlapping one is refused on the start date
        mvc.perform(post("/vaccination/workers").with(as(owner)).param("citizenId", cid).param("homeProvince", "Thanh Hóa")
                .param("startDate", "01/09/2021")).andExpect(status().isFound());
        assertThat(data.workers(enterprise)).isEqualTo(1);
        assertThat(form("citizenId", cid, "homeProvince", "38", "startDate", "01/10/2021")).contains("data-field=\"startDate\"");
        assertThat(data.workers(enterprise)).isEqualTo(1);
    }

    @Test
    void every_bad_field_of_the_form_is_named_and_nothing_is_written() throws Exception {
        String cid = data.citizenId();
        assertThat(form("citizenId", cid, "fullName", "Ngô Văn Quê", "birth", "1990", "startDate", "01/09/2021"))
                .contains("data-field=\"homeProvince\"");
        assertThat(form("citizenId", cid, "fullName", "Ngô Văn Quê", "birth", "1990", "homeProvince", "Atlantis", "startDate", "01/09/2021"))
                .contains("data-field=\"homeProvince\"", "Atlantis");
        assertThat(form("citizenId", cid, "fullName", "Ngô Văn Quê", "birth", "1990", "homeProvince", "Quảng Ninh", "startDate", "01/09/2021"))
                .contains("data-field=\"homeProvince\"");
        assertThat(form("citizenId", cid, "fullName", "Ngô Văn Quê", "birth", "1990", "homeProvince", "38"))
                .contains("data-field=\"startDate\"");
        assertThat(form("citizenId", cid, "fullName", "Ngô Văn Quê", "birth", "1990", "homeProvince", "38", "startDate", "31/02/2022"))
                .contains("data-field=\"startDate\"");
        assertThat(form("citizenId", cid, "fullName", "Ngô Văn Quê", "birth", "1990", "homeProvince", "38", "startDate", "01/09/2021",
                "endDate", "01/08/2021")).contains("data-field=\"endDate\"");
        assertThat(form("fullName", "Ngô Văn Quê", "birth", "1990", "homeProvince", "38", "startDate", "01/09/2021"))
                .contains("data-field=\"citizenId\"");
        // the people module's own checks: a CCCD whose birth year is not the person's, a missing name, a bad phone
        assertThat(form("citizenId", cid, "fullName", "Ngô Văn Quê", "birth", "1985", "sex", "M", "homeProvince", "38",
                "startDate", "01/09/2021")).contains("data-field=\"citizenId\"");
        assertThat(form("citizenId", cid, "birth", "1990", "homeProvince", "38", "startDate", "01/09/2021"))
                .contains("data-field=\"fullName\"");
        assertThat(form("citizenId", cid, "fullName", "Ngô Văn Quê", "birth", "1990", "phone", "12345", "homeProvince", "38",
                "startDate", "01/09/2021")).contains("data-field=\"phone\"");
        assertThat(people(cid)).isZero();
        assertThat(data.workers(enterprise)).isZero();
    }

    MockMultipartFile csv(String content) {
        return new MockMultipartFile("file", "lao-dong.csv", "text/csv", content.getBytes(StandardCharsets.UTF_8));
    }

    String upload(String user, MockMultipartFile file, int expect) throws Exception {
        return mvc.perform(multipart("/api/v1/vaccination/workers/uploads").file(file).param("enterprise", Long.toString(enterprise))
                .with(as(user))).andExpect(status().is(expect)).andReturn().getResponse().getContentAsString();
    }

    @Test
    void an_upload_keeps_the_good_rows_names_each_bad_row_and_field_and_adds_nothing_the_second_time() throws Exception {
        long known = data.worker("Đỗ Văn Đã Có", enterprise, "06673", "193");
        String knownId = jdbc.sql("select citizen_id from people_person where id = :p").param("p", known).query(String.class).single();
        String newId = data.citizenId();
        String other = data.citizenId();
        String content = HEADER
                + knownId + ",Đỗ Văn Đã Có,1990,Nam,,Nghệ An,,01/09/2021,\n"                         // row 2: existing person
                + newId + ",Hà Văn Mới,05/06/1990,Nam,0987654321,38,,15/09/2021,\n"                  // row 3: created
                + other + ",Hà Văn Tỉnh,1990,Nam,,Không Có Tỉnh,,01/09/2021,\n"                      // row 4: province
                + other + ",Hà Văn Tỉnh,1990,Nam,,Quảng Ninh,,01/09/2021,\n"                         // row 5: same province
                + other + ",Hà Văn Tỉnh,1990,Nam,,38,,32/13/2021,\n"                                 // row 6: start date
                + other + ",Hà Văn Tỉnh,1990,Nam,,38,,01/09/2021,01/01/2021\n"                       // row 7: end before start
                + ",Hà Văn Tỉnh,1990,Nam,,38,,01/09/2021,\n"                                         // row 8: no CCCD
                + other + ",,1990,Nam,,38,,01/09/2021,\n"                                            // row 9: no name (people)
                + other + ",Hà Văn Tỉnh,1990,Nam,,38,99999,01/09/2021,\n"                            // row 10: no such commune
                + "\n";
        String json = upload(owner, csv(content), 200);
        assertThat(JsonPath.<Integer>read(json, "$.rowsRead")).isEqualTo(9);
        assertThat(JsonPath.<Integer>read(json, "$.added")).isEqualTo(2);
        assertThat(JsonPath.<Integer>read(json, "$.rejected")).isEqualTo(7);
        assertThat(json).contains("\"row\":4,\"field\":\"homeProvince\"", "\"row\":5,\"field\":\"homeProvince\"",
                "\"row\":6,\"field\":\"startDate\"", "\"row\":7,\"field\":\"endDate\"", "\"row\":8,\"field\":\"citizenId\"",
                "\"row\":9,\"field\":\"fullName\"", "\"row\":10,\"field\":\"communeCode\"");
        assertThat(json).doesNotContain("\"row\":2,", "\"row\":3,");
        assertThat(data.workers(enterprise)).isEqualTo(2);
        assertThat(people(newId)).isEqualTo(1);
        assertThat(people(other)).isZero();
        assertThat(jdbc.sql("select count(*) from access_audit where action = 'IMPORT' and entity_type = 'vacc_worker_upload' and entity_id = :e")
                .param("e", Long.toString(enterprise)).query(Long.class).single()).isEqualTo(1);

        String again = upload(owner, csv(content), 200);
        assertThat(JsonPath.<Integer>read(again, "$.added")).isZero();
        assertThat(JsonPath.<Integer>read(again, "$.known")).isEqualTo(2);
        assertThat(data.workers(enterprise)).isEqualTo(2);
        assertThat(people(newId)).isEqualTo(1);

        // the page shows the same errors by row and field
        String page = mvc.perform(multipart("/vaccination/workers/upload").file(csv(content)).with(as(owner)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("data-row=\"4\"", "data-field=\"homeProvince\"");
        assertThat(mvc.perform(get("/vaccination/workers/upload").with(as(owner))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString()).contains("Tỉnh quê quán");
        assertThat(mvc.perform(get("/vaccination/workers/new").param("q", knownId).with(as(owner))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString()).contains("Đỗ Văn Đã Có");
    }

    @Test
    void an_xlsx_list_is_read_like_a_csv_and_a_file_without_the_needed_columns_is_refused() throws Exception {
        String cid = data.citizenId();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (var book = new XSSFWorkbook()) {
            var sheet = book.createSheet("DS");
            List<List<String>> rows = List.of(List.of("Số CCCD/CMND", "Họ và tên", "Năm sinh", "Tỉnh quê quán", "Ngày bắt đầu làm việc"),
                    List.of(cid, "Lý Thị Xlsx", "1990", "Thái Bình", "01/10/2021"));
            for (int r = 0; r < rows.size(); r++) {
                var row = sheet.createRow(r);
                for (int c = 0; c < rows.get(r).size(); c++) {
                    row.createCell(c).setCellValue(rows.get(r).get(c));
                }
            }
            book.write(out);
        }
        var xlsx = new MockMultipartFile("file", "ds.xlsx", "application/octet-stream", out.toByteArray());
        String json = upload(owner, xlsx, 200);
        assertThat(JsonPath.<Integer>read(json, "$.added")).isEqualTo(1);
        assertThat(jdbc.sql("select w.home_province_code from vacc_worker w join people_person p on p.id = w.person_id where p.citizen_id = :c")
                .param("c", cid).query(String.class).single()).isEqualTo("34");

        String refused = upload(owner, csv("Họ tên,Ngày sinh\nAi Đó,1990\n"), 400);
        assertThat(refused).contains("\"field\":\"file\"", "Tỉnh quê quán", "Ngày bắt đầu làm việc");
        String tooLong = HEADER + (data.citizenId() + ",Ai Đó,1990,Nam,,38,,01/09/2021,\n").repeat(2001);
        assertThat(upload(owner, csv(tooLong), 400)).contains("\"field\":\"file\"", "upload.tooMany", "2.000");
        assertThat(upload(owner, csv(""), 400)).contains("\"field\":\"file\"");
        assertThat(data.workers(enterprise)).isEqualTo(1);
    }

    @Test
    void another_enterprise_cannot_upload_for_this_one_and_a_district_may() throws Exception {
        long rivalUnit = data.enterprise("Công ty Đối Thủ", "06673", "193");
        String rival = user("workers.upload.rival." + rivalUnit, Role.ENTERPRISE, Scope.of("UNIT", Long.toString(rivalUnit)));
        String mongCai = user("workers.upload.mongcai", Role.DISTRICT_COMMAND, Scope.of("DISTRICT", "194"));
        String cid = data.citizenId();
        String content = HEADER + cid + ",Vương Văn Huyện,1990,Nam,,38,,01/09/2021,\n";
        upload(rival, csv(content), 404);
        upload(mongCai, csv(content), 404);
        assertThat(data.workers(enterprise)).isZero();
        assertThat(people(cid)).isZero();
        String haLong = user("workers.upload.halong", Role.DISTRICT_COMMAND, Scope.of("DISTRICT", "193"));
        assertThat(JsonPath.<Integer>read(upload(haLong, csv(content), 200), "$.added")).isEqualTo(1);
        assertThat(jdbc.sql("select workplace_id from people_person where citizen_id = :c").param("c", cid).query(Long.class).single())
                .isEqualTo(enterprise);
    }
}
