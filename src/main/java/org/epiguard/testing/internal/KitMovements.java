package org.epiguard.testing.internal;

import org.epiguard.access.Location;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Rapid-test kits per commune (testing_kit_movement): receipts and adjustments as entered, and the
 * stock of every commune of an area on a date in one query — received plus adjusted minus used, the
 * use being the professional rapid tests done in the commune (where the sample was taken) up to that
 * day.
 */
@Repository
class KitMovements {

    enum Kind { RECEIPT, ADJUSTMENT }

    record Movement(long id, Kind kind, String communeCode, LocalDate on, int quantity, String source,
                    Instant createdAt) {
    }

    record Counts(String communeCode, long received, long adjusted, long used) {

        long stock() {
            return received + adjusted - used;
        }
    }

    private final JdbcClient jdbc;

    KitMovements(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(Kind kind, Location commune, LocalDate on, int quantity, String source, Long userId) {
        return jdbc.sql("""
                        insert into testing_kit_movement (kind, commune_code, district_code, province_code, moved_on,
                                                          quantity, source, created_by)
                        values (:kind, :c, :d, :p, :on, :q, :source, :user) returning id""")
                .param("kind", kind.name()).param("c", commune.communeCode()).param("d", commune.districtCode())
                .param("p", commune.provinceCode()).param("on", Date.valueOf(on)).param("q", quantity)
                .param("source", source).param("user", userId)
                .query(Long.class).single();
    }

    /** Every commune of the area (a predicate on geo_admin_unit {@code c}, binding {@code :area}) with its kits on the day. */
    List<Counts> counts(StatsArea.Area area, LocalDate on) {
        Instant end = on.plusDays(1).atStartOfDay(Fields.ZONE).toInstant();
        String where = area.unit() == null ? "false"
                : area.unit().level() == org.epiguard.geo.AdminLevel.COMMUNE ? "c.code = :area" : area.sql("c");
        return jdbc.sql("""
                        with c as (select c.code, c.district_code from geo_admin_unit c
                                    where c.level = 'COMMUNE' and\s""" + where + """
                        ),
                        moved as (select m.commune_code,
                                         sum(m.quantity) filter (where m.kind = 'RECEIPT') as received,
                                         sum(m.quantity) filter (where m.kind = 'ADJUSTMENT') as adjusted
                                    from testing_kit_movement m join c on c.code = m.commune_code
                                   where m.moved_on <= :on group by 1),
                        used as (select s.place_commune_code, count(*) as used
                                   from testing_sample s
                                   join c on c.code = s.place_commune_code
                                   join testing_test t on t.sample_id = s.id and t.kind = 'RAPID_PROFESSIONAL'
                                  where t.result_at < :end group by 1)
                        select c.code, coalesce(moved.received, 0) as received, coalesce(moved.adjusted, 0) as adjusted,
                               coalesce(used.used, 0) as used
                          from c
                          left join moved on moved.commune_code = c.code
                          left join used on used.place_commune_code = c.code
                         order by c.district_code, c.code""")
                .param("on", Date.valueOf(on)).param("end", Timestamp.from(end)).param("area", area.code())
                .query((rs, i) -> new Counts(rs.getString("code"), rs.getLong("received"), rs.getLong("adjusted"),
                        rs.getLong("used")))
                .list();
    }

    List<Movement> ofCommune(String communeCode, int limit) {
        return jdbc.sql("""
                        select m.* from testing_kit_movement m
                         where m.commune_code = :c order by m.moved_on desc, m.id desc limit :limit""")
                .param("c", communeCode).param("limit", limit)
                .query((rs, i) -> new Movement(rs.getLong("id"), Kind.valueOf(rs.getString("kind")),
                        rs.getString("commune_code"), rs.getDate("moved_on").toLocalDate(), rs.getInt("quantity"),
                        rs.getString("source"), rs.getTimestamp("created_at").toInstant()))
                .list();
    }
}
