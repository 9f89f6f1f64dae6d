package org.epiguard.situation.internal;

import org.epiguard.cases.CaseConfirmed;
import org.epiguard.cases.CaseCountChanged;
import org.epiguard.vaccination.DosesRecorded;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Keeps the stored levels current as records arrive. A confirmed case ({@code cases.CaseConfirmed}, one per
 * case, entered or from an upload), a death or new classification of one ({@code cases.CaseCountChanged}) and
 * recorded doses ({@code vaccination.DosesRecorded}, one per entry or
 * import) mark their province; once the marks have been quiet for {@link #QUIET_MILLIS} (or have waited
 * {@link #MAX_WAIT_MILLIS} under a steady stream), one background worker refreshes each marked province's
 * stored assessments on the dates the records change — a case of business day d the dates d to d + 6, a
 * dose of day d every date from d — re-reading only the week's cases and the coverage of the communes
 * whose people got doses ({@link LevelRecompute#refresh}). A province assessed in the last week but not today is
 * assessed today as well, so its level keeps rolling. Dates never assessed are not created, and at most
 * {@link #MAX_DATES} dates (the latest) are refreshed per burst. Never in a request.
 */
@Component
class LevelRefresh implements AutoCloseable {

    static final long QUIET_MILLIS = 300;
    static final long MAX_WAIT_MILLIS = 5_000;
    static final int MAX_DATES = 62;

    private static final Logger log = LoggerFactory.getLogger(LevelRefresh.class);
    private static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    /** What has arrived for one province since the last refresh. */
    private static final class Marks {
        LocalDate caseFrom;
        LocalDate caseTo;
        LocalDate doseFrom;
        final Set<String> doseCommunes = new HashSet<>();
    }

    /** One province's refresh: the dates re-assessed and how long it took. */
    record Done(String provinceCode, List<LocalDate> dates, long millis) {
    }

    private final LevelRecompute recompute;
    private final Assessments assessments;
    private final SituationSettings settings;
    private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "situation-levels-refresh");
        t.setDaemon(true);
        return t;
    });
    private final Map<String, Marks> marks = new HashMap<>();
    private ScheduledFuture<?> scheduled;
    private long firstMarkAt;
    private final AtomicLong bursts = new AtomicLong();
    private volatile Done last;

    LevelRefresh(LevelRecompute recompute, Assessments assessments, SituationSettings settings) {
        this.recompute = recompute;
        this.assessments = assessments;
        this.settings = settings;
    }

    @TransactionalEventListener(fallbackExecution = true)
    void caseConfirmed(CaseConfirmed e) {
        caseDays(e.provinceCode(), e.confirmedAt());
    }

    @TransactionalEventListener(fallbackExecution = true)
    void caseCountChanged(CaseCountChanged e) {
        caseDays(e.provinceCode(), e.confirmedAt());
        caseDays(e.provinceCode(), e.diedAt());
    }

    /** A case counted on the business day of {@code at} (the day ending at the cut-off hour). */
    private void caseDays(String provinceCode, Instant at) {
        if (provinceCode == null || at == null) {
            return;
        }
        var local = at.atZone(ZONE);
        LocalDate day = local.toLocalTime().isAfter(LocalTime.of(settings.cutoffHour(), 0))
                ? local.toLocalDate().plusDays(1) : local.toLocalDate();
        mark(provinceCode, m -> {
            m.caseFrom = m.caseFrom == null || day.isBefore(m.caseFrom) ? day : m.caseFrom;
            m.caseTo = m.caseTo == null || day.isAfter(m.caseTo) ? day : m.caseTo;
        });
    }

    @TransactionalEventListener(fallbackExecution = true)
    void dosesRecorded(DosesRecorded e) {
        for (String province : e.provinceCodes()) {
            mark(province, m -> {
                m.doseFrom = m.doseFrom == null || e.firstDay().isBefore(m.doseFrom) ? e.firstDay() : m.doseFrom;
                m.doseCommunes.addAll(e.communeCodes());
            });
        }
    }

    private synchronized void mark(String provinceCode, java.util.function.Consumer<Marks> change) {
        change.accept(marks.computeIfAbsent(provinceCode, k -> new Marks()));
        long now = System.currentTimeMillis();
        if (scheduled == null) {
            firstMarkAt = now;
        } else if (now - firstMarkAt >= MAX_WAIT_MILLIS || !scheduled.cancel(false)) {
            return; // due soon (or running, and it will see these marks or schedule again)
        }
        scheduled = executor.schedule(this::drain, QUIET_MILLIS, TimeUnit.MILLISECONDS);
    }

    private void drain() {
        Map<String, Marks> work;
        synchronized (this) {
            work = new HashMap<>(marks);
            marks.clear();
            scheduled = null;
        }
        for (var entry : work.entrySet()) {
            try {
                last = refresh(entry.getKey(), entry.getValue());
            } catch (RuntimeException e) {
                log.warn("epidemic levels of {} not refreshed after new records", entry.getKey(), e);
            }
        }
        bursts.incrementAndGet();
    }

    private Done refresh(String provinceCode, Marks m) {
        long start = System.nanoTime();
        LocalDate today = LocalDate.now(ZONE);
        TreeSet<LocalDate> dates = new TreeSet<>();
        if (m.caseFrom != null) {
            dates.addAll(assessments.datesOf(provinceCode, m.caseFrom, m.caseTo.plusDays(6)));
        }
        if (m.doseFrom != null) {
            dates.addAll(assessments.datesOf(provinceCode, m.doseFrom, today.plusDays(7)));
        }
        while (dates.size() > MAX_DATES) {
            log.info("epidemic levels of {}: {} not refreshed (more than {} dates after one burst of records)",
                    provinceCode, dates.pollFirst(), MAX_DATES);
        }
        for (LocalDate date : dates) {
            boolean doses = m.doseFrom != null && !date.isBefore(m.doseFrom);
            recompute.refresh(date, provinceCode, doses ? m.doseCommunes : Set.of());
        }
        List<LocalDate> done = new ArrayList<>(dates);
        if (!dates.contains(today) && !assessments.exists(provinceCode, today)
                && !assessments.datesOf(provinceCode, today.minusDays(7), today.minusDays(1)).isEmpty()) {
            recompute.recompute(today, provinceCode);
            done.add(today);
        }
        Done result = new Done(provinceCode, done, (System.nanoTime() - start) / 1_000_000);
        log.info("epidemic levels of {} refreshed after new records: {} in {} ms", provinceCode, done, result.millis());
        return result;
    }

    /** How many bursts of records have been worked off, and the last province refreshed (for tests and benchmarks). */
    long bursts() {
        return bursts.get();
    }

    Done last() {
        return last;
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
