package org.epiguard.access.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.epiguard.access.AccessContext;
import org.epiguard.platform.web.ListQuery;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/** The audit trail for administrators' scripts: the same filters and scope rule as the viewer. */
@RestController
@RequestMapping("/api/v1/admin/audit")
@Tag(name = "Audit", description = "The append-only audit trail, for system administrators")
class AuditApi {

    record AuditPage(List<AuditEntry> rows, long total, int page, int size) {
    }

    private final AccessContext access;
    private final AuditLog log;

    AuditApi(AccessContext access, AuditLog log) {
        this.access = access;
        this.log = log;
    }

    @GetMapping
    @Operation(summary = "Audit records inside the administrator's view scope, newest first; dates as dd/MM/yyyy")
    AuditPage list(@RequestParam(required = false) String user, @RequestParam(required = false) String action,
                   @RequestParam(required = false) String entityType, @RequestParam(required = false) String entityId,
                   @RequestParam(required = false) String from, @RequestParam(required = false) String to,
                   @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        access.requireAdmin();
        var filter = AuditFilter.of(user, action, entityType, entityId, from, to);
        var query = ListQuery.of(page, size, "at", "desc", AuditLog.SORTABLE, "at");
        var result = log.page(filter, query, access.currentUser().viewScope());
        return new AuditPage(result.rows(), result.total(), query.page(), query.size());
    }
}
