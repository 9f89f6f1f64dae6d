package org.epiguard.vaccination.internal;

import java.time.OffsetDateTime;

/** A dose import job as its owner sees it (the row of vacc_import_job). */
record DoseImportJob(long id, String fileName, String state, int rowsRead, int dosesAdded, int dosesKnown,
                     int peopleCreated, int rowsRejected, Long sameAsJob, String failure, OffsetDateTime startedAt,
                     OffsetDateTime finishedAt) {

    public boolean running() {
        return !"DONE".equals(state) && !"FAILED".equals(state);
    }
}
