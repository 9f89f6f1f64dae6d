package org.epiguard.tracing.internal;

import org.epiguard.access.AccessContext;
import org.epiguard.access.AuditTrail;
import org.epiguard.access.CurrentUser;
import org.epiguard.cases.CaseContactsView;
import org.epiguard.cases.CaseContactsView.TracedCase;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What users do with clusters: name them and their suspected source, close and reopen, merge two
 * into one, split cases off into a new one. A cluster is kept by the place of its first case: a user
 * whose capture scope holds it (the commune, its district, the province) may change it. Audited.
 */
@Service
class ClusterEditing {

    record Description(String name, String suspectedSource, Long sourceCaseId) {
    }

    private final AccessContext access;
    private final ClusterRepository clusters;
    private final CaseContactsView cases;
    private final AuditTrail audit;

    ClusterEditing(AccessContext access, ClusterRepository clusters, CaseContactsView cases, AuditTrail audit) {
        this.access = access;
        this.clusters = clusters;
        this.cases = cases;
        this.audit = audit;
    }

    private ClusterRow editable(CurrentUser user, long id) {
        ContactAccess.requireEntry(user);
        ClusterRow row = clusters.find(user.viewScope(), id).orElseThrow(ContactAccess::notFound);
        if (!user.canCapture(row.home())) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, "outside your capture scope");
        }
        return row;
    }

    @Transactional
    void describe(long id, Description d) {
        ClusterRow row = editable(access.currentUser(), id);
        List<ContactProblem> problems = new ArrayList<>();
        String name = text("name", d.name(), 200, problems);
        String source = text("suspectedSource", d.suspectedSource(), 500, problems);
        if (d.sourceCaseId() != null && !clusters.caseIds(id).contains(d.sourceCaseId())) {
            problems.add(ContactProblem.of("sourceCaseId", "NOT_IN_CLUSTER", d.sourceCaseId()));
        }
        InvalidContactInput.throwIfAny(problems);
        clusters.describe(id, name, source, d.sourceCaseId());
        Map<String, Object> before = new HashMap<>();
        before.put("name", row.name());
        before.put("suspectedSource", row.suspectedSource());
        before.put("sourceCaseId", row.sourceCaseId());
        Map<String, Object> after = new HashMap<>();
        after.put("name", name);
        after.put("suspectedSource", source);
        after.put("sourceCaseId", d.sourceCaseId());
        audit.record(AuditTrail.Action.UPDATE, "tracing_cluster", id, row.home(), "cluster described", before, after);
    }

    @Transactional
    void setOpen(long id, boolean open) {
        ClusterRow row = editable(access.currentUser(), id);
        String status = open ? "OPEN" : "CLOSED";
        clusters.setStatus(id, status);
        audit.record(AuditTrail.Action.UPDATE, "tracing_cluster", id, row.home(), open ? "cluster reopened" : "cluster closed",
                Map.of("status", row.status()), Map.of("status", status));
    }

    /** Moves every case of the other cluster into this one; the other is marked merged into it. */
    @Transactional
    int merge(long id, Long otherId) {
        CurrentUser user = access.currentUser();
        ClusterRow row = editable(user, id);
        if (otherId == null) {
            throw InvalidContactInput.of("otherClusterId", "REQUIRED");
        }
        if (otherId == id) {
            throw InvalidContactInput.of("otherClusterId", "SAME_CLUSTER");
        }
        ClusterRow other = clusters.find(user.viewScope(), otherId)
                .orElseThrow(() -> InvalidContactInput.of("otherClusterId", "CLUSTER_NOT_FOUND", otherId));
        if (!user.canCapture(other.home())) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, "outside your capture scope");
        }
        int moved = clusters.merge(id, otherId);
        audit.record(AuditTrail.Action.MERGE, "tracing_cluster", id, row.home(), "cluster " + otherId + " merged into " + id,
                Map.of("cases", row.cases(), "otherClusterId", otherId, "otherCases", other.cases()),
                Map.of("cases", row.cases() + moved));
        return moved;
    }

    /** Splits the given cases off into a new cluster (named, or not yet); returns its id. */
    @Transactional
    long split(long id, List<Long> caseIds, String name) {
        ClusterRow row = editable(access.currentUser(), id);
        List<ContactProblem> problems = new ArrayList<>();
        String newName = text("name", name, 200, problems);
        Set<Long> chosen = new LinkedHashSet<>(caseIds == null ? List.of() : caseIds);
        chosen.remove(null);
        List<Long> members = clusters.caseIds(id);
        if (chosen.isEmpty()) {
            problems.add(ContactProblem.of("caseIds", "REQUIRED"));
        } else {
            chosen.stream().filter(c -> !members.contains(c)).findFirst()
                    .ifPresent(c -> problems.add(ContactProblem.of("caseIds", "NOT_IN_CLUSTER", c)));
            if (chosen.containsAll(members)) {
                problems.add(ContactProblem.of("caseIds", "ALL_CASES"));
            }
        }
        InvalidContactInput.throwIfAny(problems);
        TracedCase first = cases.byIds(chosen).stream()
                .min(Comparator.comparing(TracedCase::confirmedAt).thenComparingLong(TracedCase::id)).orElseThrow();
        long created = clusters.create(first, "SPLIT", newName);
        clusters.moveCases(chosen, created);
        audit.record(AuditTrail.Action.UPDATE, "tracing_cluster", id, row.home(), "cases split off into cluster " + created,
                Map.of("cases", row.cases()), Map.of("cases", row.cases() - chosen.size(), "newClusterId", created,
                        "movedCaseIds", List.copyOf(chosen)));
        return created;
    }

    private static String text(String field, String value, int max, List<ContactProblem> problems) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        if (v.length() > max) {
            problems.add(ContactProblem.of(field, "TOO_LONG", max));
        }
        return v;
    }
}
