package org.epiguard.isolation;

import com.fasterxml.jackson.databind.JsonNode;
import org.epiguard.access.Role;
import org.epiguard.access.Scope;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The episode list: paged and sorted in the view scope, and the same list as XLSX, audited. */
class EpisodeListTest extends IsolationTestSupport {

    static final String DONG_TIEN = "07195";   // Cô Tô (207)
    static final String THANH_LAN = "07198";   // Cô Tô (207)

    static List<String> names(JsonNode page) {
        List<String> out = new ArrayList<>();
        page.get("rows").forEach(r -> out.add(r.get("personName").asText()));
        return out;
    }

    @Test
    void the_episodes_are_paged_and_sorted_and_another_commune_or_district_gets_none() throws Exception {
        String station = user("iso.tyt.dongtien", Role.COMMUNE_HEALTH_STATION, Scope.of("COMMUNE", DONG_TIEN));
        String[][] people = {{"Ninh Văn Ba", "03/03/2022"}, {"Ninh Thị An", "01/03/2022"}, {"Ninh Văn Bình", "02/03/2022"}};
        for (String[] p : people) {
            open(station, person(p[0], DONG_TIEN, "207", 1990), "CONTACT_QUARANTINE", p[1], null, null, 201);
        }
        String path = API + "/episodes?commune=" + DONG_TIEN;
        JsonNode first = getJson(path + "&size=2&sort=start&dir=asc", station, 200);
        assertThat(first.get("total").asLong()).isEqualTo(3);
        assertThat(names(first)).containsExactly("Ninh Thị An", "Ninh Văn Bình");
        assertThat(names(getJson(path + "&size=2&page=1&sort=start&dir=asc", station, 200))).containsExactly("Ninh Văn Ba");
        assertThat(names(getJson(path, station, 200))).containsExactly("Ninh Văn Ba", "Ninh Văn Bình", "Ninh Thị An");
        assertThat(names(getJson(path + "&sort=name", station, 200))).containsExactly("Ninh Thị An", "Ninh Văn Ba", "Ninh Văn Bình");
        assertThat(names(getJson(path + "&sort=name&dir=desc&size=1", station, 200))).containsExactly("Ninh Văn Bình");
        // an unknown sort key falls back to the default, a bad commune is refused by field
        assertThat(names(getJson(path + "&sort=full_name;drop", station, 200))).containsExactly("Ninh Văn Ba", "Ninh Văn Bình", "Ninh Thị An");
        assertThat(problems(getJson(API + "/episodes?commune=7195x", station, 400))).containsExactly("commune:NO_SUCH_COMMUNE");

        assertThat(getJson(path, kaLong(), 200).get("total").asLong()).isZero();
        assertThat(getJson(path, mongCai(), 200).get("rows")).isEmpty();
        assertThat(getJson(API + "/episodes?running=false&size=200", kaLong(), 200).toString()).doesNotContain("Ninh Văn Ba");
    }

    @Test
    void the_xlsx_export_has_every_row_of_the_list_in_its_order_and_is_audited() throws Exception {
        String station = user("iso.tyt.thanhlan", Role.COMMUNE_HEALTH_STATION, Scope.of("COMMUNE", THANH_LAN));
        open(station, person("Ông Văn Xuất", THANH_LAN, "207", 1991), "CONTACT_QUARANTINE", "05/03/2022", null, null, 201);
        open(station, person("Ông Thị Bảng", THANH_LAN, "207", 1992), "CONTACT_QUARANTINE", "06/03/2022", null, null, 201);
        long total = getJson(API + "/episodes?commune=" + THANH_LAN, station, 200).get("total").asLong();
        byte[] xlsx = mvc.perform(get("/isolation/episodes.xlsx").param("commune", THANH_LAN).param("sort", "name")
                        .with(as(station))).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        List<String> rows = new ArrayList<>();
        try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
            var sheet = book.getSheetAt(0);
            assertThat((long) sheet.getLastRowNum()).isEqualTo(total);
            for (int i = 1; i <= sheet.getLastRowNum(); i++) {
                rows.add(sheet.getRow(i).getCell(1).getStringCellValue());
            }
        }
        assertThat(rows).contains("Ông Văn Xuất", "Ông Thị Bảng").isSorted();
        assertThat(jdbc.sql("select count(*) from access_audit where action = 'EXPORT' and username = :u")
                .param("u", station).query(Long.class).single()).isEqualTo(1);

        byte[] other = mvc.perform(get("/isolation/episodes.xlsx").param("commune", THANH_LAN).with(as(kaLong())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(other))) {
            assertThat(book.getSheetAt(0).getLastRowNum()).isZero();
        }
    }
}
