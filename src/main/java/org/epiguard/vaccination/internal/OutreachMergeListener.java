package org.epiguard.vaccination.internal;

import org.epiguard.people.PersonsMerged;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Moves the outreach reasons of a merged person to the survivor, in the merge's transaction. */
@Component
class OutreachMergeListener {

    private final JdbcClient jdbc;

    OutreachMergeListener(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    void on(PersonsMerged merged) {
        jdbc.sql("update vacc_outreach_reason set person_id = :s where person_id = :m")
                .param("s", merged.survivorId()).param("m", merged.mergedId()).update();
    }
}
