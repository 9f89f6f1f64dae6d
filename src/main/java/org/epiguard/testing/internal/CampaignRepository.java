package org.epiguard.testing.internal;

import org.epiguard.access.Location;
import org.epiguard.access.Scope;
import org.epiguard.access.ScopeLevel;
import org.epiguard.geo.AdminUnit;
import org.epiguard.geo.GeoDirectory;
import org.epiguard.people.Occupation;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Date;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * testing_campaign and its attendees. A campaign is read inside the view scope (in SQL): an area
 * user sees the campaigns of areas inside theirs and of the wider areas covering theirs, a school or
 * enterprise those of its own unit.
 */
@Repository
class CampaignRepository {

    private static final String SELECT = """
            select c.*, a.unit_type || ' ' || a.name as area_name, o.name as unit_name
              from testing_campaign c
              join geo_admin_unit a on a.code = c.area_code
              left join geo_org_unit o on o.id = c.unit_id
            """;

    private static final RowMapper<Campaign> MAPPER = (rs, i) -> new Campaign(rs.getLong("id"), rs.getString("name"),
            CampaignKind.valueOf(rs.getString("kind")),
            rs.getString("occupation") == null ? null : Occupation.valueOf(rs.getString("occupation")),
            rs.getString("area_code"), rs.getString("area_name"), rs.getObject("unit_id", Long.class),
            rs.getString("unit_name"), CampaignKind.Cadence.valueOf(rs.getString("cadence")),
            rs.getDate("start_date").toLocalDate(), rs.getDate("end_date").toLocalDate(),
            new Location(rs.getString("province_code"), rs.getString("district_code"), rs.getString("commune_code"),
                    rs.getObject("unit_id", Long.class)));

    private final JdbcClient jdbc;
    private final GeoDirectory geo;

    CampaignRepository(JdbcClient jdbc, GeoDirectory geo) {
        this.jdbc = jdbc;
        this.geo = geo;
    }

    /**
     * The campaigns a scope sees: those inside it, and for a commune or district the campaigns of the
     * wider area that covers it (a district's fishermen, the province's factory workers), whose
     * people the viewer then sees only inside their own scope. Binds its parameters into {@code params}.
     */
    private String inScope(Scope scope, Map<String, Object> params) {
        params.put("scopeKey", scope.key());
        String own = ScopeFilter.sql(scope, "c", "unit_id");
        if (scope.level() != ScopeLevel.COMMUNE && scope.level() != ScopeLevel.DISTRICT) {
            return own;
        }
        Optional<AdminUnit> unit = geo.unit(scope.code());
        if (unit.isEmpty()) {
            return own;
        }
        params.put("scopeProvince", unit.get().provinceCode());
        if (scope.level() == ScopeLevel.DISTRICT) {
            return "(" + own + " or c.district_code is null and c.province_code = :scopeProvince)";
        }
        params.put("scopeDistrict", unit.get().districtCode());
        return "(" + own + " or c.commune_code is null and (c.district_code = :scopeDistrict"
                + " or c.district_code is null and c.province_code = :scopeProvince))";
    }

    Optional<Campaign> find(long id, Scope scope) {
        Map<String, Object> params = new HashMap<>();
        params.put("id", id);
        return jdbc.sql(SELECT + " where c.id = :id and " + inScope(scope, params)).params(params).query(MAPPER).optional();
    }

    /** The campaigns in the scope, running ones first, newest first. */
    List<Campaign> list(Scope scope, LocalDate today, int limit) {
        Map<String, Object> params = new HashMap<>();
        params.put("today", Date.valueOf(today));
        params.put("limit", limit);
        return jdbc.sql(SELECT + " where " + inScope(scope, params)
                        + " order by (c.end_date >= :today) desc, c.start_date desc, c.id desc limit :limit")
                .params(params).query(MAPPER).list();
    }

    /** The campaigns in the scope whose period covers the day (to tag a sample with). */
    List<Campaign> running(Scope scope, LocalDate day) {
        Map<String, Object> params = new HashMap<>();
        params.put("day", Date.valueOf(day));
        return jdbc.sql(SELECT + " where " + inScope(scope, params)
                        + " and c.start_date <= :day and c.end_date >= :day order by c.name, c.id")
                .params(params).query(MAPPER).list();
    }

    long insert(String name, CampaignKind kind, Occupation occupation, String areaCode, Long unitId,
                CampaignKind.Cadence cadence, LocalDate start, LocalDate end, Location where, Long userId) {
        return jdbc.sql("""
                        insert into testing_campaign (name, kind, occupation, area_code, unit_id, cadence, start_date,
                                                      end_date, province_code, district_code, commune_code, created_by)
                        values (:name, :kind, :occ, :area, :unit, :cadence, :start, :end, :p, :d, :c, :user)
                        returning id""")
                .param("name", name).param("kind", kind.name()).param("occ", occupation == null ? null : occupation.name())
                .param("area", areaCode).param("unit", unitId).param("cadence", cadence.name())
                .param("start", Date.valueOf(start)).param("end", Date.valueOf(end))
                .param("p", where.provinceCode()).param("d", where.districtCode()).param("c", where.communeCode())
                .param("user", userId).query(Long.class).single();
    }

    /** Adds attendees; returns how many were new (adding the same person twice adds nothing). */
    int addAttendees(long campaignId, List<Long> personIds) {
        if (personIds.isEmpty()) {
            return 0;
        }
        return jdbc.sql("""
                        insert into testing_campaign_attendee (campaign_id, person_id)
                        select :c, p.id from people_person p where p.id in (:ids) on conflict do nothing""")
                .param("c", campaignId).param("ids", personIds).update();
    }

    /** Tags a sample with the campaign. */
    void tag(long sampleId, long campaignId) {
        jdbc.sql("update testing_sample set campaign_id = :c where id = :s").param("c", campaignId).param("s", sampleId)
                .update();
    }
}
