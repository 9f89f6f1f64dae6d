package org.epiguard.situation.internal;

import org.epiguard.situation.EpidemicLevels;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.Optional;

/**
 * {@link EpidemicLevels} from the stored assessments, as the level pages show the level in force: the
 * latest assessment on or before the date less the notice days (a unit not assessable then: empty).
 */
@Component
class LevelsInForce implements EpidemicLevels {

    private final JdbcClient jdbc;

    LevelsInForce(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<Integer> levelOf(String unitCode, LocalDate date) {
        if (unitCode == null || unitCode.isBlank() || date == null) {
            return Optional.empty();
        }
        return jdbc.sql("""
                        select level from situation_assessment where unit_code = :u and on_date <= :d
                         order by on_date desc limit 1""")
                .param("u", unitCode.strip()).param("d", date.minusDays(LevelViews.NOTICE_DAYS))
                .query((rs, i) -> Optional.ofNullable((Integer) rs.getObject(1))).optional().flatMap(l -> l);
    }
}
