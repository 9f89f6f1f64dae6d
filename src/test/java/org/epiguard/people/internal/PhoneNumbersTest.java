package org.epiguard.people.internal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class PhoneNumbersTest {

    @ParameterizedTest
    @ValueSource(strings = {"0912345678", "+84912345678", "+84 912 345 678", "84912345678", "0084912345678",
            "091.234.5678", "091-234-5678", " 0912 345 678 ", "(+84) 912 345 678"})
    void every_usual_way_of_writing_a_mobile_number_gives_the_same_number(String written) {
        String n = PhoneNumbers.normalise(written);
        assertThat(n).isEqualTo("0912345678");
        assertThat(PhoneNumbers.check(n)).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"0336123456", "0561234567", "0701234567", "0881234567", "0987654321", "0203123456"})
    void mobile_prefixes_03_05_07_08_09_and_landlines_02_are_valid(String number) {
        assertThat(PhoneNumbers.check(PhoneNumbers.normalise(number))).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"0112345678", "0412345678", "0612345678", "0012345678"})
    void other_prefixes_are_refused(String number) {
        var problem = PhoneNumbers.check(PhoneNumbers.normalise(number));
        assertThat(problem.field()).isEqualTo("phone");
        assertThat(problem.messageKey()).isEqualTo("people.error.phone.prefix");
    }

    @ParameterizedTest
    @ValueSource(strings = {"091234567", "09123456789", "01661234567", "09123x5678", "+1 202 555 0101"})
    void wrong_lengths_old_11_digit_numbers_and_letters_are_refused(String number) {
        assertThat(PhoneNumbers.check(PhoneNumbers.normalise(number)).messageKey()).isEqualTo("people.error.phone.format");
    }

    @Test
    void blank_is_no_phone() {
        assertThat(PhoneNumbers.normalise(" - ")).isNull();
        assertThat(PhoneNumbers.normalise(null)).isNull();
    }
}
