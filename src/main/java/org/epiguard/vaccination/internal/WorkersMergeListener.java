package org.epiguard.vaccination.internal;

import org.epiguard.people.PersonsMerged;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Moves the worker registrations of a merged person to the survivor, in the merge's transaction; a
 * registration the survivor already has (same enterprise and start) is the same one and is dropped.
 */
@Component
class WorkersMergeListener {

    private final JdbcClient jdbc;

    WorkersMergeListener(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    void on(PersonsMerged merged) {
        jdbc.sql("""
                        delete from vacc_worker m where m.person_id = :m
                           and exists (select 1 from vacc_worker s where s.person_id = :s
                                          and s.enterprise_id = m.enterprise_id and s.start_date = m.start_date)""")
                .param("s", merged.survivorId()).param("m", merged.mergedId()).update();
        jdbc.sql("update vacc_worker set person_id = :s where person_id = :m")
                .param("s", merged.survivorId()).param("m", merged.mergedId()).update();
    }
}
