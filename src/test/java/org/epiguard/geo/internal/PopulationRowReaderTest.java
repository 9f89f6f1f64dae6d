package org.epiguard.geo.internal;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class PopulationRowReaderTest {

    private final PopulationRowReader reader = new PopulationRowReader(
            List.of("Mã đơn vị", "Tên đơn vị", "TỔNG", "0-4", "5-11", "12-17", "18-49", "50-64", "65+"));

    private PopulationRow read(String... cells) {
        return reader.read(7, List.of(cells));
    }

    private static String onlyError(PopulationRow row) {
        assertThat(row.errors()).hasSize(1);
        return row.errors().getFirst().field() + " " + row.errors().getFirst().messageKey();
    }

    @Test
    void headers_are_matched_without_accents_case_or_spaces_and_english_names_work_too() {
        assertThat(reader.missingColumns()).isEmpty();
        assertThat(new PopulationRowReader(List.of("unit code", "Total")).missingColumns()).isEmpty();
        assertThat(new PopulationRowReader(List.of("ma don vi", "dân số")).missingColumns()).isEmpty();
        assertThat(new PopulationRowReader(List.of("mã đơn vị", "0-4")).missingColumns())
                .containsExactly(PopulationColumn.TOTAL);
    }

    @Test
    void a_row_with_bands_that_add_up_to_the_total_is_read() {
        var row = read("06673", "Bãi Cháy", "1.000", "50", "100", "100", "500", "150", "100");
        assertThat(row.ok()).isTrue();
        assertThat(row.figures()).isEqualTo(new PopulationRow.Figures(1000, 50, 100, 100, 500, 150, 100));
    }

    @Test
    void a_total_alone_is_enough_and_leaves_the_bands_at_zero() {
        var row = read("193", "", "300000");
        assertThat(row.ok()).isTrue();
        assertThat(row.figures()).isEqualTo(new PopulationRow.Figures(300000, 0, 0, 0, 0, 0, 0));
    }

    @Test
    void bands_that_do_not_add_up_to_the_total_are_refused_on_the_total() {
        var row = read("06673", "", "1000", "10", "10", "10", "10", "10", "10");
        assertThat(onlyError(row)).isEqualTo("tổng geo.import.error.bandSum");
        assertThat(row.errors().getFirst().args()).containsExactly(60L, 1000L);
    }

    @Test
    void empty_bands_count_as_zero_when_some_are_given() {
        var row = read("06673", "", "100", "", "", "", "100", "", "");
        assertThat(row.ok()).isTrue();
        assertThat(row.figures().age18to49()).isEqualTo(100);
    }

    @Test
    void each_bad_number_is_named_by_its_column() {
        assertThat(onlyError(read("06673", "", "-5"))).isEqualTo("tổng geo.import.error.negative");
        assertThat(onlyError(read("06673", "", "abc"))).isEqualTo("tổng geo.import.error.notANumber");
        assertThat(onlyError(read("06673", "", "12.5"))).isEqualTo("tổng geo.import.error.notANumber");
        assertThat(onlyError(read("06673", "", "99999999999"))).isEqualTo("tổng geo.import.error.tooLarge");
        assertThat(onlyError(read("06673", "", "10", "1", "x", "", "", "", ""))).isEqualTo("5-11 geo.import.error.notANumber");
        assertThat(onlyError(read("06673", "", "", "1"))).isEqualTo("tổng geo.import.error.required");
    }

    @Test
    void the_code_must_be_given_and_look_like_a_GSO_code() {
        assertThat(onlyError(read("", "", "10"))).isEqualTo("mã đơn vị geo.import.error.required");
        assertThat(onlyError(read("1234567", "", "10"))).isEqualTo("mã đơn vị geo.import.error.codeFormat");
    }

    @Test
    void a_commune_code_that_lost_its_leading_zero_in_a_spreadsheet_gets_it_back() {
        assertThat(read("6673", "", "10").code()).isEqualTo("06673");
    }

    @Test
    void a_line_without_figures_is_blank_not_an_error() {
        var row = read("06673", "Phường Bãi Cháy", "", "", "", "", "", "", "");
        assertThat(row.blank()).isTrue();
        assertThat(row.errors()).isEmpty();
    }

    @Test
    void errors_keep_the_row_number_of_the_spreadsheet() {
        assertThat(read("", "", "x").errors()).allSatisfy(e -> assertThat(e.row()).isEqualTo(7));
    }
}
