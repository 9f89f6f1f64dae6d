package org.epiguard.testing;

import org.epiguard.access.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import static org.assertj.core.api.Assertions.assertThat;

@RecordApplicationEvents
class PositiveResultTest extends TestingTestSupport {

    @Autowired
    ApplicationEvents events;

    String rapid(String username, long person, String kind, String outcome, Long placeUnit, int expect) throws Exception {
        return postJson(username, "/api/v1/testing/rapid-tests", """
                {"personId": %d, "kind": "%s", "outcome": "%s", "testedAt": "%s", "priority": "SYMPTOMATIC", "placeUnitId": %s}"""
                .formatted(person, kind, outcome, hoursAgo(1), placeUnit), expect);
    }

    @Test
    void a_positive_rapid_test_at_a_school_alerts_the_persons_commune_and_district_with_the_schools_lockdown() throws Exception {
        long school = unit("SCHOOL", "Trường THCS cảnh báo", BAI_CHAY, HA_LONG);
        String teacher = unitUser(Role.SCHOOL, school);
        long pupil = person("Trịnh Thị Dương Tính", BAI_CHAY, HA_LONG, school);
        String test = rapid(teacher, pupil, "RAPID_PROFESSIONAL", "POSITIVE", null, 201);
        assertThat(test).contains("\"kind\":\"RAPID_PROFESSIONAL\"", "\"outcome\":\"POSITIVE\"", "\"unitId\":" + school);

        for (String viewer : new String[] {communeUser(BAI_CHAY), districtUser(HA_LONG), teacher}) {
            assertThat(getJson(viewer, "/api/v1/testing/alerts", 200)).contains("\"personId\":" + pupil + ",",
                    "\"proposal\":\"UNIT\"", "\"proposalUnitId\":" + school, "Trịnh Thị Dương Tính");
        }
        assertThat(getJson(districtUser(MONG_CAI), "/api/v1/testing/alerts", 200)).doesNotContain("\"personId\":" + pupil + ",");
        assertThat(getJson(communeUser(HUNG_THANG), "/api/v1/testing/alerts", 200)).doesNotContain("\"personId\":" + pupil + ",");
        assertThat(events.stream(RapidTestPositive.class).filter(e -> e.personId() == pupil))
                .singleElement().satisfies(e -> {
                    assertThat(e.lockdownUnitId()).isEqualTo(school);
                    assertThat(e.home().communeCode()).isEqualTo(BAI_CHAY);
                    assertThat(e.kind()).isEqualTo(TestKind.RAPID_PROFESSIONAL);
                });
    }

    @Test
    void a_positive_self_test_at_home_proposes_the_household_and_a_negative_one_raises_nothing() throws Exception {
        String tyt = communeUser(BAI_CHAY);
        long home = person("Dương Văn Tự Test", BAI_CHAY, HA_LONG);
        long fine = person("Dương Thị Âm Tính", BAI_CHAY, HA_LONG);
        rapid(tyt, home, "RAPID_SELF", "POSITIVE", null, 201);
        rapid(tyt, fine, "RAPID_SELF", "NEGATIVE", null, 201);
        String alerts = getJson(districtUser(HA_LONG), "/api/v1/testing/alerts", 200);
        assertThat(alerts).contains("\"personId\":" + home + ",").doesNotContain("\"personId\":" + fine + ",");
        assertThat(jdbc.sql("select proposal from testing_alert where person_id = :p").param("p", home)
                .query(String.class).single()).isEqualTo("HOUSEHOLD");
        assertThat(events.stream(RapidTestPositive.class).filter(e -> e.personId() == home)).hasSize(1);
        assertThat(events.stream(RapidTestPositive.class).filter(e -> e.personId() == fine)).isEmpty();
        assertThat(count("select count(*) from access_audit where entity_type = 'testing_test' and after->>'personId' = :p::text",
                home)).isEqualTo(1);
    }

    @Test
    void a_rapid_test_with_a_bad_field_writes_nothing() throws Exception {
        String tyt = communeUser(BAI_CHAY);
        long p = person("Mạc Văn Nhập Sai", BAI_CHAY, HA_LONG);
        assertThat(rapid(tyt, p, "PCR_SINGLE", "POSITIVE", 999999999L, 400))
                .contains("\"kind\",\"code\":\"NOT_RAPID\"", "\"placeUnitId\",\"code\":\"UNKNOWN_UNIT\"");
        assertThat(rapid(tyt, p, "RAPID_SELF", "YES", null, 400)).contains("\"outcome\",\"code\":\"UNKNOWN_VALUE\"");
        assertThat(count("select count(*) from testing_sample where person_id = :p", p)).isZero();
        assertThat(count("select count(*) from testing_alert where person_id = :p", p)).isZero();
    }

    @Test
    void a_positive_rt_pcr_publishes_pcr_positive_and_raises_no_rapid_test_alert() throws Exception {
        String tyt = communeUser(BAI_CHAY);
        long lab = unit("LABORATORY", "Phòng xét nghiệm dương tính", BAI_CHAY, HA_LONG);
        long p = person("Kiều Văn Khẳng Định", BAI_CHAY, HA_LONG);
        String barcode = sample(tyt, p, "F1", hoursAgo(3), null, lab);
        postJson(unitUser(Role.LABORATORY, lab), "/api/v1/testing/results",
                resultJson("PCR_SINGLE", barcode, null, "POSITIVE", "18.2", hoursAgo(1)), 201);
        assertThat(events.stream(PcrPositive.class).filter(e -> e.personId() == p)).singleElement().satisfies(e -> {
            assertThat(e.ctValue()).isEqualByComparingTo("18.2");
            assertThat(e.labUnitId()).isEqualTo(lab);
        });
        assertThat(count("select count(*) from testing_alert where person_id = :p", p)).isZero();
    }
}
