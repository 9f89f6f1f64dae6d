package org.epiguard.demo.internal;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class PopulationPlanTest {

    private final List<Commune> communes = QuangNinhCommunes.all();
    private final List<CommunePopulation> population = PopulationPlan.split(communes, 20211010);

    @Test
    void the_177_communes_add_up_to_the_2019_census_exactly() {
        assertThat(population).hasSize(177);
        assertThat(population.stream().mapToLong(CommunePopulation::total).sum()).isEqualTo(1_320_324);
    }

    @Test
    void in_every_commune_the_age_bands_add_up_to_its_total() {
        for (CommunePopulation p : population) {
            assertThat(p.bands().stream().mapToInt(Integer::intValue).sum()).as(p.communeCode()).isEqualTo(p.total());
            assertThat(p.bands()).allMatch(b -> b >= 0);
        }
    }

    @Test
    void the_province_follows_the_2019_age_pyramid() {
        for (AgeBand band : AgeBand.values()) {
            double share = population.stream().mapToInt(p -> p.band(band)).sum() / 1_320_324.0;
            assertThat(share).as(band.name()).isCloseTo(band.share(), within(0.005));
        }
    }

    @Test
    void city_wards_are_bigger_than_rural_communes_and_co_to_is_tiny() {
        Map<String, Integer> totals = population.stream()
                .collect(Collectors.toMap(CommunePopulation::communeCode, CommunePopulation::total));
        double wards = communes.stream().filter(Commune::isWard).mapToInt(c -> totals.get(c.code())).average().orElseThrow();
        double rural = communes.stream().filter(c -> !c.isWard() && !c.isTown())
                .mapToInt(c -> totals.get(c.code())).average().orElseThrow();
        assertThat(wards).isGreaterThan(2 * rural);
        int coTo = communes.stream().filter(c -> c.districtCode().equals("207")).mapToInt(c -> totals.get(c.code())).sum();
        int haLong = communes.stream().filter(c -> c.districtCode().equals("193")).mapToInt(c -> totals.get(c.code())).sum();
        assertThat(coTo).isBetween(4_000, 9_000);
        assertThat(haLong).isGreaterThan(250_000);
        assertThat(totals.get("06673")).as("Phường Bãi Cháy").isGreaterThan(totals.get("07033")).as("Xã Kỳ Thượng");
    }

    @Test
    void the_split_splits_exactly_and_refuses_nonsense() {
        assertThat(Apportion.split(10, new double[]{1, 1, 1})).containsExactly(4, 3, 3);
        assertThat(Apportion.split(7, new double[]{0, 2, 5})).containsExactly(0, 2, 5);
        assertThat(Apportion.split(0, new double[]{1, 2})).containsExactly(0, 0);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Apportion.split(5, new double[]{0, 0}))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
