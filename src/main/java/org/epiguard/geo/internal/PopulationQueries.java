package org.epiguard.geo.internal;

import org.epiguard.geo.AdminLevel;
import org.epiguard.geo.Population;
import org.epiguard.geo.PopulationFacts;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/** Effective population from the view {@code geo_population_effective} (entered, else summed). */
@Component
class PopulationQueries implements PopulationFacts {

    /** Reads the view's columns (prefixed by nothing) from a row. */
    static final RowMapper<Population> MAPPER = (rs, i) -> read(rs);

    private final JdbcClient jdbc;

    PopulationQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    static Population read(ResultSet rs) throws SQLException {
        return new Population(rs.getString("unit_code"), AdminLevel.valueOf(rs.getString("level")),
                rs.getLong("total"), rs.getLong("age_0_4"), rs.getLong("age_5_11"), rs.getLong("age_12_17"),
                rs.getLong("age_18_49"), rs.getLong("age_50_64"), rs.getLong("age_65_plus"),
                Population.Origin.valueOf(rs.getString("origin")), rs.getInt("parts"));
    }

    @Override
    public Optional<Population> population(String unitCode) {
        return jdbc.sql("select * from geo_population_effective where unit_code = :c")
                .param("c", unitCode).query(MAPPER).optional();
    }

    @Override
    public List<Population> childrenOf(String parentCode) {
        // the children's level as a literal lets the view compute only that level's rows
        String childLevel = jdbc.sql("""
                        select case level when 'PROVINCE' then 'DISTRICT' when 'DISTRICT' then 'COMMUNE' end
                          from geo_admin_unit where code = :c""")
                .param("c", parentCode).query(String.class).optional().orElse(null);
        if (childLevel == null) {
            return List.of();
        }
        return jdbc.sql("""
                        select p.* from geo_population_effective p
                        join geo_admin_unit u on u.code = p.unit_code
                        where u.parent_code = :c and p.level = '%s' order by u.code""".formatted(childLevel))
                .param("c", parentCode).query(MAPPER).list();
    }

    @Override
    public List<Population> allCommunes() {
        return jdbc.sql("select * from geo_population_effective where level = 'COMMUNE' order by unit_code")
                .query(MAPPER).list();
    }
}
