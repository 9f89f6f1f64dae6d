package org.epiguard.platform.files;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A column of an uploaded table, recognised by its template header or the usual variants, without
 * diacritics or case ({@link #fold}).
 */
public interface HeaderedColumn {

    /** The template's (Vietnamese) header. */
    String header();

    /** Other headers, folded. */
    List<String> aliases();

    /** The column of these whose header or alias the text is. */
    static <C extends HeaderedColumn> Optional<C> byHeader(C[] columns, String text) {
        String folded = fold(text);
        for (C c : columns) {
            if (fold(c.header()).equals(folded) || c.aliases().contains(folded)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    /** Lower case, without diacritics (đ as d), white space collapsed: how headers and choices are compared. */
    static String fold(String s) {
        if (s == null) {
            return "";
        }
        String noMarks = Normalizer.normalize(s.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "");
        return noMarks.toLowerCase(Locale.ROOT).strip().replaceAll("\\s+", " ");
    }
}
