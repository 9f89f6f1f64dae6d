package org.epiguard.geo.internal;

import java.text.Normalizer;
import java.util.Locale;

/** Text compared as Vietnamese readers compare it: without accents, case or extra spaces. */
final class Fold {

    private Fold() {
    }

    static String of(String s) {
        if (s == null) {
            return "";
        }
        String noMarks = Normalizer.normalize(s.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "");
        return noMarks.toLowerCase(Locale.ROOT).strip().replaceAll("\\s+", " ");
    }
}
