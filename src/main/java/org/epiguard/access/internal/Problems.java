package org.epiguard.access.internal;

import org.springframework.context.MessageSource;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** What is wrong with an input: each problem names its field and a message key with arguments. */
final class Problems {

    record Problem(String field, String messageKey, Object... args) {
        String message(MessageSource messages, Locale locale) {
            return messages.getMessage(messageKey, args, messageKey, locale);
        }
    }

    private final List<Problem> list = new ArrayList<>();

    Problems add(String field, String messageKey, Object... args) {
        list.add(new Problem(field, messageKey, args));
        return this;
    }

    boolean isEmpty() {
        return list.isEmpty();
    }

    boolean has(String field) {
        return list.stream().anyMatch(p -> p.field().equals(field));
    }

    List<Problem> list() {
        return List.copyOf(list);
    }

    /** The first message of each field, in the reader's language, for a form. */
    Map<String, String> byField(MessageSource messages, Locale locale) {
        Map<String, String> out = new LinkedHashMap<>();
        list.forEach(p -> out.putIfAbsent(p.field(), p.message(messages, locale)));
        return out;
    }

    void throwIfAny() {
        if (!isEmpty()) {
            throw new InvalidInputException(this);
        }
    }
}
