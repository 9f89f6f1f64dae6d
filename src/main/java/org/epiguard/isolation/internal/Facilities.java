package org.epiguard.isolation.internal;

import org.epiguard.access.AccessContext;
import org.epiguard.access.CurrentUser;
import org.epiguard.access.Location;
import org.epiguard.access.Scope;
import org.epiguard.people.PeopleDirectory;
import org.epiguard.people.PersonHit;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The quarantine facilities: capacity, occupancy (running episodes placed there), admissions and
 * discharges of a day, free places by district; and the allocation of a group of people to facilities
 * with room, nearest first (the person's commune, then district, then the rest of the province; the
 * units carry no coordinates), never beyond a facility's capacity.
 */
@Service
class Facilities {

    private final AccessContext access;
    private final JdbcClient jdbc;
    private final PeopleDirectory people;
    private final EpisodeOpening opening;
    private final PlaceRoom places;

    Facilities(AccessContext access, JdbcClient jdbc, PeopleDirectory people, EpisodeOpening opening, PlaceRoom places) {
        this.access = access;
        this.jdbc = jdbc;
        this.people = people;
        this.opening = opening;
        this.places = places;
    }

    record FacilityRow(long id, String name, String districtCode, String communeCode, int capacity, long occupancy,
                       long free, long admissions, long discharges) {
    }

    record DistrictPlaces(String districtCode, int facilities, long capacity, long occupancy, long free) {
    }

    /** The facilities in the user's view scope (a facility user: their own) on a date. */
    List<FacilityRow> list(LocalDate on) {
        CurrentUser user = access.currentUser();
        IsolationAccess.require(IsolationAccess.READ, user);
        return rows(user.viewScope(), on);
    }

    List<FacilityRow> rows(Scope scope, LocalDate on) {
        return jdbc.sql("""
                        select u.id, u.name, u.district_code, u.commune_code, coalesce(u.capacity, 0) as capacity,
                               (select count(*) from isolation_episode e where e.place_unit_id = u.id and e.status = 'ACTIVE') as occ,
                               (select count(*) from isolation_episode e where e.place_unit_id = u.id and e.admitted_on = :on) as adm,
                               (select count(*) from isolation_episode e where e.place_unit_id = u.id and e.ended_on = :on) as dis
                          from geo_org_unit u
                         where u.unit_type = 'QUARANTINE_FACILITY' and u.active and\s""" + scope.sql("u", "id") + " order by u.district_code, u.name, u.id")
                .param("on", Date.valueOf(on)).param("scopeKey", scope.key())
                .query((rs, i) -> new FacilityRow(rs.getLong("id"), rs.getString("name"), rs.getString("district_code"),
                        rs.getString("commune_code"), rs.getInt("capacity"), rs.getLong("occ"),
                        Math.max(0, rs.getInt("capacity") - rs.getLong("occ")), rs.getLong("adm"), rs.getLong("dis")))
                .list();
    }

    List<DistrictPlaces> byDistrict(LocalDate on) {
        List<DistrictPlaces> out = new ArrayList<>();
        for (FacilityRow f : list(on)) {
            DistrictPlaces last = out.isEmpty() ? null : out.getLast();
            if (last != null && last.districtCode().equals(f.districtCode())) {
                out.set(out.size() - 1, new DistrictPlaces(last.districtCode(), last.facilities() + 1,
                        last.capacity() + f.capacity(), last.occupancy() + f.occupancy(), last.free() + f.free()));
            } else {
                out.add(new DistrictPlaces(f.districtCode(), 1, f.capacity(), f.occupancy(), f.free()));
            }
        }
        return out;
    }

    record AllocationInput(List<Long> personIds, String kind, String startDate) {
    }

    record Placed(long personId, long episodeId, Place place, Long facilityId, String facilityName) {
    }

    record Unplaced(long personId, String reason) {
    }

    record Allocation(List<Placed> placed, List<Unplaced> unplaced) {
    }

    /**
     * Places each person of the group, in order, in the nearest facility of their province with a free place;
     * whoever finds none (or is already isolated) is returned unplaced. All people must be in the user's view
     * scope (else 404) and capture scope (else 403) before anything is written.
     */
    @Transactional
    Allocation allocate(AllocationInput in) {
        CurrentUser user = access.currentUser();
        IsolationAccess.require(IsolationAccess.EPISODES, user);
        List<IsolationProblem> problems = new ArrayList<>();
        if (in.personIds() == null || in.personIds().isEmpty()) {
            problems.add(IsolationProblem.of("personIds", "REQUIRED"));
        } else if (in.personIds().size() > 2000) {
            problems.add(IsolationProblem.of("personIds", "TOO_MANY", 2000));
        }
        EpisodeKind kind = Fields.enumValue("kind", in.kind(), EpisodeKind.class, problems);
        LocalDate start = IsolationDates.required("startDate", in.startDate(), true, problems);
        InvalidIsolationInput.throwIfAny(problems);
        List<PersonHit> group = members(user, in.personIds());
        return place(group, kind, start, user, p -> Place.FACILITY, null, IsolationRule.STRICTEST_LEVEL);
    }

    /** The people of a group, each in the user's view scope (else 404) and capture scope (else 403). */
    List<PersonHit> members(CurrentUser user, List<Long> personIds) {
        List<PersonHit> group = new ArrayList<>();
        for (int i = 0; i < personIds.size(); i++) {
            Long id = personIds.get(i);
            if (id == null) {
                throw InvalidIsolationInput.of("personIds[" + i + "]", "REQUIRED");
            }
            PersonHit p = people.find(user, id).orElseThrow(IsolationAccess::notFound);
            access.requireCapture(opening.homeOf(p));
            group.add(p);
        }
        return group;
    }

    /**
     * Opens an episode for each person in order: in the nearest facility with room when their place is a
     * facility, elsewhere without a unit; whoever cannot be placed is returned unplaced with the reason.
     * Marks each episode with the returnee group when there is one.
     */
    Allocation place(List<PersonHit> group, EpisodeKind kind, LocalDate start, CurrentUser user,
                     java.util.function.Function<PersonHit, Place> placeOf, Long groupId, int originLevel) {
        List<Placed> placed = new ArrayList<>();
        List<Unplaced> unplaced = new ArrayList<>();
        for (PersonHit p : group) {
            Location home = opening.homeOf(p);
            Place where = placeOf.apply(p);
            Long facility = null;
            if (where == Place.FACILITY) {
                facility = nearestWithRoom(home);
                if (facility == null) {
                    unplaced.add(new Unplaced(p.id(), "NO_FREE_PLACE"));
                    continue;
                }
            }
            try {
                Episode e = opening.insert(p.id(), kind, start, start, where, facility, home, user, new ArrayList<>(),
                        originLevel);
                if (groupId != null) {
                    jdbc.sql("update isolation_episode set returnee_group_id = :g where id = :e")
                            .param("g", groupId).param("e", e.id()).update();
                }
                placed.add(new Placed(p.id(), e.id(), where, facility, e.placeUnitName()));
            } catch (InvalidIsolationInput refused) {
                unplaced.add(new Unplaced(p.id(), refused.problems().getFirst().code()));
            }
        }
        return new Allocation(placed, unplaced);
    }

    /** The nearest facility of the commune's province with a free place, under its lock; null when none. */
    Long nearestWithRoom(Location home) {
        List<Long> candidates = jdbc.sql("""
                        select u.id from geo_org_unit u
                         where u.unit_type = 'QUARANTINE_FACILITY' and u.active and u.province_code = :p
                           and coalesce(u.capacity, 0) > (select count(*) from isolation_episode e
                                                           where e.place_unit_id = u.id and e.status = 'ACTIVE')
                         order by u.commune_code = :c desc, u.district_code = :d desc,
                                  coalesce(u.capacity, 0) - (select count(*) from isolation_episode e
                                                              where e.place_unit_id = u.id and e.status = 'ACTIVE') desc,
                                  u.id""")
                .param("p", home.provinceCode()).param("d", home.districtCode()).param("c", home.communeCode())
                .query(Long.class).list();
        for (long id : candidates) {
            places.lock(id);
            if (places.freePlaces(id) > 0) {
                return id;
            }
        }
        return null;
    }
}
