package org.epiguard.demo.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Counts what has been written and logs every tenth of the way with the rate so far. */
final class LoadProgress {

    private static final Logger log = LoggerFactory.getLogger(LoadProgress.class);

    private final long target;
    private final long started;
    private long people;
    private long households;
    private int nextTenth = 1;

    LoadProgress(long target, long started) {
        this.target = target;
        this.started = started;
    }

    void add(CommunePeople batch) {
        people += batch.people().size();
        households += batch.households().size();
        while (target > 0 && nextTenth <= 10 && people * 10 >= target * nextTenth) {
            double seconds = (System.nanoTime() - started) / 1e9;
            log.info("Demo people: {} of {} ({} %) in {} s, {} people/s", people, target, nextTenth * 10,
                    Math.round(seconds), Math.round(people / Math.max(seconds, 0.001)));
            nextTenth++;
        }
    }

    long people() {
        return people;
    }

    long households() {
        return households;
    }
}
