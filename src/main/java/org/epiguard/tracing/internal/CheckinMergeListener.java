package org.epiguard.tracing.internal;

import org.epiguard.people.PersonsMerged;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Moves the check-ins and candidate confirmations of a merged person to the survivor, inside the
 * merge's transaction; a scan both of them have (same venue and time) is one check-in.
 */
@Component
class CheckinMergeListener {

    private final JdbcClient jdbc;

    CheckinMergeListener(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    void onMerge(PersonsMerged merged) {
        jdbc.sql("""
                        with moved as (delete from tracing_checkin where person_id = :gone returning *)
                        insert into tracing_checkin (person_id, checked_in_at, venue_id, province_code, district_code,
                                                     commune_code, source, import_id, created_at)
                        select :survivor, checked_in_at, venue_id, province_code, district_code, commune_code, source,
                               import_id, created_at from moved
                        on conflict (person_id, checked_in_at, venue_id) do nothing""")
                .param("survivor", merged.survivorId()).param("gone", merged.mergedId()).update();
        jdbc.sql("""
                        with moved as (delete from tracing_candidate_confirmation where person_id = :gone returning *)
                        insert into tracing_candidate_confirmation (case_id, person_id, confirmed_at, confirmed_by)
                        select case_id, :survivor, confirmed_at, confirmed_by from moved
                        on conflict (case_id, person_id) do nothing""")
                .param("survivor", merged.survivorId()).param("gone", merged.mergedId()).update();
    }
}
