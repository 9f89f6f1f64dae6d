package org.epiguard.people.internal;

import org.junit.jupiter.api.Test;

import java.text.Normalizer;

import static org.assertj.core.api.Assertions.assertThat;

class PersonNamesTest {

    @Test
    void spaces_are_trimmed_and_collapsed() {
        assertThat(PersonNames.normalise("  Nguyễn   Văn \t An ")).isEqualTo("Nguyễn Văn An");
    }

    @Test
    void a_name_typed_with_decomposed_diacritics_is_stored_composed() {
        String decomposed = Normalizer.normalize("Nguyễn Thị Ánh", Normalizer.Form.NFD);
        assertThat(decomposed).isNotEqualTo("Nguyễn Thị Ánh");
        assertThat(PersonNames.normalise(decomposed)).isEqualTo("Nguyễn Thị Ánh");
        assertThat(PersonNames.check(PersonNames.normalise(decomposed))).isNull();
    }

    @Test
    void a_missing_name_a_name_with_digits_or_a_very_long_name_is_refused() {
        assertThat(PersonNames.check(PersonNames.normalise("   ")).messageKey()).isEqualTo("people.error.fullName.required");
        assertThat(PersonNames.check("Nguyễn Văn 2").messageKey()).isEqualTo("people.error.fullName.characters");
        assertThat(PersonNames.check("<script>").field()).isEqualTo("fullName");
        assertThat(PersonNames.check("A".repeat(121)).messageKey()).isEqualTo("people.error.fullName.length");
    }

    @Test
    void foreign_names_with_apostrophes_hyphens_and_dots_are_accepted() {
        assertThat(PersonNames.check("Mary-Jane O'Neil Jr.")).isNull();
    }
}
