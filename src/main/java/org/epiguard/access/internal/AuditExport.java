package org.epiguard.access.internal;

import jakarta.servlet.http.HttpServletResponse;
import org.epiguard.access.AuditTrail;
import org.epiguard.access.CurrentUser;
import org.epiguard.platform.web.ListQuery;
import org.epiguard.platform.web.XlsxExport;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** The audit records an administrator may see, as XLSX; the export is itself an audit record (EXPORT of "audit"). */
@Component
class AuditExport {

    static final int MAX_ROWS = 200_000;
    static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss")
            .withZone(AuditLog.BUSINESS_ZONE);

    private final AuditLog log;
    private final AuditTrail audit;
    private final MessageSource messages;
    private final JsonMapper json;

    AuditExport(AuditLog log, AuditTrail audit, MessageSource messages, JsonMapper json) {
        this.log = log;
        this.audit = audit;
        this.messages = messages;
        this.json = json;
    }

    void send(AuditFilter filter, ListQuery query, CurrentUser admin, HttpServletResponse response) throws IOException {
        audit.record(AuditTrail.Action.EXPORT, "audit", null, null, "audit trail exported", null, filter.asMap());
        var locale = LocaleContextHolder.getLocale();
        List<String> headers = List.of("at", "user", "address", "action", "entityType", "entityId", "place", "summary",
                "before", "after").stream().map(k -> messages.getMessage("access.audit." + k, null, locale)).toList();
        XlsxExport.send(response, "audit", messages.getMessage("access.audit.title", null, locale), headers,
                x -> log.each(filter, query, admin.viewScope(), MAX_ROWS, e -> x.row(WHEN.format(e.at()), e.username(),
                        e.remoteAddr(), e.action(), e.entityType(), e.entityId(), e.place(), e.summary(),
                        e.before() == null ? null : json.writeValueAsString(e.before()),
                        e.after() == null ? null : json.writeValueAsString(e.after()))));
    }
}
