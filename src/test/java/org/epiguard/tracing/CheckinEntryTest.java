package org.epiguard.tracing;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockMultipartFile;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Check-ins arrive by JSON batch and by file: checked by item (row) and field, written once, within the sender's scope. */
class CheckinEntryTest extends CheckinTestSupport {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void a_batch_writes_its_good_items_and_names_the_item_and_field_of_each_bad_one() throws Exception {
        String station = communeUser(BAI_CHAY);
        long person = person("Nguyễn Văn Quét", BAI_CHAY, HA_LONG);
        String cid = citizenId();
        long byCid = personWithCitizenId(cid, BAI_CHAY, HA_LONG);
        long venue = venue("MARKET", BAI_CHAY, HA_LONG);
        String body = postJson(station, "/api/v1/tracing/checkins", """
                {"items": [
                  {"personId": "%1$d", "venueId": "%2$d", "checkedInAt": "07/08/2021 10:15"},
                  {"citizenId": "%3$s", "venueId": "%2$d", "checkedInAt": "2021-08-07T10:20:00+07:00"},
                  {"personId": "abc", "venueId": "%2$d", "checkedInAt": "07/08/2021 10:15"},
                  {"personId": "999999999", "venueId": "%2$d", "checkedInAt": "07/08/2021 10:15"},
                  {"venueId": "%2$d", "checkedInAt": "07/08/2021 10:15"},
                  {"citizenId": "123", "venueId": "%2$d", "checkedInAt": "07/08/2021 10:15"},
                  {"personId": "%1$d", "checkedInAt": "07/08/2021 10:15"},
                  {"personId": "%1$d", "venueId": "x1", "checkedInAt": "07/08/2021 10:15"},
                  {"personId": "%1$d", "venueId": "999999999", "checkedInAt": "07/08/2021 10:15"},
                  {"personId": "%1$d", "venueId": "%2$d", "checkedInAt": "31/02/2021 10:15"},
                  {"personId": "%1$d", "venueId": "%2$d", "checkedInAt": "07/08/2031 10:15"},
                  {"personId": "%1$d", "venueId": "%2$d", "checkedInAt": "01/01/2019 10:15"},
                  {"personId": "%1$d", "venueId": "%2$d"}
                ]}""".formatted(person, venue, cid), 200);
        JsonNode answer = JSON.readTree(body);
        assertThat(answer.get("received").asInt()).isEqualTo(13);
        assertThat(answer.get("added").asInt()).isEqualTo(2);
        assertThat(answer.get("rejected").asInt()).isEqualTo(11);
        List<String> problems = new ArrayList<>();
        answer.get("problems").forEach(p -> problems.add(p.get("field").asString() + " " + p.get("code").asString()));
        assertThat(problems).containsExactlyInAnyOrder(
                "items[2].personId FORMAT", "items[3].personId NOT_FOUND", "items[4].personId REQUIRED",
                "items[5].citizenId FORMAT", "items[6].venueId REQUIRED", "items[7].venueId FORMAT",
                "items[8].venueId NOT_FOUND", "items[9].checkedInAt FORMAT", "items[10].checkedInAt FUTURE",
                "items[11].checkedInAt TOO_EARLY", "items[12].checkedInAt REQUIRED");
        assertThat(count("select count(*) from tracing_checkin where venue_id = :p", venue)).isEqualTo(2);
        assertThat(jdbc.sql("""
                        select commune_code || ' ' || to_char(checked_in_at at time zone 'Asia/Ho_Chi_Minh', 'DD/MM/YYYY HH24:MI')
                          from tracing_checkin where person_id = :p""").param("p", byCid).query(String.class).single())
                .isEqualTo(BAI_CHAY + " 07/08/2021 10:20");

        String again = postJson(station, "/api/v1/tracing/checkins", """
                {"items": [{"personId": %d, "venueId": %d, "checkedInAt": "2021-08-07T03:15:00Z"}]}"""
                .formatted(person, venue), 200);
        assertThat(JSON.readTree(again).get("added").asInt()).isZero();
        assertThat(JSON.readTree(again).get("known").asInt()).isEqualTo(1);
        assertThat(count("select count(*) from tracing_checkin where venue_id = :p", venue)).isEqualTo(2);
        assertThat(count("select count(*) from access_audit where entity_type = 'tracing_checkin' and username = :p", station))
                .isPositive();
    }

    @Test
    void an_empty_batch_names_the_items_field() throws Exception {
        String body = postJson(communeUser(BAI_CHAY), "/api/v1/tracing/checkins", "{\"items\": []}", 400);
        assertThat(body).contains("\"field\":\"items\"").contains("REQUIRED");
    }

    @Test
    void a_batch_of_more_than_ten_thousand_check_ins_is_refused_by_its_items_field() throws Exception {
        String item = "{\"personId\": 1, \"venueId\": 1, \"checkedInAt\": \"07/08/2021 10:15\"}";
        String body = postJson(communeUser(BAI_CHAY), "/api/v1/tracing/checkins",
                "{\"items\": [" + String.join(",", java.util.Collections.nCopies(10_001, item)) + "]}", 400);
        assertThat(body).contains("\"field\":\"items\"").contains("TOO_MANY");
    }

    @Test
    void a_merge_moves_the_duplicates_check_ins_to_the_survivor_once() throws Exception {
        String station = communeUser(BAI_CHAY);
        long survivor = person("Nguyễn Thị Gộp", BAI_CHAY, HA_LONG);
        long duplicate = person("Nguyễn Thị Gộp", BAI_CHAY, HA_LONG);
        long venue = venue("VENUE", BAI_CHAY, HA_LONG);
        checkin(survivor, venue, "2021-08-07T10:15:00+07:00");
        checkin(duplicate, venue, "2021-08-07T10:15:00+07:00");
        checkin(duplicate, venue, "2021-08-08T10:15:00+07:00");
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/api/v1/people/{id}/merge", survivor)
                        .with(as(station)).contentType(org.springframework.http.MediaType.APPLICATION_JSON)
                        .content("{\"duplicateId\":" + duplicate + "}"))
                .andExpect(status().isOk());
        assertThat(count("select count(*) from tracing_checkin where person_id = :p", survivor)).isEqualTo(2);
        assertThat(count("select count(*) from tracing_checkin where person_id = :p", duplicate)).isZero();
    }

    @Test
    void a_venue_of_another_commune_refuses_the_whole_batch_and_writes_nothing() throws Exception {
        long person = person("Lê Thị Ngoài", KA_LONG, MONG_CAI);
        long own = venue("VENUE", KA_LONG, MONG_CAI);
        long elsewhere = venue("VENUE", BAI_CHAY, HA_LONG);
        postJson(communeUser(KA_LONG), "/api/v1/tracing/checkins", """
                {"items": [{"personId": %1$d, "venueId": %2$d, "checkedInAt": "07/08/2021 10:15"},
                           {"personId": %1$d, "venueId": %3$d, "checkedInAt": "07/08/2021 11:15"}]}"""
                .formatted(person, own, elsewhere), 403);
        assertThat(count("select count(*) from tracing_checkin where person_id = :p", person)).isZero();
        // a district of another district likewise
        postJson(districtUser(MONG_CAI), "/api/v1/tracing/checkins", """
                {"items": [{"personId": %d, "venueId": %d, "checkedInAt": "07/08/2021 11:15"}]}"""
                .formatted(person, elsewhere), 403);
        assertThat(count("select count(*) from tracing_checkin where person_id = :p", person)).isZero();
    }

    @Test
    void a_persons_checkins_are_read_only_at_venues_inside_the_readers_scope() throws Exception {
        long person = person("Phạm Văn Đọc", BAI_CHAY, HA_LONG);
        long venue = venue("SUPERMARKET", BAI_CHAY, HA_LONG);
        checkin(person, venue, "2021-08-07T10:15:00+07:00");
        String path = "/api/v1/tracing/checkins?personId=" + person;
        assertThat(getJson(communeUser(BAI_CHAY), path, 200)).contains("\"venueId\":" + venue);
        assertThat(getJson(districtUser(HA_LONG), path, 200)).contains("\"venueId\":" + venue);
        assertThat(getJson(communeUser(KA_LONG), path, 200)).isEqualTo("[]");
        assertThat(getJson(communeUser(HUNG_THANG), path, 200)).isEqualTo("[]");
        assertThat(getJson(districtUser(MONG_CAI), path, 200)).isEqualTo("[]");
    }

    @Test
    void a_file_is_imported_in_the_background_with_errors_by_row_and_field_and_the_same_file_again_adds_nothing()
            throws Exception {
        String station = communeUser(BAI_CHAY);
        long a = person("Hoàng Văn Tệp", BAI_CHAY, HA_LONG);
        String cid = citizenId();
        long b = personWithCitizenId(cid, BAI_CHAY, HA_LONG);
        long venue = venue("MARKET", BAI_CHAY, HA_LONG);
        long otherDistrict = venue("MARKET", KA_LONG, MONG_CAI);
        String csv = """
                Mã người,Số CCCD/CMND,Mã địa điểm,Thời điểm check-in
                %1$d,,%2$d,07/08/2021 10:15
                ,%3$s,%2$d,07/08/2021 10:20
                %1$d,,%2$d,07/08/2021 10:15
                xyz,,%2$d,07/08/2021 10:15
                %1$d,,%4$d,07/08/2021 10:15
                %1$d,,%2$d,7 giờ sáng
                """.formatted(a, venue, cid, otherDistrict);
        long job = upload(station, "checkins.csv", csv.getBytes(StandardCharsets.UTF_8));
        Map<String, Object> done = job(job);
        assertThat(done.get("state")).isEqualTo("DONE");
        assertThat(done.get("rows_read")).isEqualTo(6);
        assertThat(done.get("checkins_added")).isEqualTo(2);
        assertThat(done.get("checkins_known")).isEqualTo(1);
        assertThat(done.get("rows_rejected")).isEqualTo(3);
        assertThat(problems(job)).containsExactly("5 personId FORMAT", "6 venueId OUT_OF_SCOPE", "7 checkedInAt FORMAT");
        assertThat(count("select count(*) from tracing_checkin where person_id = :p", b)).isEqualTo(1);
        mvc.perform(get("/tracing/checkins/imports/" + job + "/errors.csv").with(as(station)))
                .andExpect(status().isOk()).andExpect(content().string(org.hamcrest.Matchers.containsString("Mã người")));
        // only the owner sees the job
        mvc.perform(get("/api/v1/tracing/checkins/imports/" + job).with(as(communeUser(KA_LONG)))).andExpect(status().isNotFound());
        mvc.perform(get("/tracing/checkins/imports/" + job).with(as(station))).andExpect(status().isOk());

        long again = upload(station, "checkins-again.csv", csv.getBytes(StandardCharsets.UTF_8));
        assertThat(job(again).get("same_as_job")).isEqualTo(job);
        assertThat(job(again).get("checkins_added")).isEqualTo(0);
        assertThat(count("select count(*) from tracing_checkin where venue_id = :p", venue)).isEqualTo(2);

        // the same rows in a workbook (another file): nothing new, each row known
        long xlsx = upload(station, "checkins.xlsx", xlsx(csv));
        assertThat(job(xlsx).get("checkins_added")).isEqualTo(0);
        assertThat(job(xlsx).get("checkins_known")).isEqualTo(3);
        assertThat(problems(xlsx)).containsExactly("5 personId FORMAT", "6 venueId OUT_OF_SCOPE", "7 checkedInAt FORMAT");
    }

    @Test
    void a_file_without_the_needed_columns_fails_with_the_reason() throws Exception {
        long job = upload(communeUser(BAI_CHAY), "bad.csv", "Họ tên,Ngày\nA,01/01/2021\n".getBytes(StandardCharsets.UTF_8));
        assertThat(job(job).get("state")).isEqualTo("FAILED");
        assertThat(job(job).get("failure")).isEqualTo("tracing.checkins.import.missingColumns");
    }

    @Test
    void the_templates_carry_the_headers_the_import_reads() throws Exception {
        String station = communeUser(BAI_CHAY);
        mvc.perform(get("/tracing/checkins/import/template.csv").with(as(station))).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Mã người,Số CCCD/CMND,Mã địa điểm,Thời điểm check-in")));
        mvc.perform(get("/tracing/checkins/import/template.xlsx").with(as(station))).andExpect(status().isOk());
        mvc.perform(get("/tracing/checkins/import").with(as(station))).andExpect(status().isOk());
    }

    long upload(String user, String name, byte[] content) throws Exception {
        var file = new MockMultipartFile("file", name, "application/octet-stream", content);
        String body = mvc.perform(multipart("/api/v1/tracing/checkins/imports").file(file).with(as(user)))
                .andExpect(status().isAccepted()).andReturn().getResponse().getContentAsString();
        long id = JSON.readTree(body).get("id").asLong();
        for (int i = 0; i < 300 && !finished(id); i++) {
            Thread.sleep(100);
        }
        return id;
    }

    boolean finished(long id) {
        return jdbc.sql("select state in ('DONE', 'FAILED') from tracing_checkin_import_job where id = :id").param("id", id)
                .query(Boolean.class).single();
    }

    Map<String, Object> job(long id) {
        return jdbc.sql("select * from tracing_checkin_import_job where id = :id").param("id", id).query().singleRow();
    }

    List<String> problems(long job) {
        return jdbc.sql("select row_no || ' ' || field || ' ' || problem from tracing_checkin_import_error where job_id = :j order by row_no")
                .param("j", job).query(String.class).list();
    }

    static byte[] xlsx(String csv) throws Exception {
        try (var wb = new XSSFWorkbook(); var out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.createSheet("Check-in");
            String[] lines = csv.split("\n");
            for (int r = 0; r < lines.length; r++) {
                Row row = sheet.createRow(r);
                String[] cells = lines[r].split(",", -1);
                for (int c = 0; c < cells.length; c++) {
                    row.createCell(c).setCellValue(cells[c]);
                }
            }
            wb.write(out);
            return out.toByteArray();
        }
    }
}
