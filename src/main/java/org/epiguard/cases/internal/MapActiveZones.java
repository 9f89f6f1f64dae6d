package org.epiguard.cases.internal;

import org.epiguard.access.Scope;
import org.epiguard.cases.ActiveZones;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * {@link ActiveZones} from cases_zone: a zone is in force from its confirmation (activated_at) until it
 * is lifted. The unit and the reader's scope are plain predicates on the zone's area columns (indexes
 * cases_zone_province/district/commune with the status).
 */
@Component
class MapActiveZones implements ActiveZones {

    private static final String IN_FORCE = """
            z.status in ('ACTIVE', 'LIFTED') and z.activated_at <= :at and (z.lifted_at is null or z.lifted_at > :at)
            """;

    private final JdbcClient jdbc;

    MapActiveZones(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public InForce within(Scope viewScope, String unitCode, Instant at, int limit) {
        String where = IN_FORCE + " and z." + column(unitCode) + " = :unit and " + viewScope.sql("z", "unit_id");
        List<CommuneCount> counts = jdbc.sql("select z.district_code, z.commune_code, count(*) from cases_zone z where "
                        + where + " group by 1, 2 order by 2")
                .param("at", Timestamp.from(at)).param("unit", unitCode).param("scopeKey", viewScope.key())
                .query((rs, i) -> new CommuneCount(rs.getString(1), rs.getString(2), rs.getInt(3))).list();
        List<Zone> zones = jdbc.sql("""
                        select z.id, z.kind, coalesce(u.name, v.name, z.description, '') as place, z.district_code,
                               z.commune_code, z.starts_on, z.planned_end,
                               array(select zc.case_id from cases_zone_case zc where zc.zone_id = z.id order by 1) as cases
                          from cases_zone z
                          left join geo_org_unit u on u.id = z.unit_id
                          left join geo_village v on v.id = z.village_id
                         where\s""" + where + " order by z.starts_on desc, z.id desc limit :limit")
                .param("at", Timestamp.from(at)).param("unit", unitCode).param("scopeKey", viewScope.key())
                .param("limit", limit)
                .query((rs, i) -> new Zone(rs.getLong("id"), rs.getString("kind"), rs.getString("place"),
                        rs.getString("district_code"), rs.getString("commune_code"),
                        rs.getDate("starts_on").toLocalDate(), rs.getDate("planned_end").toLocalDate(),
                        Arrays.asList((Long[]) rs.getArray("cases").getArray())))
                .list();
        return new InForce(counts, counts.stream().mapToInt(CommuneCount::zones).sum(), zones);
    }

    private static String column(String unitCode) {
        return switch (unitCode == null ? 0 : unitCode.length()) {
            case 2 -> "province_code";
            case 3 -> "district_code";
            case 5 -> "commune_code";
            default -> throw new IllegalArgumentException("not a GSO province, district or commune code: " + unitCode);
        };
    }
}
