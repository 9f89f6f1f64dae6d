package org.epiguard.tracing.internal;

import org.epiguard.cases.CaseConfirmed;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Forms clusters in the background after a change that may link cases: a case confirmed, contacts
 * listed. Runs after the change commits; changes that arrive while a run is going are caught by one
 * more run, not one per change.
 */
@Component
class ClusterTrigger {

    /** Contacts were listed or promoted: clusters may have to grow. */
    record ClusterWorkDue() {
    }

    private static final Logger log = LoggerFactory.getLogger(ClusterTrigger.class);

    private final ApplicationEventPublisher events;
    private final ClusterDetection detection;
    private final AtomicBoolean queued = new AtomicBoolean();

    ClusterTrigger(ApplicationEventPublisher events, ClusterDetection detection) {
        this.events = events;
        this.detection = detection;
    }

    void contactsChanged() {
        events.publishEvent(new ClusterWorkDue());
    }

    @Async
    @TransactionalEventListener(fallbackExecution = true)
    void onContacts(ClusterWorkDue due) {
        run();
    }

    @Async
    @TransactionalEventListener(fallbackExecution = true)
    void onCase(CaseConfirmed confirmed) {
        run();
    }

    private void run() {
        if (!queued.compareAndSet(false, true)) {
            return;
        }
        synchronized (this) {
            queued.set(false);
            try {
                detection.detectNew();
            } catch (RuntimeException e) {
                log.warn("cluster forming failed; the next change or an explicit run will retry", e);
            }
        }
    }
}
