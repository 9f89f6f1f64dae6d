package org.epiguard.tracing.internal;

import org.epiguard.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The candidates of many cases at once (a day's cases: split in parts side by side, ranked over one
 * sort) are those each case gets alone, in the same order.
 */
class CandidateQueryTest extends IntegrationTest {

    @Autowired
    CandidateQuery query;

    long person() {
        return jdbc.sql("""
                        insert into people_person (full_name, birth_year, province_code, district_code, commune_code, no_id)
                        values ('Người Nhiều Ca', 1980, '22', '193', '06673', true) returning id""").query(Long.class).single();
    }

    @Test
    void many_windows_at_once_give_each_window_what_it_gets_alone() throws Exception {
        long venue = jdbc.sql("""
                        insert into geo_org_unit (unit_type, name, province_code, district_code, commune_code)
                        values ('MARKET', 'Chợ nhiều ca', '22', '193', '06673') returning id""").query(Long.class).single();
        List<Long> people = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            long p = person();
            people.add(p);
            for (int visit = 0; visit < 3; visit++) {
                jdbc.sql("""
                                insert into tracing_checkin (person_id, checked_in_at, venue_id, province_code, district_code,
                                                             commune_code, source)
                                values (:p, timestamptz '2021-09-01 08:00+07' + make_interval(mins => :m), :v, '22', '193', '06673', 'API')""")
                        .param("p", p).param("m", i * 17 + visit * 240).param("v", venue).update();
            }
        }
        Instant from = Instant.parse("2021-08-31T00:00:00Z");
        Instant to = Instant.parse("2021-09-02T00:00:00Z");
        List<CandidateQuery.ExposureWindow> windows = new ArrayList<>();
        for (int k = 0; k < CandidateQuery.SPLIT_ABOVE + 101; k++) {
            long p = people.get(k % people.size());
            // every third window ends before the person's second visit
            windows.add(new CandidateQuery.ExposureWindow(k, p, from, k % 3 == 0 ? Instant.parse("2021-09-01T03:00:00Z") : to));
        }
        Map<Long, List<CandidateQuery.Candidate>> together = new HashMap<>();
        query.stream(windows, c -> together.computeIfAbsent(c.key(), k -> new ArrayList<>()).add(c));
        for (CandidateQuery.ExposureWindow w : windows) {
            assertThat(together.getOrDefault(w.key(), List.of())).as("window %d", w.key()).isEqualTo(query.find(List.of(w)));
        }
        // the windows that end before a late person's first visit have none
        assertThat(together).hasSizeBetween(windows.size() * 9 / 10, windows.size() - 1);
        assertThat(together.get(1L).getFirst().sharedVisits()).isEqualTo(3);
        assertThat(together.get(0L).getFirst().sharedVisits()).isEqualTo(1);
    }
}
