package org.epiguard.vaccination.internal;

import java.util.List;
import java.util.Optional;

/**
 * A column of an uploaded table, recognised by its template header or the usual variants, without
 * diacritics or case ({@link DoseImportColumn#fold}).
 */
interface HeaderedColumn {

    /** The template's (Vietnamese) header. */
    String header();

    /** Other headers, folded. */
    List<String> aliases();

    /** The column of these whose header or alias the text is. */
    static <C extends HeaderedColumn> Optional<C> byHeader(C[] columns, String text) {
        String folded = DoseImportColumn.fold(text);
        for (C c : columns) {
            if (DoseImportColumn.fold(c.header()).equals(folded) || c.aliases().contains(folded)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }
}
