package org.epiguard.situation;

import com.jayway.jsonpath.JsonPath;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.epiguard.access.Role;
import org.epiguard.access.Scope;
import org.epiguard.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The daily report of Bạc Liêu for 08/02/2022 (cut-off 16:00): the 24-hour window's edges, the lines
 * by district, cumulative imported and domestic, coverage, the sentence, the same figures after later
 * cases, the view scope, and the page, XLSX and PDF.
 */
class DailyReportTest extends IntegrationTest {

    static final String P = SituationTestData.REPORT_PROVINCE;

    SituationTestData data;
    List<String> a;
    List<String> b;
    String aName;
    String bName;

    @BeforeEach
    void bacLieuOn8February() {
        data = new SituationTestData(jdbc, P);
        a = data.district(0);
        b = data.district(1);
        aName = jdbc.sql("select name from geo_admin_unit where code = :c").param("c", a.get(0)).query(String.class).single();
        bName = jdbc.sql("select name from geo_admin_unit where code = :c").param("c", b.get(0)).query(String.class).single();
        user("rep.province", Role.PROVINCE_COMMITTEE, Scope.of("PROVINCE", P));
        user("rep.district", Role.DISTRICT_COMMAND, Scope.of("DISTRICT", a.get(0)));
        user("rep.elsewhere", Role.PROVINCE_COMMITTEE, Scope.of("PROVINCE", "96"));
        if (jdbc.sql("select count(*) from cases_case where province_code = :p").param("p", P).query(Long.class).single() > 0) {
            return;
        }
        String a1 = a.get(1);
        String b1 = b.get(1);
        data.cases(a1, 3, "2022-02-08T16:00:00", false, false);   // the last second of the window: counts
        data.cases(a1, 1, "2022-02-08T16:00:01", false, false);   // after the cut-off: the next day's
        data.cases(a1, 2, "2022-02-07T16:00:01", true, false);    // the first second of the window, in quarantine
        data.cases(a1, 1, "2022-02-07T16:00:00", false, false);   // the day before's last second
        data.cases(b1, 6, "2022-02-08T10:00:00", false, false);
        data.cases(b1, 2, "2022-01-10T10:00:00", true, true);     // imported, earlier
        data.population(a1, 10, 10, 0);
        data.vaccinated(a1, 8, 1990, 3);
        data.vaccinated(a1, 1, 1990, 1);
    }

    String report(String user, String unit, String date) throws Exception {
        var request = get("/api/v1/situation/report").param("date", date).with(as(user));
        if (unit != null) {
            request = request.param("unit", unit);
        }
        return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    @Test
    void new_cases_in_the_24_hours_to_16_00_by_district_cumulative_and_coverage_in_the_reports_words() throws Exception {
        String json = report("rep.province", P, "08/02/2022");
        assertThat((Integer) JsonPath.read(json, "$.newCases")).isEqualTo(11);
        assertThat((Integer) JsonPath.read(json, "$.newCommunity")).isEqualTo(9);
        assertThat((Integer) JsonPath.read(json, "$.newInQuarantine")).isEqualTo(2);
        assertThat((List<String>) JsonPath.read(json, "$.lines[0:2].name")).containsExactly(bName, aName);
        assertThat((List<Integer>) JsonPath.read(json, "$.lines[0:3].total")).containsExactly(6, 5, 0);
        assertThat((Integer) JsonPath.read(json, "$.cumulativeTotal")).isEqualTo(14);
        assertThat((Integer) JsonPath.read(json, "$.cumulativeImported")).isEqualTo(2);
        assertThat((Integer) JsonPath.read(json, "$.cumulativeDomestic")).isEqualTo(12);
        assertThat((String) JsonPath.read(json, "$.from")).isEqualTo("2022-02-07T09:00:00Z");
        assertThat((String) JsonPath.read(json, "$.to")).isEqualTo("2022-02-08T09:00:00Z");
        assertThat((String) JsonPath.read(json, "$.sentence")).isEqualTo(
                "Trong 24 giờ đến 16:00 ngày 8/2, ghi nhận 11 ca mắc mới (9 ca cộng đồng, 2 ca đã cách ly): "
                        + bName + " 6, " + aName + " 5. Từ đầu dịch 14 ca (nhập cảnh 2, trong nước 12). "
                        + "18+: mũi 1 90%, mũi 2 80%, mũi 3 80%.");
        String english = mvc.perform(get("/api/v1/situation/report").param("unit", P).param("date", "08/02/2022")
                .param("lang", "en").with(as("rep.province"))).andReturn().getResponse().getContentAsString();
        assertThat((String) JsonPath.read(english, "$.sentence")).isEqualTo(
                "In 24 h to 16:00 on 8/2, 11 new cases (9 community, 2 already in quarantine): " + bName + " 6, "
                        + aName + " 5. Since the start, 14 cases (imported 2, domestic 12). "
                        + "18+: dose 1 90%, dose 2 80%, dose 3 80%.");
        mvc.perform(get("/api/v1/openapi.json")).andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/situation/report'].get.description",
                        containsString("however many cases were added since")))
                .andExpect(jsonPath("$.paths['/api/v1/situation/levels/{unit}'].get").exists());
        String next = report("rep.province", P, "09/02/2022");
        assertThat((Integer) JsonPath.read(next, "$.newCases")).isEqualTo(1);
    }

    @Test
    void a_report_for_a_past_date_keeps_its_figures_when_later_cases_are_added() throws Exception {
        String c = data.district(2).get(0);
        String c1 = data.district(2).get(1);
        data.cases(c1, 3, "2022-02-10T08:00:00", false, false);
        String before = report("rep.province", c, "10/02/2022");
        assertThat((Integer) JsonPath.read(before, "$.newCases")).isEqualTo(3);
        assertThat((Integer) JsonPath.read(before, "$.cumulativeTotal")).isEqualTo(3);
        data.cases(c1, 4, "2022-02-10T16:00:01", false, false);
        data.cases(c1, 5, "2022-02-20T09:00:00", false, true);
        data.death(c1, "2022-02-11T09:00:00", "2022-02-12T09:00:00");
        assertThat(report("rep.province", c, "10/02/2022")).isEqualTo(before);
        String later = report("rep.province", c, "11/02/2022");
        assertThat((Integer) JsonPath.read(later, "$.newCases")).isEqualTo(5);
        assertThat((Integer) JsonPath.read(later, "$.cumulativeTotal")).isEqualTo(8);
        assertThat((Integer) JsonPath.read(report("rep.province", c, "12/02/2022"), "$.newDeaths")).isEqualTo(1);
    }

    @Test
    void a_district_user_sees_the_report_of_their_district_only() throws Exception {
        String own = report("rep.district", null, "08/02/2022");
        assertThat((String) JsonPath.read(own, "$.unitCode")).isEqualTo(a.get(0));
        assertThat((Integer) JsonPath.read(own, "$.newCases")).isEqualTo(5);
        assertThat((String) JsonPath.read(own, "$.lines[0].code")).isEqualTo(a.get(1));
        for (String unit : List.of(P, b.get(0), b.get(1))) {
            mvc.perform(get("/api/v1/situation/report").param("unit", unit).param("date", "08/02/2022")
                    .with(as("rep.district"))).andExpect(status().isNotFound());
        }
        mvc.perform(get("/api/v1/situation/report").param("unit", P).with(as("rep.elsewhere"))).andExpect(status().isNotFound());
        mvc.perform(get("/situation/report/report.pdf").param("unit", P).with(as("rep.district"))).andExpect(status().isNotFound());
        mvc.perform(get("/situation/report/export.xlsx").param("unit", P).with(as("rep.district"))).andExpect(status().isNotFound());
    }

    @Test
    void a_bad_date_or_cut_off_hour_is_named() throws Exception {
        mvc.perform(get("/api/v1/situation/report").param("unit", P).param("date", "30/02/2022").with(as("rep.province")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("date"));
        mvc.perform(get("/api/v1/situation/report").param("unit", P).param("cutoff", "24").with(as("rep.province")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("cutoff"));
        mvc.perform(get("/api/v1/situation/report").param("unit", P).param("cutoff", "4pm").with(as("rep.province")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("cutoff"));
        String at12 = mvc.perform(get("/api/v1/situation/report").param("unit", P).param("date", "08/02/2022")
                .param("cutoff", "12").with(as("rep.province"))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        // window 7/2 12:00 – 8/2 12:00: the 6 of 10:00 and the 2 and 1 of 7/2 16:00
        assertThat((Integer) JsonPath.read(at12, "$.newCases")).isEqualTo(9);
    }

    @Test
    void the_report_is_a_printable_page_an_xlsx_and_a_pdf_with_the_same_figures() throws Exception {
        mvc.perform(get("/situation/report").param("unit", P).param("date", "08/02/2022").with(as("rep.province")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("ghi nhận 11 ca mắc mới (9 ca cộng đồng, 2 ca đã cách ly)")))
                .andExpect(content().string(containsString("@media print")));
        byte[] xlsx = mvc.perform(get("/situation/report/export.xlsx").param("unit", P).param("date", "08/02/2022")
                .with(as("rep.province"))).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (var wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            var sheet = wb.getSheetAt(0);
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo(bName);
            assertThat(sheet.getRow(1).getCell(1).getNumericCellValue()).isEqualTo(6);
            int totalRow = 1 + jdbc.sql("select count(*) from geo_admin_unit where parent_code = :p").param("p", P)
                    .query(Integer.class).single();
            assertThat(sheet.getRow(totalRow).getCell(1).getNumericCellValue()).isEqualTo(11);
            assertThat(sheet.getRow(totalRow + 2).getCell(1).getNumericCellValue()).isEqualTo(14);
        }
        byte[] pdf = mvc.perform(get("/situation/report/report.pdf").param("unit", P).param("date", "08/02/2022")
                .with(as("rep.province"))).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        String text = new PdfTextExtractor(new PdfReader(pdf)).getTextFromPage(1);
        assertThat(text).contains("11 ca mắc mới").contains("Từ đầu dịch 14 ca").contains("90%");
        assertThat(jdbc.sql("select count(*) from access_audit where entity_type = 'situation_report' and entity_id = :p")
                .param("p", P).query(Long.class).single()).isGreaterThanOrEqualTo(2);
    }
}
