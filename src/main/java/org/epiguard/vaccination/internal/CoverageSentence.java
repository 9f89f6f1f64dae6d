package org.epiguard.vaccination.internal;

import org.epiguard.vaccination.AgeGroup;
import org.epiguard.vaccination.UnitCoverage;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Coverage in the words of the provincial report: "18+: mũi 1 99,57%, mũi 2 96,09%, mũi 3 85%;
 * 12–17: mũi 1 99,65%, mũi 2 96,91%" (adults dose 1 to 3, children 12–17 dose 1 and 2).
 */
@Component
class CoverageSentence {

    private final MessageSource messages;

    CoverageSentence(MessageSource messages) {
        this.messages = messages;
    }

    /** The sentence over a denominator, or "" when the unit has no figure for it. */
    String of(UnitCoverage unit, CoverageBasis basis, Locale locale) {
        List<String> parts = new ArrayList<>(2);
        part(unit, AgeGroup.AGE_18_PLUS, 3, basis, locale).ifPresent(parts::add);
        part(unit, AgeGroup.AGE_12_17, 2, basis, locale).ifPresent(parts::add);
        return String.join("; ", parts);
    }

    static String percent(Double value, Locale locale) {
        if (value == null) {
            return "—";
        }
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMinimumFractionDigits(0);
        format.setMaximumFractionDigits(2);
        return format.format(value) + "%";
    }

    private java.util.Optional<String> part(UnitCoverage unit, AgeGroup group, int lastDose, CoverageBasis basis,
                                            Locale locale) {
        var g = unit.group(group);
        if (basis.percent(g, 1) == null) {
            return java.util.Optional.empty();
        }
        List<String> doses = new ArrayList<>(lastDose);
        for (int k = 1; k <= lastDose; k++) {
            doses.add(messages.getMessage("vaccination.coverage.sentence.dose",
                    new Object[]{k, percent(basis.percent(g, k), locale)}, locale));
        }
        return java.util.Optional.of(group.label() + ": " + String.join(", ", doses));
    }
}
