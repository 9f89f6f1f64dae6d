package org.epiguard.isolation.internal;

import org.epiguard.access.AccessContext;
import org.epiguard.access.AuditTrail;
import org.epiguard.access.CurrentUser;
import org.epiguard.access.Scope;
import org.epiguard.geo.OrgUnit;
import org.epiguard.geo.OrgUnitType;
import org.epiguard.geo.OrgUnits;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Treatment places by tier: tier 1 (asymptomatic and mild: commune health stations, field hospitals),
 * tier 2 (moderate), tier 3 (severe and ICU, e.g. Hospital No. 1 Móng Cái); their beds, oxygen and ICU beds,
 * kept by district and province command, and their occupancy (running episodes placed there).
 */
@Service
class TreatmentPlaces {

    static final Set<OrgUnitType> KINDS = Set.of(OrgUnitType.HEALTH_STATION, OrgUnitType.HOSPITAL, OrgUnitType.FIELD_HOSPITAL);

    private final AccessContext access;
    private final OrgUnits orgUnits;
    private final PlaceRoom places;
    private final JdbcClient jdbc;
    private final AuditTrail audit;

    TreatmentPlaces(AccessContext access, OrgUnits orgUnits, PlaceRoom places, JdbcClient jdbc, AuditTrail audit) {
        this.access = access;
        this.orgUnits = orgUnits;
        this.places = places;
        this.jdbc = jdbc;
        this.audit = audit;
    }

    record PlaceInput(Integer tier, Integer beds, Integer oxygenBeds, Integer icuBeds) {
    }

    record PlaceRow(long unitId, String name, String unitType, String districtCode, int tier, int beds, long occupied,
                    long free, int oxygenBeds, int icuBeds, String communeCode) {
    }

    @Transactional
    PlaceRow save(long unitId, PlaceInput in) {
        CurrentUser user = access.currentUser();
        IsolationAccess.require(IsolationAccess.PLANNING, user);
        OrgUnit unit = orgUnits.find(unitId).filter(u -> user.canView(u.location()))
                .orElseThrow(IsolationAccess::notFound);
        access.requireCapture(unit.location());
        List<IsolationProblem> problems = new ArrayList<>();
        if (!KINDS.contains(unit.type())) {
            problems.add(IsolationProblem.of("unitId", "NOT_A_TREATMENT_UNIT", unit.name()));
        }
        int tier = Fields.intIn("tier", in.tier(), 1, 3, true, problems);
        int beds = Fields.intIn("beds", in.beds(), 0, 100_000, true, problems);
        int oxygen = Fields.intIn("oxygenBeds", in.oxygenBeds(), 0, 100_000, false, problems);
        int icu = Fields.intIn("icuBeds", in.icuBeds(), 0, 100_000, false, problems);
        if (beds >= 0 && oxygen > beds) {
            problems.add(IsolationProblem.of("oxygenBeds", "MORE_THAN_BEDS", beds));
        }
        if (beds >= 0 && icu > beds) {
            problems.add(IsolationProblem.of("icuBeds", "MORE_THAN_BEDS", beds));
        }
        InvalidIsolationInput.throwIfAny(problems);
        places.lock(unitId);
        long occupied = places.occupancy(unitId);
        if (beds < occupied) {
            throw InvalidIsolationInput.of("beds", "BELOW_OCCUPANCY", occupied);
        }
        Map<String, Object> before = jdbc.sql("select tier, beds, oxygen_beds, icu_beds from isolation_treatment_place where unit_id = :u")
                .param("u", unitId).query((rs, i) -> fields(rs.getInt(1), rs.getInt(2), rs.getInt(3), rs.getInt(4)))
                .optional().orElse(null);
        var loc = unit.location();
        jdbc.sql("""
                        insert into isolation_treatment_place (unit_id, tier, beds, oxygen_beds, icu_beds, province_code,
                                                               district_code, commune_code)
                        values (:u, :tier, :beds, :oxygen, :icu, :p, :d, :c)
                        on conflict (unit_id) do update set tier = excluded.tier, beds = excluded.beds,
                            oxygen_beds = excluded.oxygen_beds, icu_beds = excluded.icu_beds, updated_at = now()""")
                .param("u", unitId).param("tier", tier).param("beds", beds).param("oxygen", oxygen).param("icu", icu)
                .param("p", loc.provinceCode()).param("d", loc.districtCode()).param("c", loc.communeCode()).update();
        audit.record(before == null ? AuditTrail.Action.CREATE : AuditTrail.Action.UPDATE, "isolation_treatment_place",
                unitId, loc, "treatment place " + unit.name(), before, fields(tier, beds, oxygen, icu));
        return rows(Scope.of("UNIT", String.valueOf(unitId)), null).getFirst();
    }

    List<PlaceRow> list(Integer tier) {
        CurrentUser user = access.currentUser();
        IsolationAccess.require(IsolationAccess.READ, user);
        return rows(user.viewScope(), tier);
    }

    private List<PlaceRow> rows(Scope scope, Integer tier) {
        return jdbc.sql("""
                        select tp.*, u.name, u.unit_type,
                               (select count(*) from isolation_episode e where e.place_unit_id = tp.unit_id
                                   and e.status = 'ACTIVE') as occ
                          from isolation_treatment_place tp join geo_org_unit u on u.id = tp.unit_id
                         where\s""" + scope.sql("tp", "unit_id") + (tier == null ? "" : " and tp.tier = :tier") + " order by tp.tier desc, tp.district_code, u.name")
                .param("scopeKey", scope.key()).param("tier", tier)
                .query((rs, i) -> new PlaceRow(rs.getLong("unit_id"), rs.getString("name"), rs.getString("unit_type"),
                        rs.getString("district_code"), rs.getInt("tier"), rs.getInt("beds"), rs.getLong("occ"),
                        Math.max(0, rs.getInt("beds") - rs.getLong("occ")), rs.getInt("oxygen_beds"), rs.getInt("icu_beds"),
                        rs.getString("commune_code")))
                .list();
    }

    private static Map<String, Object> fields(int tier, int beds, int oxygen, int icu) {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("tier", tier);
        f.put("beds", beds);
        f.put("oxygenBeds", oxygen);
        f.put("icuBeds", icu);
        return f;
    }
}
