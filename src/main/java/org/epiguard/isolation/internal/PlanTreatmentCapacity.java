package org.epiguard.isolation.internal;

import org.epiguard.isolation.TreatmentCapacity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@link TreatmentCapacity} from the isolation tables: quarantine facilities (geo_org_unit places),
 * treatment places (isolation_treatment_place) and the episodes running in them or in the people's
 * communes on a date. An episode runs on day d when it was admitted on or before d and has not ended by d
 * (a transfer on d counts in the new place).
 */
@Component
class PlanTreatmentCapacity implements TreatmentCapacity {

    private static final String RUNNING = "e.admitted_on <= :on and (e.ended_on is null or e.ended_on > :on)";

    private final JdbcClient jdbc;

    PlanTreatmentCapacity(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<CommuneCapacity> perCommune(String provinceCode, LocalDate on) {
        Map<String, CommuneCapacity> out = new LinkedHashMap<>();
        String places = provinceCode == null ? "true" : "u.province_code = :p";
        jdbc.sql("""
                        with place as (
                            select u.id, coalesce(tp.province_code, u.province_code) as province_code,
                                   coalesce(tp.district_code, u.district_code) as district_code,
                                   coalesce(tp.commune_code, u.commune_code) as commune_code,
                                   case when u.unit_type = 'QUARANTINE_FACILITY' and u.active then coalesce(u.capacity, 0) end as places,
                                   tp.tier, tp.beds, tp.oxygen_beds, tp.icu_beds
                              from geo_org_unit u left join isolation_treatment_place tp on tp.unit_id = u.id
                             where ((u.unit_type = 'QUARANTINE_FACILITY' and u.active) or tp.unit_id is not null)
                               and\s""" + places + " " + """
                        ),
                        occ as (
                            select e.place_unit_id as id, count(*) as n from isolation_episode e
                             where e.place_unit_id in (select id from place) and\s""" + RUNNING + " " + """
                             group by 1)
                        select p.province_code, p.district_code, p.commune_code,
                               coalesce(sum(p.places), 0) as places,
                               coalesce(sum(occ.n) filter (where p.places is not null), 0) as places_occ,
                               count(p.tier) as treatment_places,
                               coalesce(sum(p.beds) filter (where p.tier = 1), 0) as beds1,
                               coalesce(sum(p.beds) filter (where p.tier = 2), 0) as beds2,
                               coalesce(sum(p.beds) filter (where p.tier = 3), 0) as beds3,
                               coalesce(sum(occ.n) filter (where p.tier = 1), 0) as occ1,
                               coalesce(sum(occ.n) filter (where p.tier = 2), 0) as occ2,
                               coalesce(sum(occ.n) filter (where p.tier = 3), 0) as occ3,
                               coalesce(sum(p.oxygen_beds), 0) as oxygen, coalesce(sum(p.icu_beds), 0) as icu
                          from place p left join occ on occ.id = p.id
                         group by 1, 2, 3""")
                .param("p", provinceCode).param("on", Date.valueOf(on))
                .query((rs, i) -> new CommuneCapacity(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getLong("places"), rs.getLong("places_occ"), rs.getLong("treatment_places"),
                        rs.getLong("beds1"), rs.getLong("beds2"), rs.getLong("beds3"), rs.getLong("occ1"),
                        rs.getLong("occ2"), rs.getLong("occ3"), rs.getLong("oxygen"), rs.getLong("icu"), 0, 0))
                .list().forEach(c -> out.put(key(c), c));
        String episodes = provinceCode == null ? "true" : "e.province_code = :p";
        jdbc.sql("""
                        select e.province_code, e.district_code, e.commune_code,
                               count(*) filter (where\s""" + RUNNING + " " + """
                        ) as active,
                               count(distinct coalesce(e.chain_id, e.id)) filter (where e.tier in (2, 3)) as higher
                          from isolation_episode e
                         where e.kind = 'CASE_ISOLATION' and e.admitted_on <= :on
                           and (e.ended_on is null or e.ended_on >= :weekStart) and\s""" + episodes + " " + """
                         group by 1, 2, 3""")
                .param("p", provinceCode).param("on", Date.valueOf(on)).param("weekStart", Date.valueOf(on.minusDays(6)))
                .query((rs, i) -> cases(rs))
                .list().forEach(c -> out.merge(key(c), c, CommuneCapacity::plus));
        return new ArrayList<>(out.values());
    }

    private static String key(CommuneCapacity c) {
        return c.provinceCode() + "/" + c.districtCode() + "/" + c.communeCode();
    }

    private static CommuneCapacity cases(ResultSet rs) throws SQLException {
        return new CommuneCapacity(rs.getString(1), rs.getString(2), rs.getString(3), 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
                rs.getLong("active"), rs.getLong("higher"));
    }

    @Override
    public CaseMix caseMix(String unitCode, LocalDate from, LocalDate to) {
        String column = switch (unitCode.length()) {
            case 2 -> "province_code";
            case 3 -> "district_code";
            default -> "commune_code";
        };
        return jdbc.sql("""
                        with chain as (
                            select coalesce(e.chain_id, e.id) as id, e.kind, min(e.start_date) as started,
                                   max(e.tier) as tier, bool_or(e.place in ('FACILITY', 'HOSPITAL')) as away,
                                   bool_or(e.place = 'FACILITY') as facility,
                                   bool_and(e.status <> 'ACTIVE') as ended, max(e.ended_on) as ended_on
                              from isolation_episode e
                             where e.kind in ('CASE_ISOLATION', 'CONTACT_QUARANTINE') and e.%s = :unit
                             group by 1, 2)
                        select count(*) filter (where kind = 'CASE_ISOLATION') as cases,
                               count(*) filter (where kind = 'CASE_ISOLATION' and tier is null and not away) as home,
                               count(*) filter (where kind = 'CASE_ISOLATION' and tier is null and away) as facility,
                               count(*) filter (where kind = 'CASE_ISOLATION' and tier = 1) as tier1,
                               count(*) filter (where kind = 'CASE_ISOLATION' and tier = 2) as tier2,
                               count(*) filter (where kind = 'CASE_ISOLATION' and tier = 3) as tier3,
                               count(*) filter (where kind = 'CASE_ISOLATION' and ended) as ended,
                               avg(ended_on - started) filter (where kind = 'CASE_ISOLATION' and ended) as stay,
                               count(*) filter (where kind = 'CONTACT_QUARANTINE') as contacts,
                               count(*) filter (where kind = 'CONTACT_QUARANTINE' and facility) as contacts_facility
                          from chain where started between :from and :to""".formatted(column))
                .param("unit", unitCode).param("from", Date.valueOf(from)).param("to", Date.valueOf(to))
                .query((rs, i) -> new CaseMix(rs.getLong("cases"), rs.getLong("home"), rs.getLong("facility"),
                        rs.getLong("tier1"), rs.getLong("tier2"), rs.getLong("tier3"), rs.getLong("ended"),
                        rs.getObject("stay") == null ? null : rs.getDouble("stay"), rs.getLong("contacts"),
                        rs.getLong("contacts_facility")))
                .single();
    }
}
