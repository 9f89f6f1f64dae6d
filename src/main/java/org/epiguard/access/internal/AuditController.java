package org.epiguard.access.internal;

import jakarta.servlet.http.HttpServletResponse;
import org.epiguard.access.AccessContext;
import org.epiguard.access.AuditTrail;
import org.epiguard.platform.web.ListQuery;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

/** The audit viewer of system administrators: filters, newest first, before and after side by side, XLSX. */
@Controller
@RequestMapping("/admin/audit")
class AuditController {

    private final AccessContext access;
    private final AuditLog log;
    private final AuditExport export;
    private final MessageSource messages;

    AuditController(AccessContext access, AuditLog log, AuditExport export, MessageSource messages) {
        this.access = access;
        this.log = log;
        this.export = export;
        this.messages = messages;
    }

    @GetMapping
    String page(@RequestParam(required = false) String user, @RequestParam(required = false) String action,
                @RequestParam(required = false) String entityType, @RequestParam(required = false) String entityId,
                @RequestParam(required = false) String from, @RequestParam(required = false) String to,
                @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
                @RequestParam(required = false) String sort, @RequestParam(required = false) String dir, Model model) {
        access.requireAdmin();
        Map<String, String> params = new LinkedHashMap<>();
        params.put("user", user == null ? "" : user);
        params.put("action", action == null ? "" : action);
        params.put("entityType", entityType == null ? "" : entityType);
        params.put("entityId", entityId == null ? "" : entityId);
        params.put("from", from == null ? "" : from);
        params.put("to", to == null ? "" : to);
        model.addAttribute("filter", params);
        model.addAttribute("actions", AuditTrail.Action.values());
        model.addAttribute("when", AuditExport.WHEN);
        AuditFilter filter;
        try {
            filter = AuditFilter.of(user, action, entityType, entityId, from, to);
        } catch (InvalidInputException e) {
            model.addAttribute("errors", e.problems().byField(messages, LocaleContextHolder.getLocale()));
            filter = AuditFilter.none();
        }
        var query = ListQuery.of(page, size, sort, dir == null && sort == null ? "desc" : dir, AuditLog.SORTABLE, "at");
        model.addAttribute("page", log.page(filter, query, access.currentUser().viewScope()));
        return "access/audit";
    }

    @GetMapping("/export.xlsx")
    void export(@RequestParam(required = false) String user, @RequestParam(required = false) String action,
                @RequestParam(required = false) String entityType, @RequestParam(required = false) String entityId,
                @RequestParam(required = false) String from, @RequestParam(required = false) String to,
                @RequestParam(required = false) String sort, @RequestParam(required = false) String dir,
                HttpServletResponse response) throws IOException {
        access.requireAdmin();
        var filter = AuditFilter.of(user, action, entityType, entityId, from, to);
        var query = ListQuery.of(0, 1, sort, dir == null && sort == null ? "desc" : dir, AuditLog.SORTABLE, "at");
        export.send(filter, query, access.currentUser(), response);
    }
}
