package org.epiguard.isolation;

import org.epiguard.access.Role;
import org.epiguard.access.Scope;
import org.epiguard.testing.PersonResults;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Release by the testing module's results: an RT-PCR entered through the testing API on or after a
 * required test day meets it when negative; a positive or missing one does not; the read keeps its scope.
 */
class ReleaseByTestResultsTest extends IsolationTestSupport {

    @Autowired
    PersonResults personResults;

    /** A sample taken by the Bãi Cháy station and sent to the lab, whose result the lab enters; returns the barcode. */
    String pcr(long lab, long person, String takenAt, String outcome, String resultAt) throws Exception {
        String barcode = "IR" + Long.toString(System.nanoTime(), 36).toUpperCase();
        post("/api/v1/testing/samples", baiChay(), """
                {"barcode": "%s", "personId": %d, "priority": "F1", "collectedAt": "%s", "labUnitId": %d}"""
                .formatted(barcode, person, takenAt, lab), 201);
        post("/api/v1/testing/results", labUser(lab), """
                {"kind": "PCR_SINGLE", "sampleBarcode": "%s", "outcome": "%s", "resultAt": "%s"}"""
                .formatted(barcode, outcome, resultAt), 201);
        return barcode;
    }

    /** A rapid test done by the Bãi Cháy station, its result entered at once. */
    void rapid(long person, String at, String outcome) throws Exception {
        String barcode = "IQ" + Long.toString(System.nanoTime(), 36).toUpperCase();
        post("/api/v1/testing/samples", baiChay(), """
                {"barcode": "%s", "personId": %d, "priority": "F1", "collectedAt": "%s"}""".formatted(barcode, person, at), 201);
        post("/api/v1/testing/results", baiChay(), """
                {"kind": "RAPID_PROFESSIONAL", "sampleBarcode": "%s", "outcome": "%s", "resultAt": "%s"}"""
                .formatted(barcode, outcome, at), 201);
    }

    String labUser(long lab) {
        return user("iso.lab." + lab, Role.LABORATORY, Scope.of("UNIT", String.valueOf(lab)));
    }

    @Test
    void a_negative_rt_pcr_of_the_testing_module_on_the_required_day_releases_a_positive_or_missing_one_does_not() throws Exception {
        long lab = unit("LABORATORY", "Phòng xét nghiệm cách ly", "06673", "193", null);
        long negative = baiChayPerson("Đỗ Văn Âm Tính");
        long early = baiChayPerson("Đỗ Văn Xét Sớm");
        long positive = baiChayPerson("Đỗ Thị Dương Tính");
        long missing = baiChayPerson("Đỗ Văn Chưa Xét");
        List<Long> ids = new ArrayList<>();
        for (long p : List.of(negative, early, positive, missing)) {
            ids.add(open(baiChay(), p, "CONTACT_QUARANTINE", "01/03/2022", null, null, 201).get("id").asLong());
        }
        pcr(lab, negative, "07/03/2022 07:30", "NEGATIVE", "07/03/2022 15:00");
        pcr(lab, early, "06/03/2022 07:30", "NEGATIVE", "06/03/2022 23:59");          // the day before the test day 7
        rapid(positive, "07/03/2022 07:30", "POSITIVE");
        long confirmed = baiChayPerson("Đỗ Văn Thành Ca");
        long confirmedId = open(baiChay(), confirmed, "CONTACT_QUARANTINE", "01/03/2022", null, null, 201).get("id").asLong();
        pcr(lab, confirmed, "07/03/2022 07:30", "POSITIVE", "07/03/2022 15:00");

        // the bulk selection and each single release agree
        List<Long> due = new ArrayList<>();
        getJson(API + "/releases/due?on=07/03/2022&commune=06673", baiChay(), 200).forEach(e -> due.add(e.get("id").asLong()));
        assertThat(due).contains(ids.get(0)).doesNotContain(ids.get(1), ids.get(2), ids.get(3));
        assertThat(problems(end(baiChay(), ids.get(1), "release", "{\"on\": \"07/03/2022\"}", 400))).containsExactly("tests:TEST_MISSING");
        assertThat(problems(end(baiChay(), ids.get(2), "release", "{\"on\": \"07/03/2022\"}", 400)))
                .containsExactly("tests:TEST_MISSING", "tests:TEST_POSITIVE");
        assertThat(problems(end(baiChay(), ids.get(3), "release", "{\"on\": \"07/03/2022\"}", 400))).containsExactly("tests:TEST_MISSING");
        // the result of 07/03 does not count on 06/03 (not yet due either)
        assertThat(problems(end(baiChay(), ids.get(0), "release", "{\"on\": \"06/03/2022\"}", 400)))
                .containsExactly("on:NOT_DUE", "tests:TEST_MISSING");
        assertThat(end(baiChay(), ids.get(0), "release", "{\"on\": \"07/03/2022\"}", 200).get("status").asText()).isEqualTo("RELEASED");
        assertThat(statusOf(ids.get(1))).isEqualTo("ACTIVE");
        // a positive RT-PCR makes a case: the quarantine is converted, never released
        assertThat(statusOf(confirmedId)).isEqualTo("CONVERTED");
        assertThat(problems(end(baiChay(), confirmedId, "release", "{\"on\": \"07/03/2022\"}", 400))).containsExactly("id:NOT_RUNNING");

        // a later negative RT-PCR after the positive rapid test: the latest result counts
        pcr(lab, positive, "08/03/2022 07:30", "NEGATIVE", "08/03/2022 16:00");
        assertThat(end(baiChay(), ids.get(2), "release", "{\"on\": \"08/03/2022\"}", 200).get("status").asText()).isEqualTo("RELEASED");
    }

    @Test
    void a_negative_pool_of_screening_samples_counts_for_each_member() throws Exception {
        long lab = unit("LABORATORY", "Phòng xét nghiệm gộp mẫu cách ly", "06673", "193", null);
        long one = baiChayPerson("Hà Văn Gộp Một");
        long two = baiChayPerson("Hà Thị Gộp Hai");
        long first = open(baiChay(), one, "CONTACT_QUARANTINE", "01/03/2022", null, null, 201).get("id").asLong();
        long second = open(baiChay(), two, "CONTACT_QUARANTINE", "01/03/2022", null, null, 201).get("id").asLong();
        String[] samples = new String[2];
        long[] people = {one, two};
        for (int i = 0; i < 2; i++) {
            samples[i] = "IP" + Long.toString(System.nanoTime(), 36).toUpperCase() + i;
            post("/api/v1/testing/samples", baiChay(), """
                    {"barcode": "%s", "personId": %d, "priority": "SCREENING", "collectedAt": "07/03/2022 07:00", "labUnitId": %d}"""
                    .formatted(samples[i], people[i], lab), 201);
        }
        String pool = "IG" + Long.toString(System.nanoTime(), 36).toUpperCase();
        post("/api/v1/testing/pools", baiChay(), """
                {"barcode": "%s", "areaRisk": "HIGH", "pooledAt": "07/03/2022 08:00", "labUnitId": %d, "sampleBarcodes": ["%s", "%s"]}"""
                .formatted(pool, lab, samples[0], samples[1]), 201);
        assertThat(problems(end(baiChay(), first, "release", "{\"on\": \"07/03/2022\"}", 400))).containsExactly("tests:TEST_MISSING");
        post("/api/v1/testing/results", labUser(lab), """
                {"kind": "PCR_POOL", "poolBarcode": "%s", "outcome": "NEGATIVE", "resultAt": "07/03/2022 16:00"}"""
                .formatted(pool), 201);
        List<Long> released = new ArrayList<>();
        post(API + "/releases?on=07/03/2022&commune=06673", baiChay(), null, 200).forEach(e -> released.add(e.get("id").asLong()));
        assertThat(released).contains(first, second);
    }

    @Test
    void the_result_read_gives_another_commune_or_district_nothing() throws Exception {
        long lab = unit("LABORATORY", "Phòng xét nghiệm phạm vi cách ly", "06673", "193", null);
        long p = baiChayPerson("Vũ Văn Phạm Vi");
        pcr(lab, p, "07/03/2022 07:30", "NEGATIVE", "07/03/2022 15:00");
        Instant from = Instant.parse("2022-03-01T00:00:00Z");
        Instant to = Instant.parse("2022-03-10T00:00:00Z");
        assertThat(personResults.of(p, from, to, Scope.of("COMMUNE", "06673")))
                .singleElement().satisfies(r -> assertThat(r.negative()).isTrue());
        assertThat(personResults.of(p, from, to, Scope.of("DISTRICT", "193"))).hasSize(1);
        assertThat(personResults.of(p, from, to, Scope.of("UNIT", String.valueOf(lab)))).hasSize(1);
        assertThat(personResults.of(p, from, to, Scope.of("COMMUNE", "06709"))).isEmpty();
        assertThat(personResults.of(p, from, to, Scope.of("DISTRICT", "194"))).isEmpty();
        assertThat(personResults.of(p, from, Instant.parse("2022-03-07T08:00:00Z"), Scope.of("COMMUNE", "06673"))).isEmpty();

        // Móng Cái's station sees neither the episode nor, through it, the result
        long id = open(baiChay(), p, "CONTACT_QUARANTINE", "01/03/2022", null, null, 201).get("id").asLong();
        end(kaLong(), id, "release", "{\"on\": \"07/03/2022\"}", 404);
        assertThat(getJson(API + "/releases/due?on=07/03/2022", mongCai(), 200).toString()).doesNotContain("\"id\":" + id + ",");
        assertThat(statusOf(id)).isEqualTo("ACTIVE");
    }
}
