package org.epiguard.situation.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Recomputations of the levels as background jobs, one at a time, never inside a request: the whole
 * country or one province, for a date. A job's state is kept in memory (a recompute can always be run again).
 */
@Component
class LevelJobs implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(LevelJobs.class);

    enum State { QUEUED, RUNNING, DONE, FAILED }

    record Job(long id, LocalDate date, String provinceCode, State state, Integer units, Long millis, String error) {
    }

    private final LevelRecompute recompute;
    private final Map<Long, Job> jobs = new ConcurrentHashMap<>();
    private final AtomicLong ids = new AtomicLong();
    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "situation-levels");
        t.setDaemon(true);
        return t;
    });

    LevelJobs(LevelRecompute recompute) {
        this.recompute = recompute;
    }

    Job start(LocalDate date, String provinceCode) {
        long id = ids.incrementAndGet();
        Job queued = new Job(id, date, provinceCode, State.QUEUED, null, null, null);
        jobs.put(id, queued);
        executor.submit(() -> {
            jobs.put(id, new Job(id, date, provinceCode, State.RUNNING, null, null, null));
            try {
                var r = recompute.recompute(date, provinceCode);
                jobs.put(id, new Job(id, date, provinceCode, State.DONE, r.units(), r.millis(), null));
                log.info("epidemic levels of {} on {}: {} units in {} ms ({} ms reading the inputs)",
                        provinceCode == null ? "the country" : provinceCode, date, r.units(), r.millis(), r.inputMillis());
            } catch (RuntimeException e) {
                log.warn("epidemic levels of {} on {} failed", provinceCode, date, e);
                jobs.put(id, new Job(id, date, provinceCode, State.FAILED, null, null, String.valueOf(e.getMessage())));
            }
        });
        return queued;
    }

    Optional<Job> job(long id) {
        return Optional.ofNullable(jobs.get(id));
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
