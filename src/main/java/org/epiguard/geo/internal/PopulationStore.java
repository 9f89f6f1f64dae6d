package org.epiguard.geo.internal;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The entered population rows (table geo_population). */
@Component
class PopulationStore {

    /** A unit of the GSO list as the importer needs it: where it lies. */
    record UnitPlace(String code, String level, String provinceCode, String districtCode) {
        String communeCode() {
            return "COMMUNE".equals(level) ? code : null;
        }
    }

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate batch;

    PopulationStore(JdbcClient jdbc, NamedParameterJdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    Map<String, UnitPlace> places(Collection<String> codes) {
        Map<String, UnitPlace> out = new HashMap<>();
        jdbc.sql("select code, level, province_code, district_code from geo_admin_unit where code = any(:codes)")
                .param("codes", codes.toArray(String[]::new))
                .query((rs, i) -> new UnitPlace(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)))
                .list().forEach(p -> out.put(p.code(), p));
        return out;
    }

    Map<String, PopulationRow.Figures> entered(Collection<String> codes) {
        Map<String, PopulationRow.Figures> out = new HashMap<>();
        jdbc.sql("select * from geo_population where unit_code = any(:codes)")
                .param("codes", codes.toArray(String[]::new))
                .query((rs, i) -> Map.entry(rs.getString("unit_code"), new PopulationRow.Figures(rs.getInt("total"),
                        rs.getInt("age_0_4"), rs.getInt("age_5_11"), rs.getInt("age_12_17"), rs.getInt("age_18_49"),
                        rs.getInt("age_50_64"), rs.getInt("age_65_plus"))))
                .list().forEach(e -> out.put(e.getKey(), e.getValue()));
        return out;
    }

    void upsert(Map<String, PopulationRow.Figures> figures, String source) {
        List<SqlParameterSource> params = figures.entrySet().stream().map(e -> (SqlParameterSource) new MapSqlParameterSource()
                .addValue("code", e.getKey()).addValue("total", e.getValue().total())
                .addValue("a0", e.getValue().age0to4()).addValue("a5", e.getValue().age5to11())
                .addValue("a12", e.getValue().age12to17()).addValue("a18", e.getValue().age18to49())
                .addValue("a50", e.getValue().age50to64()).addValue("a65", e.getValue().age65plus())
                .addValue("source", source)).toList();
        batch.batchUpdate("""
                insert into geo_population (unit_code, total, age_0_4, age_5_11, age_12_17, age_18_49, age_50_64,
                                            age_65_plus, source, updated_at)
                values (:code, :total, :a0, :a5, :a12, :a18, :a50, :a65, :source, now())
                on conflict (unit_code) do update set total = excluded.total, age_0_4 = excluded.age_0_4,
                    age_5_11 = excluded.age_5_11, age_12_17 = excluded.age_12_17, age_18_49 = excluded.age_18_49,
                    age_50_64 = excluded.age_50_64, age_65_plus = excluded.age_65_plus, source = excluded.source,
                    updated_at = now()""", params.toArray(SqlParameterSource[]::new));
    }
}
