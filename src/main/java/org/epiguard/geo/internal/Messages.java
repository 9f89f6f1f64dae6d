package org.epiguard.geo.internal;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import java.util.LinkedHashMap;
import java.util.Map;

/** Resolves geo message keys in the current request's language. */
@Component
class Messages {

    private final MessageSource source;

    Messages(MessageSource source) {
        this.source = source;
    }

    String get(String key, Object... args) {
        return source.getMessage(key, args, key, LocaleContextHolder.getLocale());
    }

    /** field → message, first problem per field. */
    Map<String, String> byField(InvalidInput invalid) {
        Map<String, String> out = new LinkedHashMap<>();
        invalid.problems().forEach(p -> out.putIfAbsent(p.field(), get(p.messageKey(), p.args())));
        return out;
    }
}
