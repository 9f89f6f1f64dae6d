package org.epiguard.geo.internal;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The columns of a population file, named by their Vietnamese headers (as in the template).
 * Headers are matched without accents, case or spaces; English names are accepted too.
 */
enum PopulationColumn {
    CODE("mã đơn vị", "madonvi", "ma", "code", "unitcode"),
    NAME("tên đơn vị", "tendonvi", "ten", "name", "unitname"),
    TOTAL("tổng", "tong", "tongso", "total", "danso", "population"),
    AGE_0_4("0-4", "0-4"),
    AGE_5_11("5-11", "5-11"),
    AGE_12_17("12-17", "12-17"),
    AGE_18_49("18-49", "18-49"),
    AGE_50_64("50-64", "50-64"),
    AGE_65_PLUS("65+", "65+", "65plus", "tu65", "65trolen");

    static final List<PopulationColumn> BANDS = List.of(AGE_0_4, AGE_5_11, AGE_12_17, AGE_18_49, AGE_50_64, AGE_65_PLUS);

    private final String header;
    private final List<String> aliases;

    PopulationColumn(String header, String... aliases) {
        this.header = header;
        this.aliases = List.of(aliases);
    }

    /** The header of the template, also the field named in errors. */
    String header() {
        return header;
    }

    static Optional<PopulationColumn> byHeader(String text) {
        String key = Fold.of(text).replaceAll("[\\s_]", "").replace('–', '-').replace('—', '-');
        return Stream.of(values()).filter(c -> c.aliases.contains(key)).findFirst();
    }
}
