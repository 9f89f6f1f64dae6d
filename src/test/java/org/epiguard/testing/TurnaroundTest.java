package org.epiguard.testing;

import com.fasterxml.jackson.databind.JsonNode;
import org.epiguard.access.Role;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.epiguard.testing.ManifestTest.manifestJson;
import static org.epiguard.testing.ManifestTest.parse;
import static org.epiguard.testing.ManifestTest.receiptJson;

/** Turnaround times on controlled data: collection → result and receipt → result, by site and by lab. */
class TurnaroundTest extends TestingTestSupport {

    static JsonNode row(JsonNode rows, String key) {
        for (JsonNode r : rows) {
            if (r.get("key").asText().equals(key)) {
                return r;
            }
        }
        return null;
    }

    @Test
    void median_p90_and_count_by_site_and_by_lab_for_a_date_range_each_in_its_scope() throws Exception {
        long school = unit("SCHOOL", "Trường thời gian", BAI_CHAY, HA_LONG);
        long enterprise = unit("ENTERPRISE", "Doanh nghiệp thời gian", HUNG_THANG, HA_LONG);
        long lab = unit("LABORATORY", "Phòng xét nghiệm thời gian", BAI_CHAY, HA_LONG);
        String teacher = unitUser(Role.SCHOOL, school);
        String boss = unitUser(Role.ENTERPRISE, enterprise);
        String labUser = unitUser(Role.LABORATORY, lab);
        // three pupils taken 10/03/2021 08:00, sent 12:00, received 14:00; results after 12, 24 and 48 hours
        String a = sample(teacher, person("Cao Văn Giờ Một", BAI_CHAY, HA_LONG, school), "SYMPTOMATIC", "10/03/2021 08:00", null, null);
        String b = sample(teacher, person("Cao Văn Giờ Hai", BAI_CHAY, HA_LONG, school), "F1", "10/03/2021 08:00", null, null);
        String c = sample(teacher, person("Cao Văn Giờ Ba", BAI_CHAY, HA_LONG, school), "F1", "10/03/2021 08:00", null, null);
        long id = parse(postJson(teacher, "/api/v1/testing/manifests", manifestJson(null, lab, "10/03/2021 12:00", true, a, b, c), 201))
                .get("id").asLong();
        postJson(labUser, "/api/v1/testing/manifests/" + id + "/receipt", receiptJson("10/03/2021 14:00", a, b, c), 200);
        postJson(labUser, "/api/v1/testing/results", resultJson("PCR_SINGLE", a, null, "POSITIVE", "22.0", "10/03/2021 20:00"), 201);
        postJson(labUser, "/api/v1/testing/results", resultJson("PCR_SINGLE", b, null, "NEGATIVE", null, "11/03/2021 08:00"), 201);
        postJson(labUser, "/api/v1/testing/results", resultJson("PCR_SINGLE", c, null, "NEGATIVE", null, "12/03/2021 08:00"), 201);
        // a worker of Hùng Thắng sent straight to the lab (no manifest): 36 hours; another resulted outside the range
        String d = sample(boss, person("Cao Thị Giờ Bốn", HUNG_THANG, HA_LONG, enterprise), "SCREENING", "10/03/2021 08:00", null, lab);
        postJson(labUser, "/api/v1/testing/results", resultJson("PCR_SINGLE", d, null, "NEGATIVE", null, "11/03/2021 20:00"), 201);
        String late = sample(boss, person("Cao Thị Giờ Muộn", HUNG_THANG, HA_LONG, enterprise), "SCREENING", "10/03/2021 08:00", null, lab);
        postJson(labUser, "/api/v1/testing/results", resultJson("PCR_SINGLE", late, null, "NEGATIVE", null, "20/03/2021 08:00"), 201);

        String range = "/api/v1/testing/turnaround?from=10/03/2021&to=12/03/2021";
        JsonNode report = parse(getJson(labUser, range, 200));
        JsonNode site = row(report.get("bySite"), "unit:" + school);
        assertThat(site.get("count").asLong()).isEqualTo(3);
        assertThat(site.get("medianHours").decimalValue()).isEqualByComparingTo("24.0");
        assertThat(site.get("p90Hours").decimalValue()).isEqualByComparingTo("43.2");
        assertThat(site.get("receivedCount").asLong()).isEqualTo(3);
        assertThat(site.get("receiptMedianHours").decimalValue()).isEqualByComparingTo("18.0");
        assertThat(site.get("receiptP90Hours").decimalValue()).isEqualByComparingTo("37.2");
        JsonNode worker = row(report.get("bySite"), "unit:" + enterprise);
        assertThat(worker.get("count").asLong()).isEqualTo(1);
        assertThat(worker.get("medianHours").decimalValue()).isEqualByComparingTo("36.0");
        assertThat(worker.get("receivedCount").asLong()).isZero();
        assertThat(worker.get("receiptMedianHours").isNull()).isTrue();
        JsonNode byLab = row(report.get("byLab"), "unit:" + lab);
        assertThat(byLab.get("name").asText()).startsWith("Phòng xét nghiệm thời gian");
        assertThat(byLab.get("count").asLong()).isEqualTo(4);
        assertThat(byLab.get("medianHours").decimalValue()).isEqualByComparingTo("30.0");
        assertThat(byLab.get("p90Hours").decimalValue()).isEqualByComparingTo("44.4");
        assertThat(byLab.get("receivedCount").asLong()).isEqualTo(3);
        assertThat(report.get("total").get("count").asLong()).isEqualTo(4);
        // the range is by the local day of the result: 20/03 counts only when included
        assertThat(row(parse(getJson(labUser, "/api/v1/testing/turnaround?from=10/03/2021&to=20/03/2021", 200))
                .get("byLab"), "unit:" + lab).get("count").asLong()).isEqualTo(5);

        // the school sees its own figures only; Hạ Long sees both sites, Móng Cái neither
        JsonNode ofSchool = parse(getJson(teacher, range, 200));
        assertThat(row(ofSchool.get("bySite"), "unit:" + school).get("count").asLong()).isEqualTo(3);
        assertThat(row(ofSchool.get("bySite"), "unit:" + enterprise)).isNull();
        assertThat(ofSchool.get("total").get("count").asLong()).isEqualTo(3);
        JsonNode district = parse(getJson(districtUser(HA_LONG), range, 200));
        assertThat(row(district.get("bySite"), "unit:" + school)).isNotNull();
        assertThat(row(district.get("bySite"), "unit:" + enterprise)).isNotNull();
        JsonNode outside = parse(getJson(districtUser(MONG_CAI), range, 200));
        assertThat(row(outside.get("bySite"), "unit:" + school)).isNull();
        assertThat(row(outside.get("byLab"), "unit:" + lab)).isNull();
        assertThat(row(parse(getJson(unitUser(Role.SCHOOL, unit("SCHOOL", "Trường khác thời gian", BAI_CHAY, HA_LONG)), range, 200))
                .get("bySite"), "unit:" + school)).isNull();
    }

    @Test
    void bad_dates_are_refused_by_field() throws Exception {
        String tyt = communeUser(BAI_CHAY);
        assertThat(getJson(tyt, "/api/v1/testing/turnaround?from=31/02/2021", 400))
                .contains("\"from\",\"code\":\"BAD_TIME\"", "\"to\",\"code\":\"REQUIRED\"");
        assertThat(getJson(tyt, "/api/v1/testing/turnaround?from=10/03/2021&to=09/03/2021", 400))
                .contains("\"to\",\"code\":\"BEFORE_FROM\"");
        assertThat(getJson(tyt, "/api/v1/testing/turnaround?from=01/01/2021&to=01/06/2022", 400))
                .contains("\"to\",\"code\":\"RANGE_TOO_LONG\"");
    }
}
