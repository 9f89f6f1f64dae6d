package org.epiguard.demo.internal;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.text.Normalizer;
import java.time.Period;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The people of a generated province of 60,000, checked the way a registry clerk would. */
class DemoPeopleTest {

    private static final Set<String> BIRTH_PROVINCES = Set.of("022", "001", "020", "024", "030", "031", "033", "034",
            "036", "038", "040");
    private static final Set<String> CONDITIONS = Set.of("DIABETES", "HYPERTENSION", "CARDIOVASCULAR",
            "CHRONIC_LUNG_DISEASE", "CHRONIC_KIDNEY_DISEASE", "CANCER", "OBESITY");

    private static final List<DemoPerson> people = new ArrayList<>();
    private static List<DemoPlace> places;

    @BeforeAll
    static void generate() {
        DemoProvince province = DemoProvince.plan(20211010, QuangNinhCommunes.all(), 60_000);
        places = province.places();
        province.generatePeople(batch -> people.addAll(batch.people()));
    }

    private static int age(DemoPerson p) {
        return p.birthDate() == null ? DemoProvince.REFERENCE_DATE.getYear() - p.birthYear()
                : Period.between(p.birthDate(), DemoProvince.REFERENCE_DATE).getYears();
    }

    @Test
    void citizen_ids_are_valid_cccd_or_cmnd_and_never_repeat() {
        Set<String> seen = new HashSet<>();
        for (DemoPerson p : people) {
            if (p.citizenId() == null) {
                assertThat(age(p)).as("who has no ID").isLessThan(14);
                continue;
            }
            assertThat(seen.add(p.citizenId())).as("unique " + p.citizenId()).isTrue();
            String id = p.citizenId();
            if (id.length() == 9) {
                assertThat(id).matches("10\\d{7}");
                assertThat(p.birthYear()).as("CMND holders are older people").isLessThan(1960);
                continue;
            }
            assertThat(id).matches("\\d{12}");
            assertThat(BIRTH_PROVINCES).contains(id.substring(0, 3));
            int centuryAndSex = (p.birthYear() < 2000 ? 0 : 2) + (p.sex() == 'F' ? 1 : 0);
            assertThat(id.charAt(3) - '0').as("century/sex digit of " + id).isEqualTo(centuryAndSex);
            assertThat(Integer.parseInt(id.substring(4, 6))).isEqualTo(p.birthYear() % 100);
        }
        assertThat(people).filteredOn(p -> age(p) >= 14).allMatch(p -> p.citizenId() != null);
        long born022 = people.stream().filter(p -> p.citizenId() != null && p.citizenId().startsWith("022")).count();
        assertThat(born022).isGreaterThan(people.stream().filter(p -> p.citizenId() != null).count() / 2);
    }

    @Test
    void adults_have_vietnamese_mobile_numbers_that_do_not_repeat() {
        Set<String> seen = new HashSet<>();
        for (DemoPerson p : people) {
            if (p.phone() != null) {
                assertThat(p.phone()).matches("0[35789]\\d{8}");
                assertThat(seen.add(p.phone())).as(p.phone()).isTrue();
                assertThat(age(p)).isGreaterThanOrEqualTo(18);
            }
        }
        assertThat(seen.size()).isGreaterThan(people.size() / 2);
    }

    @Test
    void names_are_vietnamese_in_nfc_and_nguyen_is_the_commonest_family_name() {
        Map<String, Long> families = people.stream()
                .collect(Collectors.groupingBy(p -> p.fullName().split(" ")[0], Collectors.counting()));
        for (DemoPerson p : people) {
            assertThat(Normalizer.isNormalized(p.fullName(), Normalizer.Form.NFC)).isTrue();
            assertThat(p.fullName().split(" ")).hasSizeGreaterThanOrEqualTo(3);
        }
        assertThat(families.get("Nguyễn") / (double) people.size()).isCloseTo(0.38, within(0.04));
        assertThat(families.get("Trần")).isGreaterThan(families.get("Phạm"));
        assertThat(people).filteredOn(p -> p.sex() == 'F' && p.birthYear() < 1980)
                .filteredOn(p -> p.fullName().split(" ")[1].equals("Thị")).isNotEmpty();
    }

    @Test
    void ages_follow_the_2019_pyramid() {
        for (AgeBand band : AgeBand.values()) {
            double share = people.stream().filter(p -> AgeBand.of(age(p)) == band).count() / (double) people.size();
            assertThat(share).as(band.name()).isCloseTo(band.share(), within(0.01));
        }
    }

    @Test
    void households_have_one_to_six_members_and_children_live_with_an_adult_old_enough_to_be_their_parent() {
        Map<Long, List<DemoPerson>> households = people.stream().collect(Collectors.groupingBy(DemoPerson::householdKey));
        for (List<DemoPerson> members : households.values()) {
            assertThat(members.size()).isBetween(1, 6);
            assertThat(members.stream().map(DemoPerson::communeCode).distinct()).hasSize(1);
            int youngest = members.stream().mapToInt(DemoPeopleTest::age).min().orElseThrow();
            int oldest = members.stream().mapToInt(DemoPeopleTest::age).max().orElseThrow();
            if (youngest < 18) {
                assertThat(oldest - youngest).as("household " + members).isGreaterThanOrEqualTo(16);
            }
        }
        double average = people.size() / (double) households.size();
        assertThat(average).isBetween(2.8, 4.2);
    }

    @Test
    void pupils_go_to_a_school_and_workers_to_a_place_of_their_trade() {
        for (DemoPerson p : people) {
            DemoPlace place = p.workplaceKey() < 0 ? null : places.get(p.workplaceKey());
            switch (p.occupation()) {
                case "STUDENT" -> {
                    if (age(p) <= 17) {
                        assertThat(place).isNotNull();
                        assertThat(place.purpose().isSchool()).isTrue();
                    }
                }
                case "TEACHER" -> assertThat(place.purpose().isSchool()).isTrue();
                case "COAL_WORKER" -> {
                    assertThat(place.purpose()).isEqualTo(PlacePurpose.COAL_COMPANY);
                    assertThat(place.districtCode()).isEqualTo(p.districtCode());
                }
                case "FACTORY_WORKER" -> assertThat(place.purpose()).isEqualTo(PlacePurpose.FACTORY);
                case "PORT_WORKER" -> assertThat(place.purpose()).isEqualTo(PlacePurpose.PORT);
                case "FISHERMAN" -> assertThat(DistrictEconomy.of(p.districtCode()).fishing()).isPositive();
                case "HEALTH_WORKER", "MARKET_TRADER", "OTHER" -> { }
                default -> throw new AssertionError("unknown occupation " + p.occupation());
            }
        }
        Map<String, Long> byOccupation = people.stream().collect(Collectors.groupingBy(DemoPerson::occupation, Collectors.counting()));
        assertThat(byOccupation.keySet()).contains("MARKET_TRADER", "FISHERMAN", "PORT_WORKER", "FACTORY_WORKER",
                "COAL_WORKER", "HEALTH_WORKER", "TEACHER", "STUDENT", "OTHER");
        assertThat(people).filteredOn(p -> p.occupation().equals("FACTORY_WORKER"))
                .anyMatch(p -> places.get(p.workplaceKey()).name().equals(NamedPlaces.DEMO_ENTERPRISE));
        assertThat(people).filteredOn(p -> p.occupation().equals("STUDENT") && p.workplaceKey() >= 0)
                .anyMatch(p -> places.get(p.workplaceKey()).name().equals(NamedPlaces.DEMO_SCHOOL));
    }

    @Test
    void some_elderly_have_comorbidities_and_a_few_young_women_are_pregnant() {
        for (DemoPerson p : people) {
            assertThat(CONDITIONS).containsAll(p.comorbidities());
            if (p.pregnant()) {
                assertThat(p.sex()).isEqualTo('F');
                assertThat(age(p)).isBetween(18, 45);
            }
        }
        double elderlyWithConditions = people.stream().filter(p -> age(p) >= 65)
                .filter(p -> !p.comorbidities().isEmpty()).count()
                / (double) people.stream().filter(p -> age(p) >= 65).count();
        assertThat(elderlyWithConditions).isBetween(0.3, 0.5);
        assertThat(people).filteredOn(DemoPerson::pregnant).hasSizeBetween(100, 1_000);
    }
}
