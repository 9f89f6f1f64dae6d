package org.epiguard.demo.internal;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class DoseGeneratorTest {

    static List<DoseRecipient> commune(long firstId, int people) {
        List<DoseRecipient> list = new ArrayList<>();
        for (int i = 0; i < people; i++) {
            int age = 5 + (i * 7) % 85;
            list.add(new DoseRecipient(firstId + i, age, i % 50 == 0 ? "HEALTH_WORKER" : "OTHER", age >= 65 && i % 3 == 0));
        }
        return list;
    }

    @Test
    void the_same_seed_gives_the_same_history() {
        assertThat(new DoseGenerator(7).commune("06673", commune(1, 400)))
                .isEqualTo(new DoseGenerator(7).commune("06673", commune(1, 400)));
        assertThat(new DoseGenerator(8).commune("06673", commune(1, 400)))
                .isNotEqualTo(new DoseGenerator(7).commune("06673", commune(1, 400)));
    }

    @Test
    void quotas_carried_over_many_small_communes_hit_the_shares_to_the_person() {
        DoseGenerator generator = new DoseGenerator(20211010);
        List<DemoDose> doses = new ArrayList<>();
        int adults = 0;
        for (int c = 0; c < 200; c++) {
            List<DoseRecipient> people = commune(c * 100L, 17);
            adults += (int) people.stream().filter(p -> p.age() >= 18).count();
            doses.addAll(generator.commune("%05d".formatted(6000 + c), people));
        }
        long adultThirdDoses = doses.stream().filter(d -> d.number() == 3).count();
        assertThat(adultThirdDoses).isEqualTo(Math.round(adults * 0.85));
    }
}
