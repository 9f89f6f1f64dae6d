package org.epiguard.geo.internal;

import org.epiguard.geo.VillageType;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The small readers of typed text: numbers, phone numbers, village names (CSV: platform.files). */
class TextInputTest {

    @Test
    void whole_numbers_may_be_grouped_by_thousands_the_vietnamese_or_english_way() {
        assertThat(WholeNumber.parse("1320324").value()).isEqualTo(1_320_324L);
        assertThat(WholeNumber.parse("1.320.324").value()).isEqualTo(1_320_324L);
        assertThat(WholeNumber.parse("1,320,324").value()).isEqualTo(1_320_324L);
        assertThat(WholeNumber.parse(" 1 320 324 ").value()).isEqualTo(1_320_324L);
        assertThat(WholeNumber.parse("1.5").problemKey()).isEqualTo(WholeNumber.NOT_A_NUMBER);
        assertThat(WholeNumber.parse("12,34").problemKey()).isEqualTo(WholeNumber.NOT_A_NUMBER);
        assertThat(WholeNumber.parse("-1").problemKey()).isEqualTo(WholeNumber.NEGATIVE);
        assertThat(WholeNumber.parse("3000000000").problemKey()).isEqualTo(WholeNumber.TOO_LARGE);
    }

    @Test
    void vietnamese_phone_numbers_are_normalised_to_the_national_form() {
        assertThat(PhoneNumber.normalise("+84 912 345 678")).contains("0912345678");
        assertThat(PhoneNumber.normalise("0912.345.678")).contains("0912345678");
        assertThat(PhoneNumber.normalise("(0203) 3 123 456")).contains("02033123456");
        assertThat(PhoneNumber.normalise("84912345678")).contains("0912345678");
        assertThat(PhoneNumber.normalise("12345")).isEmpty();
        assertThat(PhoneNumber.normalise("0112345678")).isEmpty();
    }

    @Test
    void a_village_name_typed_with_its_type_word_is_stored_without_it() {
        assertThat(VillageName.normalise(VillageType.THON, "  Thôn   Khe Cát ")).isEqualTo("Khe Cát");
        assertThat(VillageName.normalise(VillageType.THON, "thon Khe Cat")).isEqualTo("Khe Cat");
        assertThat(VillageName.normalise(VillageType.TO_DAN_PHO, "Tổ dân phố 3")).isEqualTo("3");
        assertThat(VillageName.normalise(VillageType.KHU, "Thôn 5")).isEqualTo("Thôn 5");
        assertThat(VillageName.normalise(VillageType.THON, "Thôn")).isEqualTo("Thôn");
        assertThat(VillageName.problem("")).isEqualTo("geo.village.error.nameRequired");
        assertThat(VillageName.problem("x".repeat(101))).isEqualTo("geo.village.error.nameTooLong");
    }

    @Test
    void a_pasted_line_says_its_village_type_by_its_first_words() {
        assertThat(VillageName.typeOf("Tổ dân phố 3")).contains(VillageType.TO_DAN_PHO);
        assertThat(VillageName.typeOf("to dan pho 3")).contains(VillageType.TO_DAN_PHO);
        assertThat(VillageName.typeOf("Bản Lào")).contains(VillageType.BAN);
        assertThat(VillageName.typeOf("Khe Cát")).isEmpty();
    }

    @Test
    void an_organisation_unit_form_is_refused_field_by_field() {
        var bad = new OrgUnitForm("MARKET", " ", "", "120", "", "v1", "123");
        try {
            OrgUnitValues.check(bad);
            throw new AssertionError("accepted");
        } catch (InvalidInput e) {
            assertThat(e.problems()).extracting(InvalidInput.Problem::field, InvalidInput.Problem::messageKey)
                    .containsExactlyInAnyOrder(
                            org.assertj.core.groups.Tuple.tuple("name", "geo.orgUnit.error.nameRequired"),
                            org.assertj.core.groups.Tuple.tuple("capacity", "geo.orgUnit.error.capacityNotApplicable"),
                            org.assertj.core.groups.Tuple.tuple("phone", "geo.orgUnit.error.phone"),
                            org.assertj.core.groups.Tuple.tuple("village", "geo.orgUnit.error.village"),
                            org.assertj.core.groups.Tuple.tuple("commune", "geo.orgUnit.error.communeRequired"));
        }
        var good = OrgUnitValues.check(new OrgUnitForm("quarantine_facility", " Khu cách ly  A ", "", "1.200",
                "06673", "", "0912 345 678"));
        assertThat(good.capacity()).isEqualTo(1200);
        assertThat(good.name()).isEqualTo("Khu cách ly A");
        assertThat(good.phone()).isEqualTo("0912345678");
    }
}
