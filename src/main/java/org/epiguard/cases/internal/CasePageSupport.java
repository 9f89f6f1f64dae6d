package org.epiguard.cases.internal;

import org.epiguard.geo.GeoDirectory;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/** What the case pages share: the problems of a refused input by field, names and dates as shown (as {@code ui}). */
@Component
class CasePageSupport {

    private final MessageSource messages;
    private final GeoDirectory geo;

    CasePageSupport(MessageSource messages, GeoDirectory geo) {
        this.messages = messages;
        this.geo = geo;
    }

    Map<String, String> errors(InvalidCaseInput e) {
        Map<String, String> byField = new LinkedHashMap<>();
        var locale = LocaleContextHolder.getLocale();
        e.problems().forEach(p -> byField.merge(p.field().replaceAll("\\[\\d+]$", ""),
                messages.getMessage(p.messageKey(), p.args().toArray(), p.code(), locale), (a, b) -> a + " " + b));
        return byField;
    }

    String text(String key) {
        return key == null ? "" : messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
    }

    public String communeName(String code) {
        return code == null ? "" : geo.name(code);
    }

    public String time(Instant time) {
        return CaseFields.show(time);
    }

    public String date(LocalDate date) {
        return CaseFields.show(date);
    }
}
