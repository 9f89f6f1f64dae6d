package org.epiguard.access;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import tools.jackson.databind.json.JsonMapper;

import java.util.Map;

/**
 * The append-only audit trail of personal and health data: every create, update, delete,
 * merge, import and export writes one record with who, when, from where, what, before and after.
 * Call it inside the transaction that changes the data, so that both land or neither does.
 */
@Component
public class AuditTrail {

    public enum Action { CREATE, UPDATE, DELETE, MERGE, EXPORT, IMPORT, LOGIN, LOGIN_FAILED }

    private final JdbcClient jdbc;
    private final JsonMapper json;

    public AuditTrail(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    public void record(Action action, String entityType, Object entityId, Location where, String summary,
                       Map<String, ?> before, Map<String, ?> after) {
        CurrentUser user = currentUserOrNull();
        record(user == null ? null : user.id(), user == null ? "system" : user.username(), action, entityType,
                entityId, where, summary, before, after);
    }

    public void record(Long userId, String username, Action action, String entityType, Object entityId,
                       Location where, String summary, Map<String, ?> before, Map<String, ?> after) {
        jdbc.sql("""
                        insert into access_audit (user_id, username, remote_addr, action, entity_type, entity_id,
                                                  province_code, district_code, commune_code, summary, before, after)
                        values (:userId, :username, :addr, :action, :type, :id, :p, :d, :c, :summary,
                                cast(:before as jsonb), cast(:after as jsonb))
                        """)
                .param("userId", userId)
                .param("username", username)
                .param("addr", remoteAddress())
                .param("action", action.name())
                .param("type", entityType)
                .param("id", entityId == null ? null : entityId.toString())
                .param("p", where == null ? null : where.provinceCode())
                .param("d", where == null ? null : where.districtCode())
                .param("c", where == null ? null : where.communeCode())
                .param("summary", summary)
                .param("before", before == null ? null : json.writeValueAsString(before))
                .param("after", after == null ? null : json.writeValueAsString(after))
                .update();
    }

    private static CurrentUser currentUserOrNull() {
        var auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.getPrincipal() instanceof AccessContext.HasCurrentUser p ? p.currentUser() : null;
    }

    private static String remoteAddress() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attrs) {
            HttpServletRequest request = attrs.getRequest();
            return request.getRemoteAddr();
        }
        return null;
    }
}
