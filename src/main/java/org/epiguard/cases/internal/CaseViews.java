package org.epiguard.cases.internal;

import org.epiguard.access.AccessContext;
import org.epiguard.access.CurrentUser;
import org.springframework.stereotype.Service;

import org.epiguard.access.AuditTrail;
import org.epiguard.cases.CaseStatus;
import org.epiguard.platform.web.ListPage;
import org.epiguard.platform.web.ListQuery;
import org.springframework.transaction.annotation.Transactional;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** What a reader sees of cases and zones, inside their view scope (404 outside). */
@Service
class CaseViews {

    /** A case with the zones it caused. */
    record CaseDetail(CaseRow kase, List<ZoneRow> zones) {
    }

    static final int ZONE_LIMIT = 500;

    private final AccessContext access;
    private final CaseRepository cases;
    private final ZoneRepository zones;
    private final CaseList list;
    private final AuditTrail audit;

    CaseViews(AccessContext access, CaseRepository cases, ZoneRepository zones, CaseList list, AuditTrail audit) {
        this.access = access;
        this.cases = cases;
        this.zones = zones;
        this.list = list;
        this.audit = audit;
    }

    CurrentUser reader() {
        CurrentUser user = access.currentUser();
        CasesAccess.require(CasesAccess.READ, user);
        return user;
    }

    CaseDetail detail(long id) {
        CurrentUser user = reader();
        CaseRow row = cases.find(id, user.viewScope()).orElseThrow(CasesAccess::notFound);
        return new CaseDetail(row, zones.ofCase(id).stream().filter(z -> user.canView(z.location())).toList());
    }

    /** The list's filters from request parameters; an unknown value is refused by field. */
    static CaseList.Filter filter(String status, String commune, String risk, String watch) {
        List<CaseProblem> problems = new ArrayList<>();
        CaseStatus s = blank(status) ? null : CaseFields.choice(CaseStatus.class, "status", status, problems).orElse(null);
        RiskGroup r = blank(risk) ? null : CaseFields.choice(RiskGroup.class, "risk", risk, problems).orElse(null);
        CaseList.Watch w = blank(watch) ? null : CaseFields.choice(CaseList.Watch.class, "watch", watch, problems).orElse(null);
        if (!blank(commune) && !commune.strip().matches("\\d{5}|\\d{3}")) { // a district's code: all its communes
            problems.add(CaseProblem.of("commune", "UNKNOWN_VALUE", commune));
        }
        InvalidCaseInput.throwIfAny(problems);
        return new CaseList.Filter(s, blank(commune) ? null : commune.strip(), r, w);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    static ListQuery query(Integer page, Integer size, String sort, String dir) {
        return ListQuery.of(page, size, sort, dir, CaseList.SORTABLE, "priority");
    }

    ListPage<CaseList.Row> list(CaseList.Filter filter, ListQuery query) {
        return list.page(reader().viewScope(), filter, query);
    }

    /** Every case of the list to a sink, with the export's audit record. */
    @Transactional
    void export(CaseList.Filter filter, ListQuery query, Consumer<CaseList.Row> sink) {
        CurrentUser user = reader();
        int[] count = {0};
        list.each(user.viewScope(), filter, query, r -> {
            count[0]++;
            sink.accept(r);
        });
        Map<String, Object> after = new HashMap<>();
        after.put("rows", count[0]);
        after.put("status", filter.status());
        after.put("commune", filter.communeCode());
        after.put("risk", filter.risk());
        after.put("watch", filter.watch());
        audit.record(AuditTrail.Action.EXPORT, "cases_case", null, null,
                "case list export (" + user.viewScope() + "): " + count[0], null, after);
    }

    ZoneRow zone(long id) {
        return zones.find(id, reader().viewScope()).orElseThrow(CasesAccess::notFound);
    }

    List<ZoneRow> zones(ZoneStatus status) {
        return zones.list(reader().viewScope(), status, ZONE_LIMIT);
    }
}
