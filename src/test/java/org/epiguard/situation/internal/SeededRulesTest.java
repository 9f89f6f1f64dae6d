package org.epiguard.situation.internal;

import org.epiguard.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rule sets the migration seeds are the ones {@link LevelRulesTest} checks edge by edge and cell by
 * cell: the same effective dates, threshold values and matrix levels, so a change to the seeded data
 * without a change to those tests fails here.
 */
class SeededRulesTest extends IntegrationTest {

    @Autowired
    RuleBook rules;

    RuleSet seeded(String decision) {
        return rules.all().stream().filter(r -> r.decision().equals(decision) && r.version() == 1).findFirst()
                .orElseThrow();
    }

    @Test
    void the_seeded_4800_and_218_rule_sets_are_those_the_rule_tests_check() {
        check(seeded("4800/QĐ-BYT"), LevelRulesTest.R4800, LocalDate.of(2021, 10, 12));
        check(seeded("218/QĐ-BYT"), LevelRulesTest.R218, LocalDate.of(2022, 1, 27));
    }

    static void check(RuleSet seeded, RuleSet tested, LocalDate effective) {
        assertThat(seeded.method()).isEqualTo(tested.method());
        assertThat(seeded.effectiveFrom()).isEqualTo(effective);
        assertThat(seeded.thresholds().keySet()).containsExactlyInAnyOrderElementsOf(tested.thresholds().keySet());
        tested.thresholds().forEach((key, t) -> assertThat(seeded.thresholds().get(key).value())
                .as(seeded.decision() + " " + key).isEqualByComparingTo(t.value()));
        assertThat(seeded.matrix().keySet()).containsExactlyInAnyOrderElementsOf(tested.matrix().keySet());
        tested.matrix().forEach((key, cell) -> assertThat(seeded.matrix().get(key).level())
                .as(seeded.decision() + " cell " + key).isEqualTo(cell.level()));
    }
}
