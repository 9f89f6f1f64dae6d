package org.epiguard.geo.internal;

import org.epiguard.access.AccessContext;
import org.epiguard.access.AuditTrail;
import org.epiguard.access.CurrentUser;
import org.epiguard.access.Location;
import org.epiguard.geo.GeoDirectory;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Creating, editing and deactivating organisation units inside the user's capture scope. A user
 * whose scope is the unit itself may edit it but not move it to another commune.
 */
@Service
class OrgUnitService {

    private final AccessContext access;
    private final OrgUnitRepository units;
    private final VillageRepository villages;
    private final GeoDirectory directory;
    private final AuditTrail audit;

    OrgUnitService(AccessContext access, OrgUnitRepository units, VillageRepository villages, GeoDirectory directory,
                   AuditTrail audit) {
        this.access = access;
        this.units = units;
        this.villages = villages;
        this.directory = directory;
        this.audit = audit;
    }

    /** A unit the user may see, else 404. */
    OrgUnitDetail visible(long id) {
        return units.detail(access.currentUser().viewScope(), id)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    @Transactional
    OrgUnitDetail create(OrgUnitForm form) {
        OrgUnitValues values = OrgUnitValues.check(form);
        Location loc = commune(values);
        access.requireCapture(loc);
        checkVillage(values);
        long id = units.insert(values, loc);
        OrgUnitDetail created = visibleOrOwn(id);
        audit.record(AuditTrail.Action.CREATE, "geo_org_unit", id, created.location(), created.name(), null,
                fields(created));
        return created;
    }

    @Transactional
    OrgUnitDetail update(long id, OrgUnitForm form) {
        OrgUnitDetail before = visible(id);
        access.requireCapture(before.location());
        OrgUnitValues values = OrgUnitValues.check(form);
        Location loc = commune(values);
        CurrentUser me = access.currentUser();
        if (!loc.communeCode().equals(before.communeCode())
                && !me.captureScope().containsAdminUnit(loc.provinceCode(), loc.districtCode(), loc.communeCode())) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, "outside your capture scope");
        }
        checkVillage(values);
        units.update(id, values, loc);
        OrgUnitDetail after = visibleOrOwn(id);
        audit.record(AuditTrail.Action.UPDATE, "geo_org_unit", id, after.location(), after.name(), fields(before),
                fields(after));
        return after;
    }

    @Transactional
    OrgUnitDetail setActive(long id, boolean active) {
        OrgUnitDetail before = visible(id);
        access.requireCapture(before.location());
        units.setActive(id, active);
        OrgUnitDetail after = visibleOrOwn(id);
        audit.record(AuditTrail.Action.UPDATE, "geo_org_unit", id, after.location(),
                (active ? "activated " : "deactivated ") + after.name(), Map.of("active", before.active()),
                Map.of("active", active));
        return after;
    }

    private Location commune(OrgUnitValues values) {
        return directory.communeLocation(values.commune())
                .orElseThrow(() -> InvalidInput.of("commune", "geo.orgUnit.error.commune"));
    }

    private void checkVillage(OrgUnitValues values) {
        if (values.villageId() == null) {
            return;
        }
        var village = villages.find(values.villageId());
        if (village.isEmpty() || !village.get().communeCode().equals(values.commune())) {
            throw InvalidInput.of("village", "geo.orgUnit.error.villageElsewhere");
        }
    }

    /** The unit just written, read without the view scope (the writer's capture scope admitted it). */
    private OrgUnitDetail visibleOrOwn(long id) {
        return units.detail(id).orElseThrow();
    }

    private static Map<String, Object> fields(OrgUnitDetail u) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("type", u.type().name());
        m.put("name", u.name());
        m.put("address", u.address());
        m.put("capacity", u.capacity());
        m.put("phone", u.phone());
        m.put("commune", u.communeCode());
        m.put("village", u.villageId());
        m.put("active", u.active());
        return m;
    }
}
