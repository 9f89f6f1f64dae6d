package org.epiguard.situation.internal;

import org.epiguard.cases.CaseConfirmed;
import org.epiguard.cases.CaseCountChanged;
import org.epiguard.testing.PcrPositive;
import org.epiguard.testing.RapidTestPositive;
import org.epiguard.testing.ResultsRecorded;
import org.epiguard.vaccination.DosesRecorded;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Keeps the dashboard's figures current, in one background thread, never in a request.
 * <ul>
 * <li>Records arriving: a confirmed case ({@code cases.CaseConfirmed}, its business day), a case's death or
 * new classification ({@code cases.CaseCountChanged}, the days of its confirmation and death), a positive
 * RT-PCR or rapid test ({@code testing.PcrPositive}, {@code testing.RapidTestPositive}, the day of the result)
 * and any recorded results ({@code testing.ResultsRecorded}, their days) mark their province's days as
 * pending, in the transaction that records them (after the commit of an upload); recorded doses
 * ({@code vaccination.DosesRecorded}) mark the province's vaccination figures. Every {@code drain} seconds
 * (default 2) the pending days are recomputed for their province, runs of days at once, and the vaccination
 * figures of the dosed provinces.</li>
 * <li>Figures no event announces — quarantine occupancy, treatment beds, kit stock, open clusters (and, as a
 * safety net, the days of the last two weeks) — are refreshed every {@code places} seconds (default 60)
 * for each province kept: they change on many paths of their
 * modules (placing, transfer, release, death, a facility's capacity; receipts, adjustments and every rapid
 * test; cluster forming, merging, closing), a short period costs a few grouped reads per province, and an
 * event on each path would mean edits all over those modules. Outreach reasons and ages crossing 12 or 18
 * are caught by the vaccination refresh every {@code vaccination} minutes (default 30, a whole-registry
 * read), and every province is rebuilt from all its records every {@code rebuild} minutes (default 360).</li>
 * <li>A full rebuild of a province is also an action of the administrator or its provincial committee.</li>
 * </ul>
 * The provinces kept are those whose dashboard was opened once, those with arriving records and those
 * rebuilt by hand; a province kept for the first time is rebuilt on the next turn.
 */
@Component
class DashboardJobs implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(DashboardJobs.class);
    /** The days before today that the periodic refresh recomputes. */
    static final int RECENT_DAYS = 14;

    private final DashboardRefresh refresh;
    private final DashboardStore store;
    private final SituationSettings settings;
    private final TransactionTemplate tx;
    private final Duration drain;
    private final Duration places;
    private final Duration vaccination;
    private final Duration rebuild;
    private final java.util.Set<String> queued = java.util.concurrent.ConcurrentHashMap.newKeySet();
    private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "situation-dashboard");
        t.setDaemon(true);
        return t;
    });

    DashboardJobs(DashboardRefresh refresh, DashboardStore store, SituationSettings settings, TransactionTemplate tx,
                  @Value("${epiguard.dashboard.drain-seconds:2}") long drainSeconds,
                  @Value("${epiguard.dashboard.places-seconds:60}") long placesSeconds,
                  @Value("${epiguard.dashboard.vaccination-minutes:30}") long vaccinationMinutes,
                  @Value("${epiguard.dashboard.rebuild-minutes:360}") long rebuildMinutes) {
        this.refresh = refresh;
        this.store = store;
        this.settings = settings;
        this.tx = tx;
        this.drain = Duration.ofSeconds(drainSeconds);
        this.places = Duration.ofSeconds(placesSeconds);
        this.vaccination = Duration.ofMinutes(vaccinationMinutes);
        this.rebuild = Duration.ofMinutes(rebuildMinutes);
    }

    @EventListener
    void on(CaseConfirmed e) {
        if (e.provinceCode() != null && e.confirmedAt() != null) {
            store.mark(e.provinceCode(), businessDay(e.confirmedAt(), settings.cutoffHour()), "DAY");
        }
    }

    @EventListener
    void on(CaseCountChanged e) {
        if (e.provinceCode() != null && e.confirmedAt() != null) {
            store.mark(e.provinceCode(), businessDay(e.confirmedAt(), settings.cutoffHour()), "DAY");
        }
        if (e.provinceCode() != null && e.diedAt() != null) {
            store.mark(e.provinceCode(), businessDay(e.diedAt(), settings.cutoffHour()), "DAY");
        }
    }

    @EventListener
    void on(PcrPositive e) {
        if (e.home() != null && e.home().provinceCode() != null) {
            store.mark(e.home().provinceCode(), LocalDate.ofInstant(e.resultAt(), Dates.BUSINESS_ZONE), "DAY");
        }
    }

    @EventListener
    void on(RapidTestPositive e) {
        if (e.home() != null && e.home().provinceCode() != null) {
            store.mark(e.home().provinceCode(), LocalDate.ofInstant(e.testedAt(), Dates.BUSINESS_ZONE), "DAY");
        }
    }

    @EventListener
    void on(ResultsRecorded e) {
        for (String province : e.provinceCodes()) {
            store.markDays(province, e.firstDay(), e.lastDay());
        }
    }

    @EventListener
    void on(DosesRecorded e) {
        for (String province : e.provinceCodes()) {
            store.mark(province, Dates.today(), "VACCINATION");
        }
    }

    /** The business day a moment counts on: up to and including the cut-off hour of a date, that date. */
    static LocalDate businessDay(Instant at, int cutoffHour) {
        LocalDate d = LocalDate.ofInstant(at, Dates.BUSINESS_ZONE);
        return at.isAfter(org.epiguard.cases.CaseCounts.cutoff(d, cutoffHour)) ? d.plusDays(1) : d;
    }

    @EventListener(ApplicationReadyEvent.class)
    void start() {
        executor.scheduleWithFixedDelay(this::tick, drain.toMillis(), drain.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Queues a full rebuild of a province (the administrator's action); it runs after what is running. */
    void rebuildLater(String province) {
        executor.execute(() -> guarded("rebuild of " + province, () -> rebuildNow(province)));
    }

    private void rebuildNow(String province) {
        long start = System.nanoTime();
        refresh.rebuild(province);
        log.info("dashboard of province {} rebuilt in {} ms", province, (System.nanoTime() - start) / 1_000_000);
    }

    /**
     * Keeps a province from now on: its first rebuild is queued (once) when its dashboard is opened and
     * nobody has built it yet; the request that asks does not wait for it.
     */
    void keep(String province) {
        if (queued.add(province)) {
            executor.execute(() -> guarded("first build of " + province, () -> {
                tx.executeWithoutResult(s -> store.keep(province));
            }));
        }
    }

    /** One turn: the pending days, then whatever periodic refresh is due. */
    void tick() {
        guarded("refresh", () -> {
            Map<String, TreeSet<LocalDate>> pending = new HashMap<>();
            java.util.Set<String> dosed = new java.util.HashSet<>();
            tx.executeWithoutResult(s -> {
                for (var p : store.takePending()) {
                    if ("VACCINATION".equals(p.what())) {
                        dosed.add(p.provinceCode());
                    }
                    pending.computeIfAbsent(p.provinceCode(), k -> new TreeSet<>()).add(p.day());
                }
                for (String province : pending.keySet()) {
                    store.keep(province);
                }
            });
            Instant now = Instant.now();
            for (var kept : store.kept()) {
                String p = kept.provinceCode();
                if (due(kept.rebuiltAt(), rebuild, now)) {
                    rebuildNow(p);
                    pending.remove(p);
                    continue;
                }
                if (due(kept.placesAt(), places, now)) {
                    refresh.places(p);
                    pending.computeIfAbsent(p, k -> new TreeSet<>()).addAll(
                            Dates.today().minusDays(RECENT_DAYS).datesUntil(Dates.today().plusDays(2)).toList());
                }
                if (dosed.contains(p) || due(kept.vaccinationAt(), vaccination, now)) {
                    refresh.vaccination(p);
                }
            }
            refresh.days(pending);
        });
    }

    private static boolean due(Instant last, Duration period, Instant now) {
        return last == null || !last.plus(period).isAfter(now);
    }

    private static void guarded(String what, Runnable work) {
        try {
            work.run();
        } catch (RuntimeException e) {
            log.warn("dashboard {} failed", what, e);
        }
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
