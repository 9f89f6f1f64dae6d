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

/** The checkpoint entries: paged and sorted in the view scope, and the same list as XLSX, audited. */
class CheckpointListTest extends IsolationTestSupport {

    static final String DONG_TIEN = "07195";   // Cô Tô (207)

    @Test
    void entries_are_paged_sorted_and_exported_and_another_checkpoint_commune_or_district_gets_none() throws Exception {
        long checkpoint = unit("CHECKPOINT", "Chốt thử phân trang Cô Tô", DONG_TIEN, "207", null);
        String guard = user("iso.chot.coto", Role.CHECKPOINT, Scope.of("UNIT", String.valueOf(checkpoint)));
        String commune = user("iso.tyt.dongtien.chot", Role.COMMUNE_HEALTH_STATION, Scope.of("COMMUNE", DONG_TIEN));
        String[][] people = {{"Đào Văn Hai", "06/08/2021 08:00"}, {"Đào Thị Một", "06/08/2021 07:00"}, {"Đào Văn Ba", "06/08/2021 09:00"}};
        for (String[] p : people) {
            post(API + "/checkpoint-entries", guard, """
                    {"checkpointId": %d, "enteredAt": "%s", "plate": "14B-111.22", "vehicleKind": "CAR", "fullName": "%s",
                     "birthYear": 1980, "originProvince": "79", "destinationCommune": "%s", "declarationPresent": true,
                     "testPresent": %s}""".formatted(checkpoint, p[1], p[0], DONG_TIEN, !p[0].equals("Đào Văn Ba")), 201);
        }
        String path = API + "/checkpoint-entries?day=06/08/2021";
        JsonNode first = getJson(path + "&size=2", guard, 200);
        assertThat(first.get("total").asLong()).isEqualTo(3);
        assertThat(names(first)).containsExactly("Đào Văn Ba", "Đào Văn Hai");
        assertThat(names(getJson(path + "&size=2&page=1", guard, 200))).containsExactly("Đào Thị Một");
        assertThat(names(getJson(path + "&sort=time&dir=asc", commune, 200))).containsExactly("Đào Thị Một", "Đào Văn Hai", "Đào Văn Ba");
        assertThat(names(getJson(path + "&sort=name", commune, 200))).containsExactly("Đào Thị Một", "Đào Văn Ba", "Đào Văn Hai");
        assertThat(names(getJson(path + "&flagged=true", commune, 200))).containsExactly("Đào Văn Ba");
        assertThat(problems(getJson(path + "&commune=abc", commune, 400))).containsExactly("commune:NO_SUCH_COMMUNE");

        assertThat(getJson(path, kaLong(), 200).get("total").asLong()).isZero();
        assertThat(getJson(path, mongCai(), 200).get("rows")).isEmpty();
        long other = unit("CHECKPOINT", "Chốt thử phân trang khác", DONG_TIEN, "207", null);
        assertThat(getJson(path, user("iso.chot.khac", Role.CHECKPOINT, Scope.of("UNIT", String.valueOf(other))), 200)
                .get("total").asLong()).isZero();

        byte[] xlsx = mvc.perform(get("/isolation/checkpoint-entries.xlsx").param("day", "06/08/2021").param("sort", "name")
                .with(as(commune))).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
            var sheet = book.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).isEqualTo(3);
            assertThat(sheet.getRow(1).getCell(2).getStringCellValue()).isEqualTo("Đào Thị Một");
            assertThat(sheet.getRow(2).getCell(10).getStringCellValue()).isEqualTo("NO_TEST");
        }
        assertThat(jdbc.sql("select count(*) from access_audit where action = 'EXPORT' and username = :u")
                .param("u", commune).query(Long.class).single()).isEqualTo(1);
        byte[] none = mvc.perform(get("/isolation/checkpoint-entries.xlsx").param("day", "06/08/2021").with(as(mongCai())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(none))) {
            assertThat(book.getSheetAt(0).getLastRowNum()).isZero();
        }
    }

    static List<String> names(JsonNode page) {
        List<String> out = new ArrayList<>();
        page.get("rows").forEach(r -> out.add(r.get("fullName").asText()));
        return out;
    }
}
