package org.epiguard.access.internal;

import jakarta.servlet.http.HttpServletResponse;
import org.epiguard.access.AuditTrail;
import org.epiguard.access.CurrentUser;
import org.epiguard.geo.GeoDirectory;
import org.epiguard.platform.web.ListQuery;
import org.epiguard.platform.web.XlsxExport;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

/** The user list as an XLSX download; staff names and phones are personal data, so the export is audited. */
@Component
class UserListExport {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm")
            .withZone(ZoneId.of("Asia/Ho_Chi_Minh"));

    private final UserList list;
    private final GeoDirectory geo;
    private final MessageSource messages;
    private final AuditTrail audit;

    UserListExport(UserList list, GeoDirectory geo, MessageSource messages, AuditTrail audit) {
        this.list = list;
        this.geo = geo;
        this.messages = messages;
        this.audit = audit;
    }

    void send(UserFilter filter, ListQuery query, CurrentUser admin, HttpServletResponse response) throws IOException {
        List<UserAccount> rows = list.all(filter, query, admin.viewScope());
        audit.record(AuditTrail.Action.EXPORT, UserAdministration.ENTITY, null, null,
                "user list exported (" + rows.size() + " rows)", null, filterMap(filter));
        var locale = LocaleContextHolder.getLocale();
        List<String> headers = List.of("username", "fullName", "role", "captureScope", "viewScope", "phone", "email",
                "enabled", "lastLogin").stream().map(k -> messages.getMessage("access.user." + k, null, locale)).toList();
        XlsxExport.send(response, "users", messages.getMessage("access.users.title", null, locale), headers, x -> rows
                .forEach(u -> x.row(u.username(), u.fullName(), messages.getMessage(u.role().labelKey(), null, locale),
                        geo.describe(u.captureScope()), geo.describe(u.viewScope()), u.phone(), u.email(),
                        u.enabled(), u.lastLoginAt() == null ? null : WHEN.format(u.lastLoginAt()))));
    }

    private static Map<String, Object> filterMap(UserFilter f) {
        var m = new java.util.LinkedHashMap<String, Object>();
        m.put("role", f.role() == null ? null : f.role().name());
        m.put("district", f.district());
        m.put("text", f.text());
        return m;
    }
}
