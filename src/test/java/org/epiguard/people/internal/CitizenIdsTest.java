package org.epiguard.people.internal;

import org.epiguard.people.Sex;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CitizenIdsTest {

    @Test
    void there_is_a_CCCD_province_code_for_each_of_the_63_provinces() {
        assertThat(CitizenIds.PROVINCES).hasSize(63).contains("022", "001", "096").doesNotContain("003", "097", "000");
    }

    @Test
    void a_CCCD_of_a_man_born_1985_in_Quang_Ninh_is_valid() {
        assertThat(CitizenIds.check("022085001234", 1985, Sex.M)).isNull();
        assertThat(CitizenIds.check("022085001234", null, null)).isNull();
    }

    @Test
    void the_fourth_digit_gives_century_and_sex() {
        assertThat(CitizenIds.check("022185001234", 1985, Sex.F)).isNull();
        assertThat(CitizenIds.check("022210001234", 2010, Sex.M)).isNull();
        assertThat(CitizenIds.check("022310001234", 2010, Sex.F)).isNull();
        assertThat(CitizenIds.sexOf("022310001234")).isEqualTo(Sex.F);
    }

    @Test
    void a_CCCD_whose_century_or_year_disagrees_with_the_birth_year_is_refused() {
        assertThat(CitizenIds.check("022285001234", 1985, null).messageKey()).isEqualTo("people.error.citizenId.birthYear");
        assertThat(CitizenIds.check("022086001234", 1985, null).messageKey()).isEqualTo("people.error.citizenId.birthYear");
    }

    @Test
    void a_CCCD_whose_sex_digit_disagrees_with_the_sex_is_refused() {
        assertThat(CitizenIds.check("022085001234", 1985, Sex.F).messageKey()).isEqualTo("people.error.citizenId.sex");
    }

    @Test
    void a_CCCD_with_an_unknown_province_is_refused() {
        var problem = CitizenIds.check("003085001234", 1985, Sex.M);
        assertThat(problem.field()).isEqualTo("citizenId");
        assertThat(problem.messageKey()).isEqualTo("people.error.citizenId.province");
        assertThat(CitizenIds.check("097085001234", null, null)).isNotNull();
    }

    @Test
    void a_CMND_has_nine_digits_and_other_lengths_or_letters_are_refused() {
        assertThat(CitizenIds.check("101234567", 1970, Sex.M)).isNull();
        assertThat(CitizenIds.check("10123456", null, null).messageKey()).isEqualTo("people.error.citizenId.format");
        assertThat(CitizenIds.check("0220850012345", null, null)).isNotNull();
        assertThat(CitizenIds.check("02208500123A", null, null)).isNotNull();
    }

    @Test
    void spaces_dots_and_dashes_are_removed_and_blank_is_no_ID() {
        assertThat(CitizenIds.clean(" 022 085.001-234 ")).isEqualTo("022085001234");
        assertThat(CitizenIds.clean("   ")).isNull();
        assertThat(CitizenIds.clean(null)).isNull();
    }
}
