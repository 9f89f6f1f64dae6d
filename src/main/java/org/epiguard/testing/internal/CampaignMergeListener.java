package org.epiguard.testing.internal;

import org.epiguard.people.PersonsMerged;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Moves a merged person's event attendances to the survivor (once per event), inside the merge's transaction. */
@Component
class CampaignMergeListener {

    private final JdbcClient jdbc;

    CampaignMergeListener(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    void onMerge(PersonsMerged merged) {
        jdbc.sql("""
                        insert into testing_campaign_attendee (campaign_id, person_id, added_at)
                        select campaign_id, :survivor, added_at from testing_campaign_attendee where person_id = :gone
                        on conflict do nothing""")
                .param("survivor", merged.survivorId()).param("gone", merged.mergedId()).update();
        jdbc.sql("delete from testing_campaign_attendee where person_id = :gone").param("gone", merged.mergedId()).update();
    }
}
