package org.epiguard.tracing.internal;

import org.epiguard.geo.GeoDirectory;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/** What the contact, cluster and chain pages share: problems by field, commune names, times. */
@Component("contactUi")
class ContactPageSupport {

    private final MessageSource messages;
    private final GeoDirectory geo;

    ContactPageSupport(MessageSource messages, GeoDirectory geo) {
        this.messages = messages;
        this.geo = geo;
    }

    Map<String, String> errors(InvalidContactInput e) {
        Map<String, String> byField = new LinkedHashMap<>();
        var locale = LocaleContextHolder.getLocale();
        e.problems().forEach(p -> byField.merge(p.field(),
                messages.getMessage(p.messageKey(), p.args().toArray(), p.code(), locale), (a, b) -> a + " " + b));
        return byField;
    }

    public String label(String key) {
        return messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
    }

    /** "Phường Bãi Cháy" (for the pages). */
    public String communeName(String code) {
        return code == null ? "" : geo.name(code);
    }

    public String time(Instant at) {
        return ContactTimes.show(at);
    }

    public String day(LocalDate day) {
        return ContactTimes.show(day);
    }
}
