package org.epiguard.vaccination.internal;

import org.epiguard.vaccination.AgeGroup;
import org.epiguard.vaccination.GroupCoverage;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The registry side of coverage, set-based in one query: for every part of an area (commune or
 * village), the people living there (people_person, current address, merged records excluded) by age
 * group on the date, and how many of them had at least 1, 2 and 3 doses given on or before it.
 * Age on the date: from birth_date when known, else year(date) − birth_year.
 */
@Component
class RegistryCoverageCounts {

    /** Which people: those of a province, a district or a commune, or of the whole country. */
    enum Area {
        NATION("true"), PROVINCE("p.province_code = :area"), DISTRICT("p.district_code = :area"),
        COMMUNE("p.commune_code = :area");

        private final String predicate;

        Area(String predicate) {
            this.predicate = predicate;
        }
    }

    /** What the counts are grouped by. */
    enum PartBy {
        COMMUNE("p.commune_code"), VILLAGE("coalesce(p.village_id::text, '')");

        private final String expression;

        PartBy(String expression) {
            this.expression = expression;
        }
    }

    static final String AGE_ON_DATE = """
            case when p.birth_date is not null then extract(year from age(cast(:onDate as date), p.birth_date))::int
                 else extract(year from cast(:onDate as date))::int - p.birth_year end""";

    private final JdbcClient jdbc;

    RegistryCoverageCounts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Counts by part (commune code, or village id as text with "" for no village); parts without people
     * are absent. A province or the country counts millions of people: their per-person dose counts
     * are hashed in memory (work_mem raised for this transaction only) instead of spilling to disk.
     */
    @Transactional(readOnly = true)
    Map<String, List<GroupCoverage>> count(Area area, String areaCode, PartBy partBy, LocalDate onDate) {
        if (area == Area.NATION || area == Area.PROVINCE) {
            jdbc.sql("set local work_mem = '256MB'").update();
        }
        var spec = jdbc.sql(sql(area, partBy)).param("onDate", Date.valueOf(onDate));
        if (area != Area.NATION) {
            spec = spec.param("area", areaCode);
        }
        Map<String, List<GroupCoverage>> byPart = new LinkedHashMap<>();
        spec.query(rs -> {
            byPart.put(rs.getString("part"), groups(rs));
        });
        return byPart;
    }

    static String sql(Area area, PartBy partBy) {
        StringBuilder columns = new StringBuilder();
        for (AgeGroup g : AgeGroup.values()) {
            String in = g.to() == null ? "age >= " + g.from() : "age between " + g.from() + " and " + g.to();
            String n = g.name().toLowerCase();
            columns.append(",\n count(*) filter (where ").append(in).append(") as reg_").append(n);
            for (int k = 1; k <= 3; k++) {
                columns.append(",\n count(*) filter (where ").append(in).append(" and doses >= ").append(k)
                        .append(") as d").append(k).append('_').append(n);
            }
        }
        return """
                with aged as (
                    select p.id, %s as part, %s as age
                      from people_person p
                     where p.merged_into is null and %s
                ), eligible as materialized (
                    select id, part, age from aged where age >= 12
                ), dosed as (
                    select v.person_id, count(*) as doses
                      from vacc_dose v
                     where v.dose_date <= cast(:onDate as date) and v.person_id in (select id from eligible)
                     group by v.person_id
                ), counted as (
                    select e.part, e.age, coalesce(d.doses, 0) as doses
                      from eligible e left join dosed d on d.person_id = e.id
                )
                select part%s
                  from counted
                 group by part
                """.formatted(partBy.expression, AGE_ON_DATE, area.predicate, columns);
    }

    private static List<GroupCoverage> groups(ResultSet rs) throws SQLException {
        List<GroupCoverage> groups = new ArrayList<>(AgeGroup.values().length);
        for (AgeGroup g : AgeGroup.values()) {
            String n = g.name().toLowerCase();
            groups.add(new GroupCoverage(g, null, rs.getLong("reg_" + n), rs.getLong("d1_" + n),
                    rs.getLong("d2_" + n), rs.getLong("d3_" + n)));
        }
        return groups;
    }
}
