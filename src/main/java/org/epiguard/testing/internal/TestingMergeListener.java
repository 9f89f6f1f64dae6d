package org.epiguard.testing.internal;

import org.epiguard.people.PersonsMerged;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Moves the samples, results, retest orders and alerts of a merged person to the survivor, inside
 * the merge's transaction. Nothing is dropped: two samples are two samples. Their scope columns stay
 * where the person lived when they were taken.
 */
@Component
class TestingMergeListener {

    private static final String[] TABLES = {"testing_sample", "testing_test", "testing_retest_order", "testing_alert"};

    private final JdbcClient jdbc;

    TestingMergeListener(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    void onMerge(PersonsMerged merged) {
        for (String table : TABLES) {
            jdbc.sql("update " + table + " set person_id = :survivor where person_id = :gone")
                    .param("survivor", merged.survivorId()).param("gone", merged.mergedId()).update();
        }
    }
}
