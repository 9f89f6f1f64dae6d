package org.epiguard.people.internal;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BirthDatesTest {

    static final LocalDate TODAY = LocalDate.of(2021, 10, 10);

    @Test
    void a_year_alone_is_a_birth_date() {
        assertThat(BirthDates.parse("1985", TODAY)).isEqualTo(BirthDates.ofYear(1985));
    }

    @Test
    void dates_are_read_as_dd_MM_yyyy_or_ISO() {
        assertThat(BirthDates.parse("12/03/1985", TODAY).date()).isEqualTo(LocalDate.of(1985, 3, 12));
        assertThat(BirthDates.parse("2.3.1985", TODAY).date()).isEqualTo(LocalDate.of(1985, 3, 2));
        assertThat(BirthDates.parse("1985-03-12", TODAY).date()).isEqualTo(LocalDate.of(1985, 3, 12));
        assertThat(BirthDates.parse("12/03/1985", TODAY).text()).isEqualTo("12/03/1985");
    }

    @Test
    void impossible_future_too_old_or_missing_dates_name_the_birth_field() {
        assertProblem("31/02/1985", "people.error.birth.format");
        assertProblem("1985/03/12", "people.error.birth.format");
        assertProblem("85", "people.error.birth.format");
        assertProblem("11/10/2021", "people.error.birth.future");
        assertProblem("2022", "people.error.birth.future");
        assertProblem("1889", "people.error.birth.tooOld");
        assertProblem(" ", "people.error.birth.required");
    }

    @Test
    void age_counts_whole_years_or_the_age_reached_this_year() {
        assertThat(BirthDates.parse("11/10/2007", TODAY).ageOn(TODAY)).isEqualTo(13);
        assertThat(BirthDates.parse("10/10/2007", TODAY).ageOn(TODAY)).isEqualTo(14);
        assertThat(BirthDates.parse("2007", TODAY).ageOn(TODAY)).isEqualTo(14);
    }

    private static void assertProblem(String written, String key) {
        assertThatThrownBy(() -> BirthDates.parse(written, TODAY)).isInstanceOfSatisfying(InvalidPerson.class,
                e -> assertThat(e.problems()).extracting(FieldProblem::field, FieldProblem::messageKey)
                        .containsExactly(org.assertj.core.groups.Tuple.tuple("birth", key)));
    }
}
