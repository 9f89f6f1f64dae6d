package org.epiguard.isolation;

import com.fasterxml.jackson.databind.JsonNode;
import org.epiguard.access.Role;
import org.epiguard.access.Scope;
import org.epiguard.situation.EpidemicLevels;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Returnee groups placed by the rule for their origin's epidemic level in force on arrival (the level
 * assessed at least two days before) and the members' vaccination; an origin not assessed counts as level 4.
 */
class ReturneeOriginLevelTest extends IsolationTestSupport {

    static final String CO_TO = "07192";   // Cô Tô (207)

    @Autowired
    EpidemicLevels levels;

    void assessed(String province, String date, int level) {
        jdbc.sql("""
                        insert into situation_assessment (unit_code, unit_level, on_date, province_code, level, inputs)
                        values (:p, 'PROVINCE', cast(:d as date), :p, :l, cast('{}' as jsonb))""")
                .param("p", province).param("d", date).param("l", level).update();
    }

    JsonNode group(String user, String origin, String arrival, long... people) throws Exception {
        return post(API + "/returnee-groups", user, """
                {"originProvince": "%s", "transport": "Xe khách", "arrivalDate": "%s", "personIds": %s}"""
                .formatted(origin, arrival, java.util.Arrays.toString(people)), 201);
    }

    @Test
    void the_level_in_force_is_the_one_assessed_two_days_before_and_nothing_when_never_assessed() {
        assessed("77", "2021-11-20", 2);
        assessed("77", "2021-11-28", 4);
        assertThat(levels.levelOf("77", LocalDate.parse("2021-11-19"))).isEmpty();
        assertThat(levels.levelOf("77", LocalDate.parse("2021-11-22"))).contains(2);
        assertThat(levels.levelOf("77", LocalDate.parse("2021-11-29"))).contains(2);
        assertThat(levels.levelOf("77", LocalDate.parse("2021-11-30"))).contains(4);
        assertThat(levels.levelOf("75", LocalDate.parse("2021-11-30"))).isEmpty();
    }

    @Test
    void origin_level_3_sends_the_unvaccinated_to_a_facility_and_the_vaccinated_home_level_2_sends_both_home() throws Exception {
        unit("QUARANTINE_FACILITY", "Khu cách ly thử cấp độ", CO_TO, "207", 3);
        String coTo = user("iso.ttch.coto", Role.DISTRICT_COMMAND, Scope.of("DISTRICT", "207"));
        assessed("79", "2021-11-20", 2);
        assessed("79", "2021-11-28", 3);

        // arriving 29/11 the level of 28/11 is not yet in force: level 2, home for both
        long vaccinatedEarly = person("Lạc Văn Tiêm Sớm", CO_TO, "207", 1980);
        fullyVaccinated(vaccinatedEarly);
        long unvaccinatedEarly = person("Lạc Thị Chưa Tiêm Sớm", CO_TO, "207", 1981);
        JsonNode early = group(coTo, "79", "29/11/2021", vaccinatedEarly, unvaccinatedEarly);
        assertThat(early.get("originLevel").asInt()).isEqualTo(2);
        assertThat(early.get("originLevelAssumed").asBoolean()).isFalse();
        JsonNode placedEarly = early.get("allocation").get("placed");
        assertThat(placedEarly.size()).as(early.toString()).isEqualTo(2);
        assertThat(placedEarly.get(0).get("place").asText()).isEqualTo("HOME");
        assertThat(placedEarly.get(1).get("place").asText()).isEqualTo("HOME");
        JsonNode episode = getJson(API + "/episodes/" + placedEarly.get(1).get("episodeId").asLong(), coTo, 200);
        assertThat(episode.get("plannedEnd").asText()).isEqualTo("2021-12-05");
        assertThat(episode.get("testDays").toString()).isEqualTo("[7]");

        // arriving 30/11 level 3 is in force: the unvaccinated to a facility, the vaccinated home
        long vaccinated = person("Lạc Văn Đã Tiêm", CO_TO, "207", 1980);
        fullyVaccinated(vaccinated);
        long unvaccinated = person("Lạc Thị Chưa Tiêm", CO_TO, "207", 1982);
        JsonNode late = group(coTo, "79", "30/11/2021", vaccinated, unvaccinated);
        assertThat(late.get("originLevel").asInt()).isEqualTo(3);
        assertThat(late.get("appliedLevel").asInt()).isEqualTo(3);
        JsonNode placed = late.get("allocation").get("placed");
        assertThat(placed.size()).as(late.toString()).isEqualTo(2);
        assertThat(placed.get(0).get("place").asText()).isEqualTo("HOME");
        assertThat(placed.get(1).get("place").asText()).isEqualTo("FACILITY");
        JsonNode home = getJson(API + "/episodes/" + placed.get(0).get("episodeId").asLong(), coTo, 200);
        assertThat(home.get("testDays").toString()).isEqualTo("[1,7]");
        JsonNode facility = getJson(API + "/episodes/" + placed.get(1).get("episodeId").asLong(), coTo, 200);
        assertThat(facility.get("plannedEnd").asText()).isEqualTo("2021-12-13");

        // another district's command sees none of the members
        assertThat(getJson(API + "/returnee-groups/" + late.get("id").asLong() + "/members", mongCai(), 200)).isEmpty();
        assertThat(getJson(API + "/returnee-groups/" + late.get("id").asLong() + "/members", coTo, 200).size()).isEqualTo(2);
    }

    @Test
    void an_origin_never_assessed_counts_as_level_4_and_is_shown_as_assumed() throws Exception {
        unit("QUARANTINE_FACILITY", "Khu cách ly thử chưa đánh giá", CO_TO, "207", 3);
        String coTo = user("iso.ttch.coto", Role.DISTRICT_COMMAND, Scope.of("DISTRICT", "207"));
        long vaccinated = person("Mạc Văn Đã Tiêm", CO_TO, "207", 1980);
        fullyVaccinated(vaccinated);
        long unvaccinated = person("Mạc Thị Chưa Tiêm", CO_TO, "207", 1982);
        JsonNode g = group(coTo, "01", "01/12/2021", vaccinated, unvaccinated);
        assertThat(g.get("originLevel").isNull()).isTrue();
        assertThat(g.get("appliedLevel").asInt()).isEqualTo(4);
        assertThat(g.get("originLevelAssumed").asBoolean()).isTrue();
        JsonNode placed = g.get("allocation").get("placed");
        assertThat(placed.size()).as(g.toString()).isEqualTo(2);
        assertThat(placed.get(0).get("place").asText()).isEqualTo("HOME");
        assertThat(placed.get(1).get("place").asText()).isEqualTo("FACILITY");
        assertThat(jdbc.sql("select applied_level from isolation_returnee_group where id = :g")
                .param("g", g.get("id").asLong()).query(Integer.class).single()).isEqualTo(4);
    }

    @Test
    void an_administrator_adds_rows_for_origin_levels_refused_by_field_when_wrong_or_overlapping() throws Exception {
        String rule = """
                {"kind": "%s", "effectiveFrom": "01/06/2022", "appliesTo": "ANY", "place": "%s", "confinedDays": 3,
                 "testDays": [3], "source": "Thử nghiệm: người về theo cấp độ, tháng 6/2022", "originMinLevel": %s, "originMaxLevel": %s}""";
        assertThat(problems(post(API + "/rules", admin(), rule.formatted("CONTACT_QUARANTINE", "HOME", "1", "2"), 400)))
                .containsExactly("originMinLevel:ONLY_FOR_RETURNEES");
        assertThat(problems(post(API + "/rules", admin(), rule.formatted("RETURNEE_QUARANTINE", "HOME", "0", "5"), 400)))
                .containsExactly("originMinLevel:OUT_OF_RANGE", "originMaxLevel:OUT_OF_RANGE");
        assertThat(problems(post(API + "/rules", admin(), rule.formatted("RETURNEE_QUARANTINE", "HOME", "3", "2"), 400)))
                .containsExactly("originMaxLevel:BELOW_MIN");
        assertThat(problems(post(API + "/rules", admin(), rule.formatted("RETURNEE_QUARANTINE", "HOME", "null", "2"), 400)))
                .containsExactly("originMinLevel:REQUIRED");
        post(API + "/rules", baiChay(), rule.formatted("RETURNEE_QUARANTINE", "HOME", "1", "2"), 403);
        JsonNode low = post(API + "/rules", admin(), rule.formatted("RETURNEE_QUARANTINE", "HOME", "1", "2"), 201);
        assertThat(low.get("originMinLevel").asInt()).isEqualTo(1);
        assertThat(problems(post(API + "/rules", admin(), rule.formatted("RETURNEE_QUARANTINE", "FACILITY", "2", "4"), 400)))
                .containsExactly("effectiveFrom:RULE_TAKEN");
        post(API + "/rules", admin(), rule.formatted("RETURNEE_QUARANTINE", "FACILITY", "3", "4"), 201);
        assertThat(audits("isolation_rule", low.get("id").asLong())).isEqualTo(1);

        unit("QUARANTINE_FACILITY", "Khu cách ly thử quy định mới", CO_TO, "207", 3);
        String coTo = user("iso.ttch.coto", Role.DISTRICT_COMMAND, Scope.of("DISTRICT", "207"));
        assessed("92", "2022-06-01", 1);
        JsonNode fromLow = group(coTo, "92", "03/06/2022", person("Lâm Văn Cấp Một", CO_TO, "207", 1990));
        assertThat(fromLow.get("allocation").get("placed").get(0).get("place").asText()).isEqualTo("HOME");
        JsonNode fromUnknown = group(coTo, "94", "03/06/2022", person("Lâm Văn Chưa Rõ", CO_TO, "207", 1990));
        assertThat(fromUnknown.get("appliedLevel").asInt()).isEqualTo(4);
        assertThat(fromUnknown.get("allocation").get("placed").get(0).get("place").asText()).isEqualTo("FACILITY");
    }
}
