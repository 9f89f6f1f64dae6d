package org.epiguard.people.internal;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class SearchTermsTest {

    @Test
    void a_name_with_a_trailing_year_or_date_searches_name_and_birth() {
        assertThat(SearchTerms.parse(" nguyen  van an 1985 ")).isEqualTo(
                new SearchTerms(SearchTerms.Kind.NAME, "nguyen van an", 1985, null));
        assertThat(SearchTerms.parse("Nguyễn Văn An 12/03/1985").birthDate()).isEqualTo(LocalDate.of(1985, 3, 12));
    }

    @Test
    void digits_are_a_phone_in_any_form_or_a_citizen_ID() {
        assertThat(SearchTerms.parse("+84 912.345.678")).isEqualTo(
                new SearchTerms(SearchTerms.Kind.PHONE, "0912345678", null, null));
        assertThat(SearchTerms.parse("022 085 001 234").kind()).isEqualTo(SearchTerms.Kind.CITIZEN_ID);
        assertThat(SearchTerms.parse("101234567").kind()).isEqualTo(SearchTerms.Kind.CITIZEN_ID);
        assertThat(SearchTerms.parse("12345").kind()).isEqualTo(SearchTerms.Kind.NONE);
    }

    @Test
    void letters_and_digits_without_spaces_are_a_passport_and_wildcards_never_reach_SQL() {
        assertThat(SearchTerms.parse("c1234567")).isEqualTo(new SearchTerms(SearchTerms.Kind.PASSPORT, "C1234567", null, null));
        assertThat(SearchTerms.parse("nguyen% _an").value()).isEqualTo("nguyen an");
        assertThat(SearchTerms.parse("%%").kind()).isEqualTo(SearchTerms.Kind.NONE);
    }
}
