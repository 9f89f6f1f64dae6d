package org.epiguard.geo.internal;

import org.epiguard.access.AccessContext;
import org.epiguard.access.AuditTrail;
import org.epiguard.access.CurrentUser;
import org.epiguard.access.Location;
import org.epiguard.access.Role;
import org.epiguard.geo.GeoDirectory;
import org.epiguard.geo.Village;
import org.epiguard.geo.VillageType;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Villages are kept by the users of their commune (health station, community COVID team), inside
 * their capture scope; a name is unique in its commune, accents and case aside; a village that
 * people, households or organisation units name cannot be deleted.
 */
@Service
class VillageService {

    private static final Set<Role> KEEPERS = Set.of(Role.COMMUNE_HEALTH_STATION, Role.COMMUNITY_TEAM);

    private final AccessContext access;
    private final VillageRepository villages;
    private final GeoDirectory directory;
    private final AuditTrail audit;

    VillageService(AccessContext access, VillageRepository villages, GeoDirectory directory, AuditTrail audit) {
        this.access = access;
        this.villages = villages;
        this.directory = directory;
        this.audit = audit;
    }

    static boolean mayKeep(CurrentUser user) {
        return KEEPERS.contains(user.role());
    }

    /** The location of a commune the user may see; 404 otherwise (also for codes that are not communes). */
    Location viewableCommune(String communeCode) {
        Location loc = directory.communeLocation(communeCode)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        access.requireView(loc);
        return loc;
    }

    /** A village the user may see, else 404. */
    Village visible(long id) {
        return villages.find(access.currentUser().viewScope(), id)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    @Transactional
    Village create(VillageForm form) {
        Location loc = directory.communeLocation(form.commune())
                .orElseThrow(() -> InvalidInput.of("commune", "geo.village.error.commune"));
        requireKeeper(loc);
        String name = checked(form.type(), form.name(), form.commune(), null);
        long id = villages.insert(loc.provinceCode(), loc.districtCode(), loc.communeCode(), form.type(), name);
        Village created = villages.find(id).orElseThrow();
        audit.record(AuditTrail.Action.CREATE, "geo_village", id, loc, created.fullName(), null, fields(created));
        return created;
    }

    @Transactional
    Village rename(long id, VillageType type, String rawName) {
        Village before = visible(id);
        Location loc = location(before);
        requireKeeper(loc);
        String name = checked(type, rawName, before.communeCode(), id);
        villages.update(id, type, name);
        Village after = villages.find(id).orElseThrow();
        audit.record(AuditTrail.Action.UPDATE, "geo_village", id, loc, after.fullName(), fields(before), fields(after));
        return after;
    }

    @Transactional
    void delete(long id) {
        Village village = visible(id);
        Location loc = location(village);
        requireKeeper(loc);
        var refs = villages.references(id);
        if (refs.any()) {
            throw new InUse(village, refs);
        }
        try {
            villages.delete(id);
        } catch (DataIntegrityViolationException e) {
            throw new InUse(village, villages.references(id));
        }
        audit.record(AuditTrail.Action.DELETE, "geo_village", id, loc, village.fullName(), fields(village), null);
    }

    /** What a pasted list gave: villages created, names already there, lines refused (numbered from 1). */
    record BulkResult(List<Village> created, List<String> existing, List<InvalidInput.Problem> problems) {
    }

    /**
     * Creates one village per line ("Thôn Khe Cát", or a bare name taken as the default type; for a
     * CSV line the first field). Names already in the commune are left alone; bad lines are
     * reported and the good ones kept, so pasting the same list twice changes nothing.
     */
    @Transactional
    BulkResult createAll(String communeCode, VillageType defaultType, String lines) {
        List<Village> created = new ArrayList<>();
        List<String> existing = new ArrayList<>();
        List<InvalidInput.Problem> problems = new ArrayList<>();
        requireKeeper(directory.communeLocation(communeCode)
                .orElseThrow(() -> InvalidInput.of("commune", "geo.village.error.commune")));
        int n = 0;
        for (String line : (lines == null ? "" : lines).split("\\R")) {
            n++;
            String cell = line.split("[,;\\t]")[0].strip();
            if (cell.isEmpty()) {
                continue;
            }
            VillageType type = VillageName.typeOf(cell).orElse(defaultType);
            String name = VillageName.normalise(type, cell);
            var same = villages.sameName(communeCode, name, null);
            if (same.isPresent()) {
                existing.add(same.get().fullName());
                continue;
            }
            try {
                created.add(create(new VillageForm(communeCode, type, name)));
            } catch (InvalidInput e) {
                int lineNo = n;
                e.problems().forEach(p -> problems.add(new InvalidInput.Problem(Integer.toString(lineNo),
                        p.messageKey(), p.args())));
            }
        }
        return new BulkResult(created, existing, problems);
    }

    /** A village still named by people, households or organisation units. */
    static final class InUse extends InvalidInput {
        InUse(Village village, VillageRepository.References refs) {
            super(List.of(new Problem("village", "geo.village.error.inUse", village.fullName(), refs.people(),
                    refs.households(), refs.orgUnits())));
        }
    }

    private String checked(VillageType type, String rawName, String communeCode, Long exceptId) {
        List<InvalidInput.Problem> problems = new ArrayList<>();
        if (type == null) {
            problems.add(new InvalidInput.Problem("type", "geo.village.error.typeRequired"));
        }
        String name = VillageName.normalise(type, rawName);
        String problem = VillageName.problem(name);
        if (problem != null) {
            problems.add(new InvalidInput.Problem("name", problem));
        } else {
            villages.sameName(communeCode, name, exceptId).ifPresent(other -> problems.add(
                    new InvalidInput.Problem("name", "geo.village.error.duplicate", other.fullName())));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        return name;
    }

    private void requireKeeper(Location loc) {
        CurrentUser me = access.currentUser();
        access.requireCapture(loc);
        if (!mayKeep(me)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, "villages are kept by commune users");
        }
    }

    private static Location location(Village v) {
        return Location.commune(v.provinceCode(), v.districtCode(), v.communeCode());
    }

    private static Map<String, Object> fields(Village v) {
        return Map.of("commune", v.communeCode(), "type", v.type().name(), "name", v.name());
    }
}
