package org.epiguard.testing.internal;

import org.epiguard.testing.TestingFigures;
import org.springframework.stereotype.Component;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;

/** {@link TestingFigures} from testing_test, one grouped query. */
@Component
class DashboardTestingFigures implements TestingFigures {

    private final JdbcClient jdbc;

    DashboardTestingFigures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<CommuneDayTests> perCommuneDay(String provinceCode, LocalDate first, LocalDate last) {
        return jdbc.sql("""
                        select cast((t.result_at at time zone 'Asia/Ho_Chi_Minh') as date) as day, t.commune_code,
                               count(*) as tests, count(*) filter (where t.outcome = 'POSITIVE') as positive,
                               count(*) filter (where t.outcome = 'NEGATIVE') as negative
                          from testing_test t
                         where t.province_code = :p and t.from_pool_test_id is null
                           and t.result_at >= :start and t.result_at < :end
                         group by 1, 2""")
                .param("p", provinceCode)
                .param("start", Timestamp.from(first.atStartOfDay(Fields.ZONE).toInstant()))
                .param("end", Timestamp.from(last.plusDays(1).atStartOfDay(Fields.ZONE).toInstant()))
                .query((rs, i) -> new CommuneDayTests(rs.getDate("day").toLocalDate(), rs.getString("commune_code"),
                        rs.getLong("tests"), rs.getLong("positive"), rs.getLong("negative")))
                .list();
    }
}
