package org.epiguard.vaccination;

import org.epiguard.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Coverage of a commune on a small controlled set: each denominator (population by band, registered
 * people by age on the date) and each numerator (≥1, ≥2, ≥3 doses on or before the date).
 */
class CoverageTest extends IntegrationTest {

    @Autowired
    VaccinationCoverage coverage;

    CoverageTestData data;
    String district;
    String commune;
    String otherCommune;
    long village;

    @BeforeEach
    void communeWithPeopleAndDoses() {
        data = new CoverageTestData(jdbc);
        List<String> codes = data.district(0);
        district = codes.get(0);
        commune = codes.get(1);
        otherCommune = codes.get(2);
        if (jdbc.sql("select count(*) from people_person where commune_code = :c").param("c", commune)
                .query(Long.class).single() > 0) {
            return;
        }
        data.population(commune, 50, 100, 150, 400, 200, 100);
        data.population(otherCommune, 10, 10, 10, 10, 10, 10);
        village = data.village(commune, "Coverage Test Ấp Một");
        long thirteen = data.person(commune, village, "Thạch Thị Mười Ba", "2008-02-09");
        data.doses(thirteen, "2021-11-15", "2021-12-10");
        long twelveToday = data.person(commune, village, "Lâm Văn Mười Hai", "2010-02-08");
        data.doses(twelveToday, "2022-02-08");
        long elevenToday = data.person(commune, null, "Sơn Thị Mười Một", "2010-02-09");
        data.doses(elevenToday, "2022-01-20");
        long eighteenByYear = data.person(commune, null, "Kim Văn Mười Tám", "2004");
        data.doses(eighteenByYear, "2021-08-20", "2021-09-20", "2022-02-09");
        long sixtyTwo = data.person(commune, null, "Trần Thị Sáu Hai", "1960");
        data.doses(sixtyTwo, "2021-08-01", "2021-08-29", "2022-01-20");
        long seventyTwo = data.person(commune, null, "Lý Văn Bảy Hai", "1950");
        long duplicate = data.person(commune, null, "Lý Văn Bảy Hai (trùng)", "1950");
        data.doses(duplicate, "2021-09-01");
        data.mergeInto(duplicate, seventyTwo);
        long elsewhere = data.person(otherCommune, null, "Danh Văn Xã Khác", "1970");
        data.doses(elsewhere, "2021-09-01", "2021-10-01");
    }

    GroupCoverage of(String unit, String date, AgeGroup group) {
        return coverage.coverage(unit, LocalDate.parse(date)).orElseThrow().unit().group(group);
    }

    @Test
    void the_population_denominator_adds_up_the_age_bands_of_each_group() {
        assertThat(of(commune, "2022-02-08", AgeGroup.AGE_12_17).population()).isEqualTo(150);
        assertThat(of(commune, "2022-02-08", AgeGroup.AGE_18_PLUS).population()).isEqualTo(400 + 200 + 100);
        assertThat(of(commune, "2022-02-08", AgeGroup.AGE_50_PLUS).population()).isEqualTo(200 + 100);
        assertThat(of(commune, "2022-02-08", AgeGroup.AGE_65_PLUS).population()).isEqualTo(100);
    }

    @Test
    void registered_people_count_by_their_age_on_the_date_and_merged_records_do_not_count() {
        assertThat(of(commune, "2022-02-08", AgeGroup.AGE_12_17))
                .isEqualTo(new GroupCoverage(AgeGroup.AGE_12_17, 150L, 2, 2, 1, 0));
        assertThat(of(commune, "2022-02-08", AgeGroup.AGE_18_PLUS))
                .isEqualTo(new GroupCoverage(AgeGroup.AGE_18_PLUS, 700L, 3, 2, 2, 1));
        assertThat(of(commune, "2022-02-08", AgeGroup.AGE_50_PLUS))
                .isEqualTo(new GroupCoverage(AgeGroup.AGE_50_PLUS, 300L, 2, 1, 1, 1));
        assertThat(of(commune, "2022-02-08", AgeGroup.AGE_65_PLUS))
                .isEqualTo(new GroupCoverage(AgeGroup.AGE_65_PLUS, 100L, 1, 0, 0, 0));
    }

    @Test
    void a_dose_counts_from_its_own_day_and_a_birthday_moves_a_child_into_the_12_to_17_group() {
        assertThat(of(commune, "2022-02-09", AgeGroup.AGE_12_17))
                .isEqualTo(new GroupCoverage(AgeGroup.AGE_12_17, 150L, 3, 3, 1, 0));
        assertThat(of(commune, "2022-02-09", AgeGroup.AGE_18_PLUS).atLeast3()).isEqualTo(2);
        assertThat(of(commune, "2022-02-07", AgeGroup.AGE_12_17).atLeast1()).isEqualTo(1);
        // in 2021 the one born in 2004 (year only) is 17 by the year rule: a child with two doses since September
        assertThat(of(commune, "2021-11-14", AgeGroup.AGE_12_17))
                .isEqualTo(new GroupCoverage(AgeGroup.AGE_12_17, 150L, 2, 1, 1, 0));
        assertThat(of(commune, "2021-11-15", AgeGroup.AGE_12_17).atLeast1()).isEqualTo(2);
        assertThat(of(commune, "2021-12-09", AgeGroup.AGE_12_17).atLeast2()).isEqualTo(1);
        assertThat(of(commune, "2021-12-10", AgeGroup.AGE_12_17).atLeast2()).isEqualTo(2);
        assertThat(of(commune, "2021-12-31", AgeGroup.AGE_18_PLUS).registered()).isEqualTo(2);
        assertThat(of(commune, "2022-01-01", AgeGroup.AGE_18_PLUS).registered()).isEqualTo(3);
    }

    @Test
    void percentages_are_taken_over_each_denominator_separately() {
        GroupCoverage adults = of(commune, "2022-02-08", AgeGroup.AGE_18_PLUS);
        assertThat(adults.percentOfPopulation(1)).isEqualTo(100.0 * 2 / 700);
        assertThat(adults.percentOfRegistered(1)).isEqualTo(100.0 * 2 / 3);
        assertThat(adults.percentOfRegistered(3)).isEqualTo(100.0 / 3);
    }

    @Test
    void a_district_is_the_sum_of_its_communes_and_a_commune_splits_by_village() {
        CoverageReport districtReport = coverage.coverage(district, LocalDate.parse("2022-02-08")).orElseThrow();
        UnitCoverage communeRow = districtReport.parts().stream().filter(p -> p.code().equals(commune)).findFirst().orElseThrow();
        UnitCoverage otherRow = districtReport.parts().stream().filter(p -> p.code().equals(otherCommune)).findFirst().orElseThrow();
        assertThat(otherRow.group(AgeGroup.AGE_18_PLUS)).isEqualTo(new GroupCoverage(AgeGroup.AGE_18_PLUS, 30L, 1, 1, 1, 0));
        GroupCoverage districtAdults = districtReport.unit().group(AgeGroup.AGE_18_PLUS);
        assertThat(districtAdults.registered()).isEqualTo(communeRow.group(AgeGroup.AGE_18_PLUS).registered() + 1);
        assertThat(districtAdults.atLeast2()).isEqualTo(3);
        assertThat(districtAdults.population()).isEqualTo(730);

        CoverageReport communeReport = coverage.coverage(commune, LocalDate.parse("2022-02-08")).orElseThrow();
        UnitCoverage ap = communeReport.parts().stream().filter(p -> "Ấp Coverage Test Ấp Một".equals(p.name()))
                .findFirst().orElseThrow();
        assertThat(ap.group(AgeGroup.AGE_12_17)).isEqualTo(new GroupCoverage(AgeGroup.AGE_12_17, null, 2, 2, 1, 0));
        UnitCoverage noVillage = communeReport.parts().stream().filter(p -> p.code().isEmpty()).findFirst().orElseThrow();
        assertThat(noVillage.group(AgeGroup.AGE_18_PLUS).registered()).isEqualTo(3);
    }

    @Test
    void an_unknown_unit_has_no_coverage() {
        assertThat(coverage.coverage("99999", LocalDate.parse("2022-02-08"))).isEmpty();
    }

    @Test
    void every_commune_of_the_country_at_once_gives_the_figures_of_each_district_report() {
        LocalDate on = LocalDate.parse("2022-02-08");
        List<UnitCoverage> all = coverage.allCommunes(on);
        assertThat(all).hasSize(10_599);
        assertThat(all).extracting(UnitCoverage::level).containsOnly("COMMUNE");
        List<UnitCoverage> ofDistrict = coverage.coverage(district, on).orElseThrow().parts();
        for (UnitCoverage part : ofDistrict) {
            assertThat(all).filteredOn(c -> c.code().equals(part.code())).containsExactly(part);
        }
        UnitCoverage mine = all.stream().filter(c -> c.code().equals(commune)).findFirst().orElseThrow();
        assertThat(mine.group(AgeGroup.AGE_18_PLUS).population()).isEqualTo(700L);
        assertThat(mine.group(AgeGroup.AGE_18_PLUS).atLeast1()).isPositive();
    }
}
