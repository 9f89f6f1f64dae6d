package org.epiguard.cases.internal;

import org.epiguard.access.AccessContext;
import org.epiguard.access.CurrentUser;
import org.springframework.stereotype.Service;

import java.util.List;

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

    CaseViews(AccessContext access, CaseRepository cases, ZoneRepository zones) {
        this.access = access;
        this.cases = cases;
        this.zones = zones;
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

    ZoneRow zone(long id) {
        return zones.find(id, reader().viewScope()).orElseThrow(CasesAccess::notFound);
    }

    List<ZoneRow> zones(ZoneStatus status) {
        return zones.list(reader().viewScope(), status, ZONE_LIMIT);
    }
}
