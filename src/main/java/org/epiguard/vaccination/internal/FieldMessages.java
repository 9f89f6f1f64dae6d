package org.epiguard.vaccination.internal;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The problems of a form in the user's language, by field (several problems of a field joined). */
final class FieldMessages {

    private FieldMessages() {
    }

    static Map<String, String> of(MessageSource messages, List<FieldProblem> problems) {
        var locale = LocaleContextHolder.getLocale();
        Map<String, String> errors = new LinkedHashMap<>();
        problems.forEach(p -> errors.merge(p.field(),
                messages.getMessage(p.messageKey(), p.args().toArray(), p.code(), locale), (a, b) -> a + " " + b));
        return errors;
    }
}
