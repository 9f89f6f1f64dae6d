package org.epiguard.cases.internal;

import org.epiguard.vaccination.DosesRecorded;
import org.epiguard.vaccination.PersonVaccination;
import org.epiguard.vaccination.VaccinationFacts;
import org.epiguard.vaccination.VaccinationStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A case's risk colour depends on the person's vaccination status on the case's day, and doses are often
 * recorded late (an import of last month's vaccination sessions). When doses are recorded
 * ({@code vaccination.DosesRecorded}), the open cases (suspected, confirmed, in isolation) of the communes
 * named whose day is on or after the first dose date are looked at again in the background after the
 * doses' commit: those whose vaccination status on their day is no longer the one their colour was worked
 * out with are assessed again, each in its own transaction (a changed colour is audited as always).
 */
@Component
class RiskReassessment implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(RiskReassessment.class);

    private final JdbcClient jdbc;
    private final RiskAssessor assessor;
    private final VaccinationFacts vaccination;
    private final TransactionTemplate tx;
    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "cases-risk-reassessment");
        t.setDaemon(true);
        return t;
    });
    private final AtomicLong reassessed = new AtomicLong();

    RiskReassessment(JdbcClient jdbc, RiskAssessor assessor, VaccinationFacts vaccination, TransactionTemplate tx) {
        this.jdbc = jdbc;
        this.vaccination = vaccination;
        this.assessor = assessor;
        this.tx = tx;
    }

    @TransactionalEventListener(fallbackExecution = true)
    void dosesRecorded(DosesRecorded e) {
        if (e.communeCodes().isEmpty()) {
            return;
        }
        executor.submit(() -> {
            try {
                reassess(e);
            } catch (RuntimeException ex) {
                log.warn("risk groups not reassessed after {} doses", e.doses(), ex);
            }
        });
    }

    private record Open(long id, long personId, LocalDate day, String vaccinationStatus) {
    }

    private void reassess(DosesRecorded e) {
        List<Open> open = jdbc.sql("""
                        select id, person_id, (coalesce(confirmed_at, suspected_at) at time zone 'Asia/Ho_Chi_Minh')::date as day,
                               vaccination_status
                          from cases_case
                         where commune_code in (:communes) and status in ('SUSPECTED', 'CONFIRMED', 'ISOLATED')
                           and (coalesce(confirmed_at, suspected_at) at time zone 'Asia/Ho_Chi_Minh')::date >= :first
                         order by id""")
                .param("communes", List.copyOf(e.communeCodes())).param("first", e.firstDay())
                .query((rs, i) -> new Open(rs.getLong("id"), rs.getLong("person_id"), rs.getObject("day", LocalDate.class),
                        rs.getString("vaccination_status")))
                .list();
        int changed = 0;
        for (Open c : open) {
            PersonVaccination v = vaccination.statusOf(c.personId(), c.day());
            VaccinationStatus now = v == null ? VaccinationStatus.UNVACCINATED : v.status();
            if (!now.name().equals(c.vaccinationStatus())) {
                tx.executeWithoutResult(s -> assessor.assess(c.id()));
                changed++;
            }
        }
        reassessed.addAndGet(changed);
        if (changed > 0) {
            log.info("risk groups of {} of {} open cases reassessed after {} doses were recorded", changed, open.size(),
                    e.doses());
        }
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
