package org.epiguard.vaccination;

import org.epiguard.access.Role;
import org.epiguard.access.Scope;
import org.epiguard.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.epiguard.vaccination.ProductCatalogueTest.errorOf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** A person's vaccination page: the person, the status today, the doses, and the dose form over DoseEntry; scopes. */
class PersonVaccinationPageTest extends IntegrationTest {

    static final String BAI_CHAY = "06673";
    static final String KA_LONG = "06709";

    String station() {
        return user("vpage.tyt.baichay", Role.COMMUNE_HEALTH_STATION, Scope.of("COMMUNE", BAI_CHAY));
    }

    long person(String name, String commune, String district) {
        return jdbc.sql("""
                        insert into people_person (citizen_id, full_name, birth_date, birth_year, sex, province_code,
                                                   district_code, commune_code, address_text)
                        values (:cid, :n, date '1968-04-09', 1968, 'F', '22', :d, :c, 'Tổ 5, khu 3') returning id""")
                .param("cid", "0221680" + "%05d".formatted(System.nanoTime() % 100_000)).param("n", name)
                .param("c", commune).param("d", district).query(Long.class).single();
    }

    String page(String user, long person) throws Exception {
        return mvc.perform(get("/vaccination/people/" + person).with(as(user)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    MockHttpServletRequestBuilder dose(String user, long person, String product, String lot, String date, String number) {
        return post("/vaccination/people/" + person + "/doses").param("productCode", product).param("lot", lot)
                .param("doseDate", date).param("doseNumber", number).with(as(user));
    }

    String refused(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    long doses(long person) {
        return jdbc.sql("select count(*) from vacc_dose where person_id = :p").param("p", person).query(Long.class).single();
    }

    long healthStationOf(String commune) {
        return jdbc.sql("""
                        select id from geo_org_unit where unit_type = 'HEALTH_STATION' and commune_code = :c and active
                         order by id limit 1""").param("c", commune).query(Long.class).single();
    }

    @Test
    void the_page_shows_the_person_the_status_today_and_a_form_prefilled_with_the_next_dose() throws Exception {
        long p = person("Đoàn Thị Trang Tiêm", BAI_CHAY, "193");
        String html = page(station(), p);
        assertThat(html).contains("Đoàn Thị Trang Tiêm", "09/04/1968", "Tổ 5, khu 3", "Phường Bãi Cháy",
                "Chưa tiêm", "data-test=\"dose-form\"", "Chưa có mũi tiêm nào");
        assertThat(html).containsPattern("name=\"doseNumber\"[^>]*value=\"1\"");
        assertThat(html).contains("<option value=\"PFIZER\">Pfizer-BioNTech (Comirnaty)</option>");
        assertThat(html).containsPattern("<option value=\"" + healthStationOf(BAI_CHAY) + "\" selected=\"selected\">Trạm Y tế");

        mvc.perform(dose(station(), p, "ASTRAZENECA", "AZ-0712", "02/08/2021", "1")
                        .param("siteOrgId", Long.toString(healthStationOf(BAI_CHAY))))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/vaccination/people/" + p + "?recorded=1"));
        html = page(station(), p);
        var row = Pattern.compile("<tr data-dose=\"1\">(.*?)</tr>", Pattern.DOTALL).matcher(html);
        assertThat(row.find()).isTrue();
        assertThat(row.group(1)).contains("02/08/2021", "AstraZeneca (Vaxzevria)", "AZ-0712", "Trạm Y tế", "Nhập tay");
        assertThat(html).contains("Đã tiêm 1 mũi (chưa đủ liều cơ bản)");
        assertThat(html).containsPattern("name=\"doseNumber\"[^>]*value=\"2\"");
        assertThat(html).containsPattern("<option value=\"ASTRAZENECA\" selected=\"selected\">");
        assertThat(jdbc.sql("select count(*) from access_audit where entity_type = 'vacc_dose' and after->>'personId' = :p")
                .param("p", String.valueOf(p)).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void every_bad_field_of_the_form_is_shown_beside_it_and_nothing_is_written() throws Exception {
        long p = person("Lưu Văn Nhập Sai", BAI_CHAY, "193");
        assertThat(errorOf(refused(dose(station(), p, "", "L1", "01/10/2021", "1")), "productCode")).contains("Bắt buộc");
        assertThat(errorOf(refused(dose(station(), p, "NO_SUCH", "L1", "01/10/2021", "1")), "productCode"))
                .contains("Không có loại vắc xin");
        assertThat(errorOf(refused(dose(station(), p, "PFIZER", "L1", "31/02/2021", "1")), "doseDate"))
                .contains("không hợp lệ");
        assertThat(errorOf(refused(dose(station(), p, "PFIZER", "L1", "", "1")), "doseDate")).contains("Bắt buộc");
        assertThat(errorOf(refused(dose(station(), p, "PFIZER", "L1", "01/01/2099", "1")), "doseDate"))
                .contains("sau hôm nay");
        assertThat(errorOf(refused(dose(station(), p, "PFIZER", "L".repeat(41), "01/10/2021", "1")), "lot"))
                .contains("40");
        assertThat(errorOf(refused(dose(station(), p, "PFIZER", "L1", "01/10/2021", "mot")), "doseNumber"))
                .contains("từ 1 đến 6");
        assertThat(errorOf(refused(dose(station(), p, "PFIZER", "L1", "01/10/2021", "7")), "doseNumber"))
                .contains("từ 1 đến 6");
        String elsewhere = refused(dose(station(), p, "PFIZER", "L1", "01/10/2021", "1")
                .param("siteOrgId", Long.toString(healthStationOf(KA_LONG))));
        assertThat(errorOf(elsewhere, "siteOrgId")).contains("nơi tiêm");
        String two = refused(dose(station(), p, "", "L1", "31/02/2021", "1"));
        assertThat(errorOf(two, "productCode")).isNotNull();
        assertThat(errorOf(two, "doseDate")).isNotNull();
        assertThat(two).as("the form keeps what was typed").contains("value=\"31/02/2021\"");
        assertThat(doses(p)).isZero();
    }

    @Test
    void a_short_interval_asks_for_confirmation_and_is_saved_once_confirmed() throws Exception {
        long p = person("Hồ Văn Khoảng Ngắn", BAI_CHAY, "193");
        mvc.perform(dose(station(), p, "ASTRAZENECA", "A1", "01/08/2021", "")).andExpect(status().is3xxRedirection());
        String warned = refused(dose(station(), p, "ASTRAZENECA", "A2", "01/09/2021", "2"));
        assertThat(errorOf(warned, "doseDate")).contains("Chỉ cách mũi trước 31 ngày", "56 ngày");
        assertThat(warned).contains("data-test=\"confirm\"", "name=\"confirmShortInterval\"");
        assertThat(doses(p)).isEqualTo(1);
        String notConfirmable = refused(dose(station(), p, "", "A2", "01/09/2021", "2"));
        assertThat(notConfirmable).doesNotContain("data-test=\"confirm\"");
        mvc.perform(dose(station(), p, "ASTRAZENECA", "A2", "01/09/2021", "2").param("confirmShortInterval", "true"))
                .andExpect(status().is3xxRedirection());
        assertThat(doses(p)).isEqualTo(2);
        assertThat(page(station(), p)).contains("Đã tiêm đủ liều cơ bản");
    }

    @Test
    void a_person_outside_the_view_scope_is_404_and_outside_the_capture_scope_403_with_nothing_written() throws Exception {
        long p = person("Vương Thị Phạm Vi", BAI_CHAY, "193");
        String kaLong = user("vpage.tyt.kalong", Role.COMMUNE_HEALTH_STATION, Scope.of("COMMUNE", KA_LONG));
        mvc.perform(get("/vaccination/people/" + p).with(as(kaLong))).andExpect(status().isNotFound());
        mvc.perform(dose(kaLong, p, "PFIZER", "P1", "01/10/2021", "1")).andExpect(status().isNotFound());
        mvc.perform(get("/vaccination/people/" + p).with(as(user("vpage.ttch.mongcai", Role.DISTRICT_COMMAND,
                Scope.of("DISTRICT", "194"))))).andExpect(status().isNotFound());

        String viewer = "vpage.district.viewer";
        users.ensure(viewer, Role.DISTRICT_COMMAND, Scope.of("COMMUNE", KA_LONG), Scope.of("DISTRICT", "193"));
        String seen = page(viewer, p);
        assertThat(seen).contains("Vương Thị Phạm Vi").doesNotContain("data-test=\"dose-form\"");
        mvc.perform(dose(viewer, p, "PFIZER", "P1", "01/10/2021", "1")).andExpect(status().isForbidden());
        String team = user("vpage.tocovid", Role.COMMUNITY_TEAM, Scope.of("COMMUNE", BAI_CHAY));
        assertThat(page(team, p)).doesNotContain("data-test=\"dose-form\"");
        mvc.perform(dose(team, p, "PFIZER", "P1", "01/10/2021", "1")).andExpect(status().isForbidden());
        assertThat(doses(p)).isZero();
    }

    @Test
    void the_persons_page_and_the_outreach_list_link_to_the_vaccination_page() throws Exception {
        long village = jdbc.sql("""
                        insert into geo_village (province_code, district_code, commune_code, village_type, name)
                        values ('22', '193', '06673', 'KHU', :n) returning id""").param("n", "Liên Kết " + System.nanoTime())
                .query(Long.class).single();
        long p = person("Kiều Văn Liên Kết", BAI_CHAY, "193");
        jdbc.sql("update people_person set village_id = :v where id = :p").param("v", village).param("p", p).update();
        mvc.perform(dose(station(), p, "VERO_CELL", "V1", "01/09/2021", "1")).andExpect(status().is3xxRedirection());
        String personPage = mvc.perform(get("/people/" + p).with(as(station())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(personPage).contains("href=\"/vaccination/people/" + p + "\"", "Đã tiêm 1 mũi (chưa đủ liều cơ bản) · 1 mũi");
        String list = mvc.perform(get("/vaccination/outreach?commune=" + BAI_CHAY + "&village=" + village)
                        .with(as(station())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(list).contains("href=\"/vaccination/people/" + p + "\"");
    }
}
