package org.epiguard.situation.internal;

import org.epiguard.cases.CaseCounts;
import org.epiguard.isolation.TreatmentCapacity;
import org.epiguard.testing.KitStocks;
import org.epiguard.testing.TestingFigures;
import org.epiguard.tracing.ClusterFigures;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The dashboard's pre-aggregated tables (situation_dash_*): written by the background refresh only, each
 * write replacing a province's rows for what it recomputed; read by {@link DashboardQueries}.
 */
@Repository
class DashboardStore {

    private final JdbcClient jdbc;
    private final JdbcTemplate batchTemplate;

    DashboardStore(JdbcClient jdbc, JdbcTemplate batchTemplate) {
        this.jdbc = jdbc;
        this.batchTemplate = batchTemplate;
    }

    /** A commune's district and province (the tables carry them so that an area is one indexed predicate). */
    record Place(String provinceCode, String districtCode) {
    }

    /** Replaces the per-commune day figures of a province for the days {@code first..last}. */
    void replaceDays(String province, LocalDate first, LocalDate last, List<CaseCounts.CommuneDayCount> cases,
                     List<TestingFigures.CommuneDayTests> tests, Map<String, Place> communes) {
        Map<String, long[]> rows = new HashMap<>();
        for (var c : cases) {
            long[] r = rows.computeIfAbsent(c.communeCode() + "|" + c.day(), k -> new long[9]);
            r[0] += c.confirmed();
            r[1] += c.community();
            r[2] += c.foundInQuarantine();
            r[3] += c.imported();
            r[4] += c.domestic();
            r[5] += c.deaths();
        }
        for (var t : tests) {
            long[] r = rows.computeIfAbsent(t.communeCode() + "|" + t.day(), k -> new long[9]);
            r[6] += t.tests();
            r[7] += t.positive();
            r[8] += t.negative();
        }
        jdbc.sql("delete from situation_dash_day where province_code = :p and day between :a and :b")
                .param("p", province).param("a", Date.valueOf(first)).param("b", Date.valueOf(last)).update();
        List<Object[]> batch = new ArrayList<>();
        rows.forEach((key, r) -> {
            String commune = key.substring(0, key.indexOf('|'));
            Place place = communes.get(commune);
            if (place != null) {
                batch.add(new Object[]{commune, Date.valueOf(key.substring(key.indexOf('|') + 1)), province,
                        place.districtCode(), r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7], r[8]});
            }
        });
        insert("""
                insert into situation_dash_day (commune_code, day, province_code, district_code, confirmed, community,
                                                in_quarantine, imported, domestic, deaths, tests, positive, negative)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", batch);
    }

    /** Makes sure every commune of the province has its row of current figures. */
    void ensureCommunes(String province, Map<String, Place> communes) {
        List<Object[]> batch = new ArrayList<>();
        communes.forEach((code, p) -> batch.add(new Object[]{code, p.provinceCode(), p.districtCode()}));
        insert("""
                insert into situation_dash_commune (commune_code, province_code, district_code) values (?, ?, ?)
                on conflict (commune_code) do nothing""", batch);
        keep(province);
    }

    /** Replaces the places, beds, kits and open clusters of a province. */
    void replacePlaces(String province, List<TreatmentCapacity.CommuneCapacity> places,
                       List<KitStocks.CommuneKits> kits, List<ClusterFigures.ClusterCommune> clusters) {
        jdbc.sql("""
                update situation_dash_commune set quarantine_places = 0, quarantine_used = 0, beds_1 = 0, beds_1_used = 0,
                       beds_2 = 0, beds_2_used = 0, beds_3 = 0, beds_3_used = 0, kit_stock = 0, places_at = now()
                 where province_code = :p""").param("p", province).update();
        List<Object[]> batch = new ArrayList<>();
        for (var p : places) {
            batch.add(new Object[]{p.facilityPlaces(), p.facilityOccupied(), p.tier1Beds(), p.tier1Occupied(),
                    p.tier2Beds(), p.tier2Occupied(), p.tier3Beds(), p.tier3Occupied(), p.communeCode()});
        }
        insert("""
                update situation_dash_commune set quarantine_places = ?, quarantine_used = ?, beds_1 = ?, beds_1_used = ?,
                       beds_2 = ?, beds_2_used = ?, beds_3 = ?, beds_3_used = ? where commune_code = ?""", batch);
        batch.clear();
        for (var k : kits) {
            if (k.stock() != 0) {
                batch.add(new Object[]{k.stock(), k.communeCode()});
            }
        }
        insert("update situation_dash_commune set kit_stock = ? where commune_code = ?", batch);
        jdbc.sql("delete from situation_dash_cluster where province_code = :p").param("p", province).update();
        batch.clear();
        for (var c : clusters) {
            batch.add(new Object[]{c.clusterId(), c.communeCode(), c.provinceCode(), c.districtCode(), c.cases()});
        }
        insert("""
                insert into situation_dash_cluster (cluster_id, commune_code, province_code, district_code, cases)
                values (?, ?, ?, ?, ?)""", batch);
        jdbc.sql("update situation_dash_province set places_at = now() where province_code = :p").param("p", province)
                .update();
    }

    /** One commune's vaccination figures: populations, people with at least k doses, its outreach list. */
    record CommuneVaccination(String communeCode, Long population, Long pop12to17, Long pop18, long v12dose1,
                              long v12dose2, long v18dose1, long v18dose2, long v18dose3, long outreachListed,
                              long outreachNoReason, boolean outreachDeclared) {
    }

    void replaceVaccination(String province, List<CommuneVaccination> rows) {
        jdbc.sql("""
                update situation_dash_commune set population = null, pop_12_17 = null, pop_18 = null, v12_dose1 = 0,
                       v12_dose2 = 0, v18_dose1 = 0, v18_dose2 = 0, v18_dose3 = 0, outreach_listed = 0,
                       outreach_no_reason = 0, outreach_declared = false, vaccination_at = now()
                 where province_code = :p""").param("p", province).update();
        List<Object[]> batch = new ArrayList<>();
        for (var r : rows) {
            batch.add(new Object[]{r.population(), r.pop12to17(), r.pop18(), r.v12dose1(), r.v12dose2(), r.v18dose1(),
                    r.v18dose2(), r.v18dose3(), r.outreachListed(), r.outreachNoReason(), r.outreachDeclared(),
                    r.communeCode()});
        }
        insert("""
                update situation_dash_commune set population = ?, pop_12_17 = ?, pop_18 = ?, v12_dose1 = ?, v12_dose2 = ?,
                       v18_dose1 = ?, v18_dose2 = ?, v18_dose3 = ?, outreach_listed = ?, outreach_no_reason = ?,
                       outreach_declared = ? where commune_code = ?""", batch);
        jdbc.sql("update situation_dash_province set vaccination_at = now() where province_code = :p")
                .param("p", province).update();
    }

    /** Keeps a province's dashboard from now on (rebuilt on the next turn when it never was). */
    void keep(String province) {
        jdbc.sql("insert into situation_dash_province (province_code) values (:p) on conflict do nothing")
                .param("p", province).update();
    }

    void rebuilt(String province, LocalDate firstDay) {
        jdbc.sql("update situation_dash_province set rebuilt_at = now(), first_day = :d where province_code = :p")
                .param("p", province).param("d", Date.valueOf(firstDay)).update();
    }

    /** Notes that an arriving record changed a day's figures (or the vaccination figures) of a province. */
    void mark(String province, LocalDate day, String what) {
        jdbc.sql("""
                insert into situation_dash_pending (province_code, day, what) values (:p, :d, :w)
                on conflict do nothing""").param("p", province).param("d", Date.valueOf(day)).param("w", what).update();
    }

    /** Marks every day {@code first..last} of a province. */
    void markDays(String province, LocalDate first, LocalDate last) {
        jdbc.sql("""
                insert into situation_dash_pending (province_code, day, what)
                select :p, d::date, 'DAY' from generate_series(cast(:a as date), cast(:b as date), interval '1 day') d
                on conflict do nothing""").param("p", province).param("a", Date.valueOf(first))
                .param("b", Date.valueOf(last)).update();
    }

    record Pending(String provinceCode, LocalDate day, String what) {
    }

    /** Takes the pending marks (in the caller's transaction: a mark arriving meanwhile stays for the next turn). */
    List<Pending> takePending() {
        return jdbc.sql("delete from situation_dash_pending returning province_code, day, what")
                .query((rs, i) -> new Pending(rs.getString(1), rs.getDate(2).toLocalDate(), rs.getString(3))).list();
    }

    /** The provinces kept, with the times of their last rebuild and refreshes (null: never). */
    record Kept(String provinceCode, java.time.Instant rebuiltAt, java.time.Instant placesAt,
                java.time.Instant vaccinationAt) {
    }

    List<Kept> kept() {
        return jdbc.sql("select province_code, rebuilt_at, places_at, vaccination_at from situation_dash_province order by 1")
                .query((rs, i) -> new Kept(rs.getString(1), instant(rs.getTimestamp(2)), instant(rs.getTimestamp(3)),
                        instant(rs.getTimestamp(4))))
                .list();
    }

    private static java.time.Instant instant(java.sql.Timestamp t) {
        return t == null ? null : t.toInstant();
    }

    private void insert(String sql, List<Object[]> batch) {
        if (!batch.isEmpty()) {
            batchTemplate.batchUpdate(sql, batch);
        }
    }
}
