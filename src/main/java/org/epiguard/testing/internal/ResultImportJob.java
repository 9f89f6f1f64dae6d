package org.epiguard.testing.internal;

import java.time.OffsetDateTime;

/** A result upload job as its owner sees it (the row of testing_import_job). */
record ResultImportJob(long id, String fileName, String state, int rowsRead, int resultsAdded, int resultsKnown,
                       int samplesCreated, int peopleCreated, int retestsOrdered, int alertsRaised, int rowsRejected,
                       Long sameAsJob, String failure, OffsetDateTime startedAt, OffsetDateTime finishedAt) {

    public boolean running() {
        return !"DONE".equals(state) && !"FAILED".equals(state);
    }
}
