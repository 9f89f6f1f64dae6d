package org.epiguard.isolation;

import com.fasterxml.jackson.databind.JsonNode;
import org.epiguard.access.Role;
import org.epiguard.access.Scope;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** Quarantine facilities and treatment places: occupancy, free places, allocation that never overfills. */
class FacilityTest extends IsolationTestSupport {

    // Ba Chẽ (202) and Bình Liêu (198) have no demo quarantine facility
    static final String THANH_SON = "06973";
    static final String THANH_LAM = "06976";

    @Test
    void a_group_is_allocated_nearest_first_and_no_facility_is_overfilled() throws Exception {
        long near = unit("QUARANTINE_FACILITY", "Khu cách ly thử Thanh Sơn", THANH_SON, "202", 2);
        long sameDistrict = unit("QUARANTINE_FACILITY", "Khu cách ly thử Thanh Lâm", THANH_LAM, "202", 1);
        String baChe = user("iso.ttch.bache", Role.DISTRICT_COMMAND, Scope.of("DISTRICT", "202"));
        List<Long> group = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            group.add(person("Hà Văn Nhóm " + i, THANH_SON, "202", 1985 + i));
        }
        long alreadyIn = person("Hà Thị Đang Cách Ly", THANH_SON, "202", 1970);
        open(baChe, alreadyIn, "RETURNEE_QUARANTINE", "01/08/2021", "HOME", null, 201);
        List<Long> all = new ArrayList<>(group);
        all.add(alreadyIn);
        JsonNode result = post(API + "/allocations", baChe,
                "{\"personIds\": " + all + ", \"kind\": \"RETURNEE_QUARANTINE\", \"startDate\": \"01/08/2021\"}", 200);
        JsonNode placed = result.get("placed");
        assertThat(placed.size()).as(result.toString()).isEqualTo(4);
        assertThat(placed.get(0).get("facilityId").asLong()).isEqualTo(near);
        assertThat(placed.get(1).get("facilityId").asLong()).isEqualTo(near);
        assertThat(placed.get(2).get("facilityId").asLong()).isEqualTo(sameDistrict);
        assertThat(placed.get(3).get("facilityId").asLong()).isNotIn(near, sameDistrict);
        assertThat(result.get("unplaced").get(0).get("personId").asLong()).isEqualTo(alreadyIn);
        assertThat(result.get("unplaced").get(0).get("reason").asText()).isEqualTo("ALREADY_RUNNING");
        Map<Long, JsonNode> rows = facilities(baChe);
        assertThat(rows.get(near).get("occupancy").asInt()).isEqualTo(2);
        assertThat(rows.get(near).get("free").asInt()).isZero();
        assertThat(rows.get(near).get("admissions").asInt()).isZero();     // today; these came on 01/08/2021
        assertThat(rows.get(sameDistrict).get("free").asInt()).isZero();
        JsonNode district = getJson(API + "/facilities/districts", baChe, 200);
        assertThat(district.size()).isEqualTo(1);
        assertThat(district.get(0).get("capacity").asInt()).isEqualTo(3);
        assertThat(district.get(0).get("free").asInt()).isZero();
        assertThat(problems(open(baChe, person("Hà Văn Thừa", THANH_SON, "202", 1990), "RETURNEE_QUARANTINE",
                "01/08/2021", "FACILITY", near, 400))).containsExactly("placeUnitId:FACILITY_FULL");
        assertThat(problems(post(API + "/allocations", baChe, "{\"personIds\": [], \"kind\": \"X\"}", 400)))
                .containsExactly("personIds:REQUIRED", "kind:BAD_VALUE");
        post(API + "/allocations", kaLong(),
                "{\"personIds\": [" + group.getFirst() + "], \"kind\": \"RETURNEE_QUARANTINE\"}", 404);
    }

    /**
     * Any sequence of admissions, transfers between facilities, releases and deaths (seeded, 300 steps) leaves
     * every facility's occupancy and free places equal to a plain count, and never above capacity: an admission
     * or transfer into a full facility is refused and changes nothing.
     */
    @Test
    void occupancy_and_free_places_stay_right_after_any_sequence_of_admissions_transfers_and_releases() throws Exception {
        String binhLieu = user("iso.ttch.binhlieu", Role.DISTRICT_COMMAND, Scope.of("DISTRICT", "198"));
        Map<Long, Integer> capacity = new LinkedHashMap<>();
        capacity.put(unit("QUARANTINE_FACILITY", "Khu thử thuộc tính A", "06841", "198", 3), 3);
        capacity.put(unit("QUARANTINE_FACILITY", "Khu thử thuộc tính B", "06844", "198", 1), 1);
        capacity.put(unit("QUARANTINE_FACILITY", "Khu thử thuộc tính C", "06847", "198", 4), 4);
        List<Long> facilityIds = new ArrayList<>(capacity.keySet());
        List<Long> people = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            people.add(person("Lục Văn Thuộc Tính " + i, "06853", "198", 1960 + i));
        }
        Map<Long, Long> episodeOf = new HashMap<>();      // person -> running episode
        Map<Long, Long> facilityOf = new HashMap<>();     // person -> facility
        Random random = new Random(20211010L);
        int refused = 0;
        for (int step = 0; step < 300; step++) {
            long person = people.get(random.nextInt(people.size()));
            long target = facilityIds.get(random.nextInt(facilityIds.size()));
            long inTarget = facilityOf.values().stream().filter(f -> f == target).count();
            boolean room = inTarget < capacity.get(target);
            Long episode = episodeOf.get(person);
            if (episode == null) {
                JsonNode r = open(binhLieu, person, "CONTACT_QUARANTINE", "01/03/2022", "FACILITY", target, room ? 201 : 400);
                if (room) {
                    episodeOf.put(person, r.get("id").asLong());
                    facilityOf.put(person, target);
                } else {
                    assertThat(problems(r)).containsExactly("placeUnitId:FACILITY_FULL");
                    refused++;
                }
            } else {
                switch (random.nextInt(3)) {
                    case 0 -> {
                        if (target == facilityOf.get(person)) {
                            continue;
                        }
                        JsonNode r = end(binhLieu, episode, "transfer", "{\"on\": \"03/03/2022\", \"place\": \"FACILITY\", "
                                + "\"placeUnitId\": " + target + "}", room ? 200 : 400);
                        if (room) {
                            episodeOf.put(person, r.get("id").asLong());
                            facilityOf.put(person, target);
                        } else {
                            refused++;
                        }
                    }
                    case 1 -> {
                        check(binhLieu, episode, "07/03/2022", "\"testKind\": \"RAPID\", \"testResult\": \"NEGATIVE\"", 201);
                        end(binhLieu, episode, "release", "{\"on\": \"07/03/2022\"}", 200);
                        episodeOf.remove(person);
                        facilityOf.remove(person);
                    }
                    default -> {
                        end(binhLieu, episode, "death", "{\"on\": \"05/03/2022\"}", 200);
                        episodeOf.remove(person);
                        facilityOf.remove(person);
                        people.remove(person);
                        if (people.isEmpty()) {
                            break;
                        }
                    }
                }
            }
            Map<Long, JsonNode> rows = facilities(binhLieu);
            for (long f : facilityIds) {
                long expected = facilityOf.values().stream().filter(x -> x == f).count();
                assertThat(rows.get(f).get("occupancy").asLong()).as("occupancy of %d at step %d", f, step).isEqualTo(expected);
                assertThat(rows.get(f).get("free").asLong()).as("free of %d at step %d", f, step)
                        .isEqualTo(capacity.get(f) - expected);
            }
            if (people.isEmpty()) {
                break;
            }
        }
        assertThat(refused).as("the sequence tried full facilities").isPositive();
    }

    @Test
    void concurrent_admissions_never_take_more_places_than_the_facility_has() throws Exception {
        long facility = unit("QUARANTINE_FACILITY", "Khu cách ly thử đồng thời", "06859", "198", 5);
        String binhLieu = user("iso.ttch.binhlieu", Role.DISTRICT_COMMAND, Scope.of("DISTRICT", "198"));
        List<Long> people = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            people.add(person("Sầm Văn Đồng Thời " + i, "06859", "198", 1970 + i));
        }
        var pool = java.util.concurrent.Executors.newFixedThreadPool(6);
        try {
            List<java.util.concurrent.Future<Integer>> answers = new ArrayList<>();
            for (long p : people) {
                answers.add(pool.submit(() -> mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                                .post(API + "/episodes").with(as(binhLieu))
                                .contentType(org.springframework.http.MediaType.APPLICATION_JSON)
                                .content("{\"personId\": %d, \"kind\": \"CONTACT_QUARANTINE\", \"startDate\": \"01/03/2022\", \"place\": \"FACILITY\", \"placeUnitId\": %d}"
                                        .formatted(p, facility)))
                        .andReturn().getResponse().getStatus()));
            }
            List<Integer> statuses = new ArrayList<>();
            for (var a : answers) {
                statuses.add(a.get());
            }
            assertThat(statuses.stream().filter(x -> x == 201).count()).isEqualTo(5);
            assertThat(statuses.stream().filter(x -> x == 400).count()).isEqualTo(7);
        } finally {
            pool.shutdown();
        }
        assertThat(facilities(binhLieu).get(facility).get("occupancy").asInt()).isEqualTo(5);
        assertThat(facilities(binhLieu).get(facility).get("free").asInt()).isZero();
    }

    @Test
    void treatment_places_by_tier_show_beds_occupancy_and_oxygen_kept_by_the_district() throws Exception {
        long station = unit("HEALTH_STATION", "Trạm y tế thử tầng 1", "06673", "193", 10);
        long school = unit("SCHOOL", "Trường thử không điều trị", "06673", "193", 10);
        send("PUT", API + "/treatment-places/" + station, baiChay(), "{\"tier\": 1, \"beds\": 10}", 403);
        JsonNode row = send("PUT", API + "/treatment-places/" + station, haLong(),
                "{\"tier\": 1, \"beds\": 10, \"oxygenBeds\": 4}", 200);
        assertThat(row.get("tier").asInt()).isEqualTo(1);
        assertThat(row.get("free").asInt()).isEqualTo(10);
        assertThat(row.get("oxygenBeds").asInt()).isEqualTo(4);
        assertThat(problems(send("PUT", API + "/treatment-places/" + school, haLong(),
                "{\"tier\": 4, \"beds\": -1, \"oxygenBeds\": 2}", 400)))
                .containsExactly("unitId:NOT_A_TREATMENT_UNIT", "tier:OUT_OF_RANGE", "beds:OUT_OF_RANGE");
        assertThat(problems(send("PUT", API + "/treatment-places/" + station, haLong(),
                "{\"tier\": 1, \"beds\": 5, \"oxygenBeds\": 9}", 400))).containsExactly("oxygenBeds:MORE_THAN_BEDS");
        long p = baiChayPerson("Khổng Văn Tầng Một");
        open(baiChay(), p, "CASE_ISOLATION", "01/03/2022", "HOSPITAL", station, 201);
        assertThat(problems(send("PUT", API + "/treatment-places/" + station, haLong(), "{\"tier\": 1, \"beds\": 0}", 400)))
                .containsExactly("beds:BELOW_OCCUPANCY");
        boolean seen = false;
        for (JsonNode r : getJson(API + "/treatment-places?tier=1", baiChay(), 200)) {
            if (r.get("unitId").asLong() == station) {
                seen = true;
                assertThat(r.get("occupied").asInt()).isEqualTo(1);
                assertThat(r.get("free").asInt()).isEqualTo(9);
            }
        }
        assertThat(seen).isTrue();
        assertThat(getJson(API + "/treatment-places", kaLong(), 200).toString()).doesNotContain("Trạm y tế thử tầng 1");
        send("PUT", API + "/treatment-places/" + station, mongCai(), "{\"tier\": 1, \"beds\": 10}", 404);
        String board = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                        .get("/isolation/facilities").with(as(haLong())))
                .andReturn().getResponse().getContentAsString();
        assertThat(board).contains("Trạm y tế thử tầng 1", "Thành phố Hạ Long");
        assertThat(mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                        .get("/isolation/facilities").with(as(mongCai())))
                .andReturn().getResponse().getContentAsString()).doesNotContain("Trạm y tế thử tầng 1");
        assertThat(getJson(API + "/facilities", mongCai(), 200).toString()).doesNotContain("Khu cách ly thử Thanh Sơn");
    }

    @Test
    void a_checkpoint_logs_passengers_flags_those_without_declaration_or_test_and_the_destination_sees_its_arrivals() throws Exception {
        long checkpoint = unit("CHECKPOINT", "Chốt kiểm soát thử cầu Bãi Cháy", "06673", "193", null);
        long otherCheckpoint = unit("CHECKPOINT", "Chốt kiểm soát thử Móng Cái", "06709", "194", null);
        String guard = user("iso.chot.baichay", Role.CHECKPOINT, Scope.of("UNIT", String.valueOf(checkpoint)));
        String otherGuard = user("iso.chot.mongcai", Role.CHECKPOINT, Scope.of("UNIT", String.valueOf(otherCheckpoint)));
        String entry = """
                {"checkpointId": %d, "enteredAt": "05/08/2021 07:30", "plate": "29a-123.45", "vehicleKind": "CAR",
                 "fullName": "%s", "birthYear": 1979, "phone": "+84 912 345 678", "originProvince": "79",
                 "destinationCommune": "%s", "declarationPresent": %s, "testPresent": %s}""";
        JsonNode ok = post(API + "/checkpoint-entries", guard,
                entry.formatted(checkpoint, "Phan Văn Đủ Giấy", "06673", true, true), 201);
        assertThat(ok.get("flags")).isEmpty();
        assertThat(ok.get("phone").asText()).isEqualTo("0912345678");
        JsonNode flagged = post(API + "/checkpoint-entries", guard,
                entry.formatted(checkpoint, "Phan Thị Thiếu Giấy", "06673", false, false), 201);
        assertThat(flagged.get("flags").toString()).isEqualTo("[\"NO_DECLARATION\",\"NO_TEST\"]");
        post(API + "/checkpoint-entries", guard, entry.formatted(checkpoint, "Phan Văn Về Ka Long", "06709", true, false), 201);
        assertThat(audits("isolation_checkpoint_entry", flagged.get("id").asLong())).isEqualTo(1);

        JsonNode arrivals = getJson(API + "/checkpoint-entries?day=05/08/2021", baiChay(), 200);
        assertThat(arrivals.toString()).contains("Phan Văn Đủ Giấy", "Phan Thị Thiếu Giấy").doesNotContain("Về Ka Long");
        JsonNode flaggedOnly = getJson(API + "/checkpoint-entries?day=05/08/2021&flagged=true", baiChay(), 200);
        assertThat(flaggedOnly.get("rows").size()).isEqualTo(1);
        assertThat(getJson(API + "/checkpoint-entries?day=05/08/2021", kaLong(), 200).toString())
                .contains("Về Ka Long").doesNotContain("Phan Thị Thiếu Giấy");
        assertThat(getJson(API + "/checkpoint-entries?day=05/08/2021", guard, 200).get("rows").size()).isEqualTo(3);
        assertThat(getJson(API + "/checkpoint-entries", otherGuard, 200).get("rows")).isEmpty();
        assertThat(getJson(API + "/checkpoint-entries", mongCai(), 200).toString()).doesNotContain("Phan Thị Thiếu Giấy");
        post(API + "/checkpoint-entries", otherGuard, entry.formatted(checkpoint, "Phan Văn Chốt Khác", "06673", true, true), 404);
        post(API + "/checkpoint-entries", baiChay(), entry.formatted(checkpoint, "Phan Văn Trạm", "06673", true, true), 403);
        assertThat(problems(post(API + "/checkpoint-entries", guard, """
                {"checkpointId": %d, "enteredAt": "32/08/2021 07:30", "vehicleKind": "PLANE", "fullName": " ",
                 "phone": "12345", "citizenId": "12", "originProvince": "99", "destinationCommune": "00000"}"""
                .formatted(checkpoint), 400)))
                .containsExactly("destinationCommune:NO_SUCH_COMMUNE", "originProvince:NO_SUCH_PROVINCE",
                        "vehicleKind:BAD_VALUE", "fullName:REQUIRED", "phone:BAD_PHONE", "citizenId:BAD_CITIZEN_ID",
                        "declarationPresent:REQUIRED", "testPresent:REQUIRED", "enteredAt:BAD_TIME");
        assertThat(jdbc.sql("select count(*) from isolation_checkpoint_entry where checkpoint_id = :c")
                .param("c", checkpoint).query(Long.class).single()).isEqualTo(3);
    }

    @Test
    void a_returnee_group_is_handed_to_its_communes_each_member_placed_by_the_rule_on_arrival_for_their_vaccination() throws Exception {
        String namSon = "06898";   // Quảng Lâm, Đầm Hà (200): no demo facility in the district
        String quangAn = "06901";
        long facility = unit("QUARANTINE_FACILITY", "Khu cách ly thử Quảng Lâm", namSon, "200", 5);
        String damHa = user("iso.ttch.damha", Role.DISTRICT_COMMAND, Scope.of("DISTRICT", "200"));
        String namSonStation = user("iso.tyt.quanglam", Role.COMMUNE_HEALTH_STATION, Scope.of("COMMUNE", namSon));
        String thanhSonStation = user("iso.tyt.quangan", Role.COMMUNE_HEALTH_STATION, Scope.of("COMMUNE", quangAn));
        String rule = """
                {"kind": "RETURNEE_QUARANTINE", "effectiveFrom": "01/09/2021", "appliesTo": "%s", "place": "%s",
                 "confinedDays": %d, "monitorDays": 7, "testDays": [1, 7], "source": "Thử nghiệm: người về, tháng 9/2021"}""";
        post(API + "/rules", admin(), rule.formatted("PROTECTED", "HOME", 7), 201);
        post(API + "/rules", admin(), rule.formatted("UNPROTECTED", "FACILITY", 14), 201);
        long vaccinated = person("Quách Văn Đã Tiêm", namSon, "200", 1980);
        fullyVaccinated(vaccinated);
        long unvaccinated = person("Quách Thị Chưa Tiêm", namSon, "200", 1982);
        long elsewhere = person("Quách Văn Quảng An", quangAn, "200", 1984);
        JsonNode group = post(API + "/returnee-groups", damHa, """
                {"originProvince": "79", "transport": "Xe khách 29B-555.66", "arrivalDate": "01/10/2021",
                 "personIds": [%d, %d, %d]}""".formatted(vaccinated, unvaccinated, elsewhere), 201);
        JsonNode placed = group.get("allocation").get("placed");
        assertThat(placed.size()).as(group.toString()).isEqualTo(3);
        assertThat(placed.get(0).get("place").asText()).isEqualTo("HOME");
        assertThat(placed.get(1).get("place").asText()).isEqualTo("FACILITY");
        assertThat(placed.get(1).get("facilityId").asLong()).isEqualTo(facility);
        assertThat(placed.get(2).get("facilityId").asLong()).isEqualTo(facility);
        long groupId = group.get("id").asLong();
        JsonNode mine = getJson(API + "/returnee-groups/" + groupId + "/members", namSonStation, 200);
        assertThat(mine.size()).isEqualTo(2);
        assertThat(mine.toString()).contains("Quách Văn Đã Tiêm", "Quách Thị Chưa Tiêm").doesNotContain("Quách Văn Quảng An");
        assertThat(getJson(API + "/returnee-groups/" + groupId + "/members", thanhSonStation, 200).size()).isEqualTo(1);
        assertThat(getJson(API + "/returnee-groups/" + groupId + "/members", kaLong(), 200)).isEmpty();
        assertThat(problems(post(API + "/returnee-groups", damHa, """
                {"originProvince": "99", "transport": "", "arrivalDate": "31/09/2021", "personIds": []}""", 400)))
                .containsExactly("originProvince:NO_SUCH_PROVINCE", "transport:REQUIRED", "arrivalDate:BAD_DATE",
                        "personIds:REQUIRED");
        post(API + "/returnee-groups", kaLong(), """
                {"originProvince": "79", "transport": "Xe", "personIds": [%d]}""".formatted(elsewhere), 404);
        assertThat(audits("isolation_returnee_group", groupId)).isEqualTo(1);
    }

    Map<Long, JsonNode> facilities(String user) throws Exception {
        Map<Long, JsonNode> rows = new HashMap<>();
        getJson(API + "/facilities", user, 200).forEach(r -> rows.put(r.get("id").asLong(), r));
        return rows;
    }
}
