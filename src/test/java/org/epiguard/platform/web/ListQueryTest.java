package org.epiguard.platform.web;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ListQueryTest {

    private static final Map<String, String> SORTABLE = Map.of(
            "name", "p.full_name, p.id",
            "when", "coalesce(t.result_at, s.collected_at), t.id",
            "year", "p.birth_year");

    @Test
    void a_sort_key_of_several_columns_turns_round_as_a_whole() {
        assertThat(ListQuery.of(0, 50, "name", "desc", SORTABLE, "name").orderBy(SORTABLE))
                .isEqualTo(" order by p.full_name desc nulls last, p.id desc nulls last");
        assertThat(ListQuery.of(0, 50, "when", "asc", SORTABLE, "name").orderBy(SORTABLE))
                .as("commas inside a function call are not column separators")
                .isEqualTo(" order by coalesce(t.result_at, s.collected_at) asc nulls last, t.id asc nulls last");
        assertThat(ListQuery.of(0, 50, "year", null, SORTABLE, "name").orderBy(SORTABLE))
                .isEqualTo(" order by p.birth_year asc nulls last");
    }

    @Test
    void an_unknown_sort_key_or_direction_falls_back_to_the_default_and_never_reaches_sql() {
        ListQuery q = ListQuery.of(-3, 10_000, "p.id; drop table people_person", "sideways", SORTABLE, "year");
        assertThat(q.orderBy(SORTABLE)).isEqualTo(" order by p.birth_year asc nulls last");
        assertThat(q.page()).isZero();
        assertThat(q.size()).isEqualTo(ListQuery.MAX_SIZE);
    }
}
