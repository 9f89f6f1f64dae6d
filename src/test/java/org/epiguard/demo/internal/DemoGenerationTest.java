package org.epiguard.demo.internal;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;

import static org.assertj.core.api.Assertions.assertThat;

class DemoGenerationTest {

    @Test
    void the_same_seed_and_size_give_the_same_province_to_the_last_digit() {
        String first = digest(20211010, 3_000);
        String second = digest(20211010, 3_000);
        assertThat(second).isEqualTo(first);
    }

    @Test
    void another_seed_or_size_gives_another_province() {
        String reference = digest(20211010, 3_000);
        assertThat(digest(20211011, 3_000)).isNotEqualTo(reference);
        assertThat(digest(20211010, 3_001)).isNotEqualTo(reference);
    }

    @Test
    void the_size_asked_for_is_the_number_of_people_generated() {
        for (int size : new int[]{0, 1, 177, 2_999}) {
            long[] people = {0};
            DemoProvince.plan(1, QuangNinhCommunes.all(), size).generatePeople(b -> people[0] += b.people().size());
            assertThat(people[0]).as("size %d", size).isEqualTo(size);
        }
    }

    private static String digest(long seed, int people) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            DemoProvince province = DemoProvince.plan(seed, QuangNinhCommunes.all(), people);
            province.population().forEach(p -> update(sha, p));
            province.villages().forEach(v -> update(sha, v));
            province.places().forEach(p -> update(sha, p));
            province.generatePeople(batch -> {
                batch.households().forEach(h -> update(sha, h));
                batch.people().forEach(p -> update(sha, p));
            });
            return HexFormat.of().formatHex(sha.digest());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void update(MessageDigest sha, Record r) {
        sha.update(r.toString().getBytes(StandardCharsets.UTF_8));
    }
}
