package org.epiguard.tracing.internal;

import java.time.OffsetDateTime;

/** A check-in file import as its owner sees it (the row of tracing_checkin_import_job). */
record CheckinImportJob(long id, String fileName, String state, int rowsRead, int checkinsAdded, int checkinsKnown,
                        int rowsRejected, Long sameAsJob, String failure, OffsetDateTime startedAt,
                        OffsetDateTime finishedAt) {

    public boolean running() {
        return !"DONE".equals(state) && !"FAILED".equals(state);
    }
}
