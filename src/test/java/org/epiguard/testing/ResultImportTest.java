package org.epiguard.testing;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.epiguard.access.Role;
import org.epiguard.platform.files.UploadedTable;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockMultipartFile;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Bulk result upload through the API and the pages, against the real database. */
class ResultImportTest extends TestingTestSupport {

    static final String HEADER = "Số CCCD/CMND,Họ tên,Ngày sinh,Giới tính,Số điện thoại,Mã xã,Mã mẫu,Mã mẫu gộp,"
            + "Loại xét nghiệm,Kết quả,Giá trị Ct,Thời gian lấy mẫu,Thời gian có kết quả,Đơn vị xét nghiệm\n";
    private static final AtomicLong CID = new AtomicLong(System.nanoTime() % 1_000_000_000L);

    static String cid() {
        return "0229" + "%08d".formatted(CID.incrementAndGet() % 100_000_000L);
    }

    long personWithId(String cid, String name, String commune, String district, Long workplace) {
        return jdbc.sql("""
                        insert into people_person (citizen_id, full_name, birth_year, sex, province_code, district_code,
                                                   commune_code, workplace_id)
                        values (:cid, :n, 1988, 'M', '22', :d, :c, :w) returning id""")
                .param("cid", cid).param("n", name).param("d", district).param("c", commune).param("w", workplace)
                .query(Long.class).single();
    }

    long upload(String user, String name, byte[] content) throws Exception {
        var file = new MockMultipartFile("file", name, "application/octet-stream", content);
        String body = mvc.perform(multipart("/api/v1/testing/results/imports").file(file).with(as(user)))
                .andExpect(status().isAccepted()).andReturn().getResponse().getContentAsString();
        long id = Long.parseLong(body.replaceAll("(?s).*?\"id\":(\\d+).*", "$1"));
        for (int i = 0; i < 300 && !finished(id); i++) {
            Thread.sleep(100);
        }
        return id;
    }

    long upload(String user, String csv) throws Exception {
        return upload(user, "results.csv", csv.getBytes(StandardCharsets.UTF_8));
    }

    boolean finished(long id) {
        return jdbc.sql("select state in ('DONE', 'FAILED') from testing_import_job where id = :id").param("id", id)
                .query(Boolean.class).single();
    }

    Map<String, Object> job(long id) {
        return jdbc.sql("select * from testing_import_job where id = :id").param("id", id).query().singleRow();
    }

    List<String> problems(long job) {
        return jdbc.sql("select row_no || ' ' || field || ' ' || problem from testing_import_error where job_id = :j order by row_no")
                .param("j", job).query(String.class).list();
    }

    /** The same rows as an XLSX workbook (cells split at commas), every cell text. */
    static byte[] xlsx(String csv) throws Exception {
        try (var wb = new XSSFWorkbook(); var out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.createSheet("Kết quả");
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

    @Test
    void every_bad_row_is_refused_by_row_and_field_good_rows_are_kept_and_uploading_again_adds_nothing() throws Exception {
        String tyt = communeUser(BAI_CHAY);
        long lab = unit("LABORATORY", "Phòng xét nghiệm nhập tệp", BAI_CHAY, HA_LONG);
        String u = Long.toString(System.nanoTime() % 1_000_000);
        String known = cid();
        long knownPerson = personWithId(known, "Vũ Văn Có Sổ " + u, BAI_CHAY, HA_LONG, null);
        long byName = person("Đỗ Thị Khớp Tên " + u, BAI_CHAY, HA_LONG);
        String resulted = sample(tyt, knownPerson, "SCREENING", hoursAgo(30), null, lab);
        postJson(tyt, "/api/v1/testing/results", resultJson("PCR_SINGLE", resulted, null, "NEGATIVE", null, hoursAgo(29)), 201);
        String waiting = sample(tyt, knownPerson, "SCREENING", hoursAgo(20), null, lab);
        String newBarcode = barcode();
        String t10 = hoursAgo(10);
        String t9 = hoursAgo(9);
        String csv = HEADER
                + known + ",,,,,,,,Test nhanh,Âm tính,,," + t9 + ",\n"                                                  // 2 good, found by ID
                + ",Mai Văn Mới " + u + ",12/03/1990,Nam,0912345678,06673," + newBarcode + ",,RT-PCR,Dương tính,24.5,"
                + t10 + "," + t9 + "," + lab + "\n"                                                                       // 3 good, new person
                + known + ",,,,,,,,XYZ,Âm tính,,," + t9 + ",\n"                                                         // 4 kind
                + known + ",,,,,,,,Test nhanh,,,," + t9 + ",\n"                                                         // 5 outcome
                + known + ",,,,,,,,Test nhanh,Âm tính,20,," + t9 + ",\n"                                                // 6 Ct on rapid
                + known + ",,,,,," + barcode() + ",,RT-PCR,Âm tính,75," + t10 + "," + t9 + "," + lab + "\n"             // 7 Ct range
                + known + ",,,,,,,,Test nhanh,Âm tính,,,31/02/2021 10:00,\n"                                            // 8 bad time
                + known + ",,,,,,,,Test nhanh,Âm tính,,,01/01/2099 10:00,\n"                                            // 9 future
                + known + ",,,,,," + barcode() + ",,RT-PCR,Âm tính,," + t9 + "," + t10 + "," + lab + "\n"               // 10 before collection
                + "12345,,,,,,,,Test nhanh,Âm tính,,," + t9 + ",\n"                                                     // 11 citizen ID
                + ",Ai Đó " + u + ",1990,Nam,,99999,,,Test nhanh,Âm tính,,," + t9 + ",\n"                               // 12 unknown commune
                + ",Ai Đó " + u + ",1990,Nam,,06709,,,Test nhanh,Âm tính,,," + t9 + ",\n"                               // 13 commune outside
                + known + ",,,,,,,,RT-PCR,Âm tính,,," + t9 + "," + lab + "\n"                                           // 14 PCR without barcode
                + ",,,,,,," + barcode() + ",RT-PCR gộp,Âm tính,,," + t9 + "," + lab + "\n"                              // 15 unknown pool
                + known + ",,,,,,a b,,Test nhanh,Âm tính,,," + t9 + ",\n"                                               // 16 bad barcode
                + known + ",,,,,,,,Test nhanh,Âm tính,,," + t9 + ",Không có đơn vị này " + u + "\n"                      // 17 unknown unit
                + ",Chỉ Có Tên " + u + ",,,,,,,Test nhanh,Âm tính,,," + t9 + ",\n"                                      // 18 person not creatable
                + ",Mai Văn Mới " + u + ",12/03/1990,Nam,0912345678,06673," + newBarcode + ",,RT-PCR,Âm tính,,"
                + t10 + "," + t9 + "," + lab + "\n"                                                                       // 19 conflicts row 3
                + known + ",,,,,," + barcode() + ",,RT-PCR,Âm tính,,," + t9 + "," + lab + "\n"                          // 20 no collection time
                + ",Ai Đó " + u + ",1990,Không rõ,,06673,,,Test nhanh,Âm tính,,," + t9 + ",\n"                          // 21 sex
                + known + ",,,,,," + resulted + ",,RT-PCR,Dương tính,,," + t9 + "," + lab + "\n"                        // 22 already resulted
                + known + ",,,,,," + barcode() + ",,RT-PCR,Âm tính,," + t10 + "," + t9 + ",\n"                          // 23 no unit for RT-PCR
                + ",,,,,," + waiting + ",,RT-PCR,Âm tính,,," + t9 + ",\n"                                               // 24 good, existing sample
                + ",Đỗ Thị Khớp Tên " + u + ",1990,,,06673,,,Tự test,Âm tính,,," + t9 + ",\n";                          // 25 good, matched by name
        long first = upload(tyt, csv);
        Map<String, Object> job = job(first);
        assertThat(job.get("state")).isEqualTo("DONE");
        assertThat(problems(first)).containsExactly(
                "4 kind UNKNOWN_VALUE", "5 outcome REQUIRED", "6 ctValue CT_ONLY_PCR", "7 ctValue CT_RANGE",
                "8 resultAt BAD_TIME", "9 resultAt FUTURE_TIME", "10 resultAt BEFORE_COLLECTION",
                "11 citizenId BAD_CITIZEN_ID", "12 communeCode UNKNOWN_COMMUNE", "13 communeCode COMMUNE_OUT_OF_SCOPE",
                "14 sampleBarcode REQUIRED", "15 poolBarcode POOL_NOT_FOUND", "16 sampleBarcode BAD_BARCODE",
                "17 unitId UNKNOWN_UNIT", "18 fullName PERSON_NOT_FOUND", "19 sampleBarcode IN_FILE_CONFLICT",
                "20 collectedAt REQUIRED", "21 sex BAD_SEX", "22 sampleBarcode ALREADY_RESULTED", "23 unitId REQUIRED");
        assertThat(job.get("results_added")).isEqualTo(4);
        assertThat(job.get("people_created")).isEqualTo(1);
        assertThat(job.get("samples_created")).isEqualTo(3);
        assertThat(job.get("rows_rejected")).isEqualTo(20);

        // the good rows are there: by ID, the new person with their sample, the existing sample, the person found by name
        assertThat(count("select count(*) from testing_test where person_id = :p and import_id is not null", knownPerson))
                .isEqualTo(2);
        assertThat(count("select count(*) from testing_test t join testing_sample s on s.id = t.sample_id where s.barcode = :p"
                + " and t.outcome = 'POSITIVE' and t.ct_value = 24.5 and t.unit_id is not null", newBarcode)).isEqualTo(1);
        assertThat(count("""
                select count(*) from people_person p join testing_sample s on s.person_id = p.id
                 where s.barcode = :p and p.phone = '0912345678' and p.birth_date = date '1990-03-12' and p.commune_code = '06673'""",
                newBarcode)).isEqualTo(1);
        assertThat(count("select count(*) from testing_test where person_id = :p and kind = 'RAPID_SELF'", byName)).isEqualTo(1);
        assertThat(count("select count(*) from people_person where full_name like :p", "Đỗ Thị Khớp Tên " + u)).isEqualTo(1);
        assertThat(count("select count(*) from access_audit where action = 'IMPORT' and entity_type = 'testing_import_job' and entity_id = :p",
                String.valueOf(first))).isEqualTo(1);

        // the error file and the API name the row, the column and the field
        String errors = getJson(tyt, "/api/v1/testing/results/imports/" + first + "/errors", 200);
        assertThat(errors).contains("\"row\":7,\"field\":\"ctValue\",\"column\":\"Giá trị Ct\"",
                "\"row\":22,\"field\":\"sampleBarcode\"");
        String errorFile = mvc.perform(get("/testing/results/imports/" + first + "/errors.csv").with(as(tyt)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        List<UploadedTable.Row> errorRows = UploadedTable.read(errorFile.getBytes(StandardCharsets.UTF_8)).rows();
        assertThat(errorRows).hasSize(21);
        assertThat(errorRows.get(4).cells()).startsWith("7", "Giá trị Ct", "ctValue", "75");

        // the same file again: nothing; the same rows as a workbook: all known, nothing added
        long again = upload(tyt, csv);
        assertThat(job(again).get("same_as_job")).isEqualTo(first);
        assertThat(job(again).get("results_added")).isEqualTo(0);
        long asWorkbook = upload(tyt, "results.xlsx", xlsx(csv));
        Map<String, Object> third = job(asWorkbook);
        assertThat(third.get("state")).isEqualTo("DONE");
        assertThat(third.get("results_added")).isEqualTo(0);
        assertThat(third.get("results_known")).isEqualTo(4);
        assertThat(third.get("people_created")).isEqualTo(0);
        assertThat(third.get("samples_created")).isEqualTo(0);
        assertThat(count("select count(*) from testing_test where person_id = :p", knownPerson)).isEqualTo(3);
    }

    @Test
    void the_other_bad_row_kinds_are_refused_by_row_and_field_too() throws Exception {
        String tyt = communeUser(BAI_CHAY);
        String neighbour = communeUser(HUNG_THANG);
        // sees the whole district, writes for its own commune only
        String mixed = "t.upload.mixed";
        users.ensure(mixed, Role.COMMUNE_HEALTH_STATION, org.epiguard.access.Scope.of("COMMUNE", BAI_CHAY),
                org.epiguard.access.Scope.of("DISTRICT", HA_LONG));
        long lab = unit("LABORATORY", "Phòng xét nghiệm lỗi khác", BAI_CHAY, HA_LONG);
        String u = Long.toString(System.nanoTime() % 1_000_000);
        String mine = cid();
        String other = cid();
        long me = personWithId(mine, "Tạ Văn Của Tôi " + u, BAI_CHAY, HA_LONG, null);
        personWithId(other, "Tạ Văn Người Khác " + u, BAI_CHAY, HA_LONG, null);
        person("Lý Thị Trùng Tên " + u, BAI_CHAY, HA_LONG);
        person("Lý Thị Trùng Tên " + u, BAI_CHAY, HA_LONG);
        String myWaiting = sample(tyt, me, "SCREENING", hoursAgo(20), null, lab);
        String overThere = sample(neighbour, person("Hà Văn Xã Bên " + u, HUNG_THANG, HA_LONG), "SCREENING", hoursAgo(20),
                null, lab);
        String t9 = hoursAgo(9);
        String csv = HEADER
                + mine + ",,,,12345,,,,Test nhanh,Âm tính,,," + t9 + ",\n"                                      // 2 phone
                + ",Ai Đó " + u + ",1800,Nam,,06673,,,Test nhanh,Âm tính,,," + t9 + ",\n"                       // 3 birth
                + mine + ",,,,,,," + barcode() + ",Test nhanh,Âm tính,,," + t9 + ",\n"                           // 4 pool code on a rapid test
                + mine + ",,,,,," + barcode() + ",,RT-PCR,Âm tính,,01/01/2019 10:00," + t9 + "," + lab + "\n"    // 5 too early
                + other + ",,,,,," + myWaiting + ",,RT-PCR,Âm tính,,," + t9 + ",\n"                              // 6 another person's sample
                + ",Lý Thị Trùng Tên " + u + ",1990,,,06673,,,Test nhanh,Âm tính,,," + t9 + ",\n"                 // 7 two people match
                + ",,,,,," + overThere + ",,RT-PCR,Âm tính,,," + t9 + ",\n"                                      // 8 seen, not writable
                + ",,,,,,,P!,RT-PCR gộp,Âm tính,,," + t9 + "," + lab + "\n"                                     // 9 pool code's form
                + mine.substring(0, 3) + " " + mine.substring(3, 6) + "." + mine.substring(6)
                + ",,,,,,,,Test nhanh,Dương tính,,," + t9 + ",\n";                                              // 10 good: CCCD with spaces and dots
        long id = upload(mixed, csv);
        assertThat(problems(id)).containsExactly("2 phone BAD_PHONE", "3 birth BAD_BIRTH", "4 poolBarcode NOT_A_POOL_TEST",
                "5 collectedAt TOO_EARLY", "6 sampleBarcode OTHER_PERSON", "7 fullName PERSON_AMBIGUOUS",
                "8 sampleBarcode OUT_OF_SCOPE", "9 poolBarcode BAD_BARCODE");
        assertThat(job(id).get("results_added")).isEqualTo(1);
        assertThat(count("select count(*) from testing_test where person_id = :p and kind = 'RAPID_PROFESSIONAL'", me))
                .isEqualTo(1);
        assertThat(count("select count(*) from testing_test t join testing_sample s on s.id = t.sample_id where s.barcode = :p",
                overThere)).isZero();
        assertThat(getJson(mixed, "/api/v1/testing/results/imports/" + id + "/errors", 200))
                .contains("Có 2 người trùng họ tên");
    }

    @Test
    void an_uploaded_positive_pool_orders_retests_and_a_negative_pool_gives_its_members_their_result() throws Exception {
        String tyt = communeUser(BAI_CHAY);
        long lab = unit("LABORATORY", "Phòng xét nghiệm gộp tệp", BAI_CHAY, HA_LONG);
        String labUser = unitUser(Role.LABORATORY, lab);
        long a = person("Nguyễn Văn Gộp Tệp Một", BAI_CHAY, HA_LONG);
        long b = person("Nguyễn Văn Gộp Tệp Hai", BAI_CHAY, HA_LONG);
        long c = person("Nguyễn Văn Gộp Tệp Ba", BAI_CHAY, HA_LONG);
        long d = person("Nguyễn Văn Gộp Tệp Bốn", BAI_CHAY, HA_LONG);
        String positive = pool(tyt, "LOW", hoursAgo(7), lab, sample(tyt, a, "SCREENING", hoursAgo(8), null, lab),
                sample(tyt, b, "SCREENING", hoursAgo(8), null, lab));
        String negative = pool(tyt, "LOW", hoursAgo(7), lab, sample(tyt, c, "SCREENING", hoursAgo(8), null, lab),
                sample(tyt, d, "SCREENING", hoursAgo(8), null, lab));
        long id = upload(labUser, HEADER
                + ",,,,,,," + positive + ",RT-PCR gộp,Dương tính,28.5,," + hoursAgo(3) + ",\n"
                + ",,,,,,," + negative + ",RT-PCR gộp,Âm tính,,," + hoursAgo(3) + ",\n");
        Map<String, Object> job = job(id);
        assertThat(problems(id)).isEmpty();
        assertThat(job.get("results_added")).isEqualTo(2);
        assertThat(job.get("retests_ordered")).isEqualTo(2);
        for (long member : List.of(a, b)) {
            assertThat(count("select count(*) from testing_retest_order where person_id = :p and resolved_test_id is null", member))
                    .isEqualTo(1);
            assertThat(count("select count(*) from testing_test where person_id = :p", member)).isZero();
        }
        for (long member : List.of(c, d)) {
            assertThat(count("""
                    select count(*) from testing_test where person_id = :p and kind = 'PCR_POOL' and outcome = 'NEGATIVE'
                       and from_pool_test_id is not null""", member)).isEqualTo(1);
        }
        String orders = getJson(tyt, "/api/v1/testing/retest-orders?toResample=true", 200);
        assertThat(orders).contains("\"personId\":" + a, "\"personId\":" + b, positive);

        // the retest result, uploaded too, clears the suspicion of the one person it is for
        String retest = sample(tyt, a, "F1", hoursAgo(2), null, lab);
        long second = upload(labUser, HEADER + ",,,,,," + retest + ",,RT-PCR,Âm tính,,," + hoursAgo(1) + ",\n");
        assertThat(problems(second)).isEmpty();
        assertThat(count("select count(*) from testing_retest_order where person_id = :p and resolved_test_id is null", a)).isZero();
        assertThat(count("select count(*) from testing_retest_order where person_id = :p and resolved_test_id is null", b)).isEqualTo(1);
    }

    @Test
    void a_schools_upload_writes_only_for_its_own_people_and_samples_raises_the_positive_rapid_alert_and_its_job_is_its_own()
            throws Exception {
        long schoolA = unit("SCHOOL", "Trường nhập tệp A", BAI_CHAY, HA_LONG);
        long schoolB = unit("SCHOOL", "Trường nhập tệp B", HUNG_THANG, HA_LONG);
        String a = unitUser(Role.SCHOOL, schoolA);
        String b = unitUser(Role.SCHOOL, schoolB);
        String u = Long.toString(System.nanoTime() % 1_000_000);
        String pupilOfB = cid();
        long ofB = personWithId(pupilOfB, "Học Sinh Trường B " + u, HUNG_THANG, HA_LONG, schoolB);
        String nobodysId = cid();
        long nobody = personWithId(nobodysId, "Người Không Thuộc Trường " + u, BAI_CHAY, HA_LONG, null);
        String sampleOfB = barcode();
        postJson(b, "/api/v1/testing/samples", """
                {"barcode": "%s", "personId": %d, "priority": "SCREENING", "collectedAt": "%s"}"""
                .formatted(sampleOfB, ofB, hoursAgo(5)), 201);
        String t = hoursAgo(2);
        long id = upload(a, HEADER
                + ",Học Sinh Mới " + u + ",2008,Nữ,,06676,,,Test nhanh,Dương tính,,," + t + ",\n"   // 2 new pupil of A, positive
                + ",,,,,," + sampleOfB + ",,Test nhanh,Âm tính,,," + t + ",\n"                      // 3 B's sample
                + pupilOfB + ",,,,,,,,Test nhanh,Âm tính,,," + t + ",\n"                            // 4 B's pupil
                + ",Học Sinh Khác " + u + ",2008,Nữ,,06676,,,Test nhanh,Âm tính,,," + t + "," + schoolB + "\n"  // 5 as B
                + nobodysId + ",,,,,,,,Test nhanh,Âm tính,,," + t + ",\n");                          // 6 not a pupil of A
        assertThat(problems(id)).containsExactly("3 sampleBarcode SAMPLE_NOT_YOURS", "4 citizenId PERSON_OUT_OF_SCOPE",
                "5 unitId UNIT_OUT_OF_SCOPE", "6 citizenId PERSON_OUT_OF_SCOPE");
        assertThat(count("select count(*) from testing_test where person_id = :p", nobody)).isZero();
        assertThat(count("select count(*) from testing_test where person_id = :p", ofB)).isZero();
        Map<String, Object> alert = jdbc.sql("""
                        select a.proposal, a.proposal_unit_id, a.commune_code, p.workplace_id
                          from testing_alert a join people_person p on p.id = a.person_id
                         where p.full_name = :n""").param("n", "Học Sinh Mới " + u).query().singleRow();
        assertThat(alert.get("proposal")).isEqualTo("UNIT");
        assertThat(alert.get("proposal_unit_id")).isEqualTo(schoolA);
        assertThat(alert.get("commune_code")).isEqualTo(HUNG_THANG);
        assertThat(alert.get("workplace_id")).isEqualTo(schoolA);
        assertThat(job(id).get("alerts_raised")).isEqualTo(1);
        // the district command centre sees the alert, as for a single entry
        assertThat(getJson(districtUser(HA_LONG), "/api/v1/testing/alerts", 200)).contains("Học Sinh Mới " + u);

        // another user sees neither the job nor its error file
        for (String other : List.of(b, communeUser(BAI_CHAY))) {
            mvc.perform(get("/api/v1/testing/results/imports/" + id).with(as(other))).andExpect(status().isNotFound());
            mvc.perform(get("/api/v1/testing/results/imports/" + id + "/errors").with(as(other))).andExpect(status().isNotFound());
            mvc.perform(get("/testing/results/imports/" + id + "/errors.csv").with(as(other))).andExpect(status().isNotFound());
            mvc.perform(get("/testing/results/imports/" + id).with(as(other))).andExpect(status().isNotFound());
            assertThat(getJson(other, "/api/v1/testing/results/imports", 200)).doesNotContain("\"id\":" + id + ",");
        }
        mvc.perform(get("/testing/results/imports/" + id).with(as(a))).andExpect(status().isOk());
        // a community team reads results but does not upload them
        String team = user("t.team.upload", Role.COMMUNITY_TEAM, org.epiguard.access.Scope.of("COMMUNE", BAI_CHAY));
        var file = new MockMultipartFile("file", "r.csv", "text/csv", HEADER.getBytes(StandardCharsets.UTF_8));
        mvc.perform(multipart("/api/v1/testing/results/imports").file(file).with(as(team))).andExpect(status().isForbidden());
    }

    @Test
    void a_file_without_the_needed_columns_is_refused_whole_and_the_templates_have_the_vietnamese_headers() throws Exception {
        String tyt = communeUser(BAI_CHAY);
        long id = upload(tyt, "Họ tên,Kết quả\nAi Đó,Âm tính\n");
        assertThat(job(id).get("state")).isEqualTo("FAILED");
        assertThat(getJson(tyt, "/api/v1/testing/results/imports/" + id, 200))
                .contains("Tệp thiếu cột: Loại xét nghiệm, Thời gian có kết quả");
        String template = mvc.perform(get("/testing/results/import/template.csv").with(as(tyt))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(template).startsWith("\uFEFF" + HEADER.strip());
        byte[] workbook = mvc.perform(get("/testing/results/import/template.xlsx").with(as(tyt))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(UploadedTable.read(workbook).rows().getFirst().cells()).containsExactlyElementsOf(
                List.of(HEADER.strip().split(",")));
        mvc.perform(get("/testing/results/import").with(as(tyt))).andExpect(status().isOk());
    }
}
