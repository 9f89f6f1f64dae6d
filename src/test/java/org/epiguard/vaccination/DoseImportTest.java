package org.epiguard.vaccination;

import org.epiguard.access.Role;
import org.epiguard.access.Scope;
import org.epiguard.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockMultipartFile;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class DoseImportTest extends IntegrationTest {

    static final String HEADER = "Số CCCD/CMND,Họ tên,Ngày sinh,Giới tính,Số điện thoại,Mã xã,Loại vắc xin,Số lô,Ngày tiêm,Mũi số,Nơi tiêm\n";

    long upload(String user, String csv) throws Exception {
        var file = new MockMultipartFile("file", "doses.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8));
        String body = mvc.perform(multipart("/api/v1/vaccination/doses/imports").file(file).with(as(user)))
                .andExpect(status().isAccepted()).andReturn().getResponse().getContentAsString();
        long id = Long.parseLong(body.replaceAll("(?s).*?\"id\":(\\d+).*", "$1"));
        for (int i = 0; i < 200 && !finished(id); i++) {
            Thread.sleep(100);
        }
        return id;
    }

    boolean finished(long id) {
        return jdbc.sql("select state in ('DONE', 'FAILED') from vacc_import_job where id = :id").param("id", id)
                .query(Boolean.class).single();
    }

    Map<String, Object> job(long id) {
        return jdbc.sql("select * from vacc_import_job where id = :id").param("id", id).query().singleRow();
    }

    @Test
    void bad_rows_are_rejected_by_row_and_field_while_good_rows_are_kept_and_a_second_upload_adds_nothing() throws Exception {
        String importer = user("doses.import.baichay", Role.COMMUNE_HEALTH_STATION, Scope.of("COMMUNE", "06673"));
        String u = Long.toString(System.nanoTime() % 100000);
        jdbc.sql("""
                        insert into people_person (citizen_id, full_name, birth_year, sex, province_code, district_code, commune_code)
                        values (:cid, 'Phan Văn Có Sổ', 1980, 'M', '22', '193', '06673')""")
                .param("cid", "0220800" + "%05d".formatted(Long.parseLong(u))).update();
        String cid = "0220800" + "%05d".formatted(Long.parseLong(u));
        String csv = HEADER
                + cid + ",Phan Văn Có Sổ,1980,Nam,,06673,AstraZeneca,A1,01/08/2021,1,Trạm Y tế Bãi Cháy\n"      // row 2 good
                + cid + ",Phan Văn Có Sổ,1980,Nam,,06673,Pfizer,P1,01/10/2021,2,\n"                              // row 3 good
                + ",Người Mới " + u + ",12/03/1990,Nữ,0912345678,06673,Vero Cell,V1,05/09/2021,1,\n"           // row 4 creates the person
                + ",Người Mới " + u + ",12/03/1990,Nữ,0912345678,06673,Vero Cell,V1,27/09/2021,2,\n"           // row 5 same new person
                + ",Ai Đó " + u + ",1990,Nam,,06673,NoSuchVaccine,X,05/09/2021,1,\n"                          // row 6 product
                + ",Ai Đó " + u + ",1990,Nam,,06673,Pfizer,X,31/02/2021,1,\n"                                 // row 7 date
                + ",Ai Đó " + u + ",1990,Nam,,06673,Pfizer,X,05/09/2021,9,\n"                                 // row 8 dose number
                + ",Ai Đó " + u + ",1990,Nam,,06709,Pfizer,X,05/09/2021,1,\n"                                 // row 9 commune outside
                + ",,,,,06673,Pfizer,X,05/09/2021,1,\n"                                                       // row 10 not creatable
                + cid + ",Phan Văn Có Sổ,1980,Nam,,06673,Moderna,M1,01/12/2021,2,\n";                         // row 11 conflicts row 3
        long first = upload(importer, csv);
        Map<String, Object> job = job(first);
        assertThat(job.get("state")).isEqualTo("DONE");
        assertThat(job.get("doses_added")).isEqualTo(4);
        assertThat(job.get("people_created")).isEqualTo(1);
        assertThat(job.get("rows_rejected")).isEqualTo(6);
        String errors = mvc.perform(get("/api/v1/vaccination/doses/imports/" + first + "/errors").with(as(importer)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(errors).contains("\"row\":6,\"field\":\"productCode\"", "\"row\":7,\"field\":\"doseDate\"",
                "\"row\":8,\"field\":\"doseNumber\"", "\"row\":9,\"field\":\"communeCode\"", "\"row\":10,\"field\":\"fullName\"",
                "\"row\":11,\"field\":\"doseNumber\"");
        String errorFile = mvc.perform(get("/vaccination/doses/imports/" + first + "/errors.csv").with(as(importer)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(errorFile).contains("Mã xã", "Loại vắc xin");
        assertThat(jdbc.sql("select count(*) from access_audit where action = 'IMPORT' and entity_type = 'vacc_import_job' and entity_id = :id")
                .param("id", String.valueOf(first)).query(Long.class).single()).isEqualTo(1);

        long again = upload(importer, csv);
        assertThat(job(again).get("doses_added")).isEqualTo(0);
        assertThat(job(again).get("same_as_job")).isEqualTo(first);
        long total = jdbc.sql("select count(*) from vacc_dose where import_id = :id").param("id", first).query(Long.class).single();
        assertThat(total).isEqualTo(4);

        String other = user("doses.import.kalong", Role.COMMUNE_HEALTH_STATION, Scope.of("COMMUNE", "06709"));
        mvc.perform(get("/api/v1/vaccination/doses/imports/" + first).with(as(other))).andExpect(status().isNotFound());
        mvc.perform(get("/vaccination/doses/imports/" + first + "/errors.csv").with(as(other))).andExpect(status().isNotFound());
        mvc.perform(get("/vaccination/doses/imports/" + first).with(as(importer))).andExpect(status().isOk());
    }

    @Test
    void another_communes_importer_cannot_write_doses_for_people_outside_their_scope() throws Exception {
        String other = user("doses.import.kalong2", Role.COMMUNE_HEALTH_STATION, Scope.of("COMMUNE", "06709"));
        String cid = "0220810" + "%05d".formatted(System.nanoTime() % 100000);
        long p = jdbc.sql("""
                        insert into people_person (citizen_id, full_name, birth_year, province_code, district_code, commune_code)
                        values (:cid, 'Lưu Văn Bãi Cháy', 1981, '22', '193', '06673') returning id""")
                .param("cid", cid).query(Long.class).single();
        long id = upload(other, HEADER + cid + ",Lưu Văn Bãi Cháy,1981,Nam,,06709,Pfizer,P,01/10/2021,1,\n");
        assertThat(job(id).get("doses_added")).isEqualTo(0);
        assertThat(jdbc.sql("select count(*) from vacc_dose where person_id = :p").param("p", p).query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select problem from vacc_import_error where job_id = :j").param("j", id).query(String.class).list())
                .containsExactly("PERSON_OUT_OF_SCOPE");
        String school = user("doses.import.school", Role.SCHOOL, Scope.of("COMMUNE", "06709"));
        var file = new MockMultipartFile("file", "d.csv", "text/csv", HEADER.getBytes(StandardCharsets.UTF_8));
        mvc.perform(multipart("/api/v1/vaccination/doses/imports").file(file).with(as(school))).andExpect(status().isForbidden());
    }

    long orgUnit(String name, String district, String commune) {
        return jdbc.sql("""
                        insert into geo_org_unit (unit_type, name, province_code, district_code, commune_code)
                        values ('HEALTH_STATION', :n, '22', :d, :c) returning id""")
                .param("n", name).param("d", district).param("c", commune).query(Long.class).single();
    }

    @Test
    void site_names_are_matched_to_organisation_units_without_case_or_diacritics_preferring_the_persons_commune()
            throws Exception {
        String importer = user("doses.import.sites", Role.COMMUNE_HEALTH_STATION, Scope.of("COMMUNE", "06673"));
        String u = Long.toString(System.nanoTime() % 1_000_000);
        long here = orgUnit("Điểm tiêm Nhà văn hoá " + u, "193", "06673");
        orgUnit("Điểm tiêm Nhà văn hoá " + u, "194", "06709");          // same name in Móng Cái
        long unique = orgUnit("Bệnh viện Dã chiến " + u, "194", "06709");  // only one, elsewhere
        String csv = HEADER
                + ",Hồ Văn Nơi Tiêm " + u + ",1970,Nam,,06673,Pfizer,S1,01/10/2021,1,diem tiem nha van hoa " + u + "\n"
                + ",Hồ Văn Nơi Tiêm " + u + ",1970,Nam,,06673,Pfizer,S1,25/10/2021,2,BỆNH VIỆN DÃ CHIẾN " + u + "\n"
                + ",Hồ Văn Nơi Tiêm " + u + ",1970,Nam,,06673,Pfizer,S1,25/01/2022,3,Lều tạm " + u + "\n";
        long id = upload(importer, csv);
        var sites = jdbc.sql("""
                        select dose_number, site_org_id, site_name from vacc_dose where import_id = :j order by dose_number""")
                .param("j", id).query().listOfRows();
        assertThat(sites).hasSize(3);
        assertThat(sites.get(0).get("site_org_id")).isEqualTo(here);
        assertThat(sites.get(1).get("site_org_id")).isEqualTo(unique);
        assertThat(sites.get(2).get("site_org_id")).isNull();
        assertThat(sites.get(2).get("site_name")).isEqualTo("Lều tạm " + u);
    }
}
