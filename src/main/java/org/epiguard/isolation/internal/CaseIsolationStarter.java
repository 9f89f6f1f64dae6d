package org.epiguard.isolation.internal;

import org.epiguard.access.AuditTrail;
import org.epiguard.access.Location;
import org.epiguard.cases.CaseConfirmed;
import org.epiguard.vaccination.VaccinationFacts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A confirmed case starts its isolation: a person in quarantine is converted (the quarantine ends, the
 * isolation begins on the day of confirmation), a person not isolated yet gets an isolation at home when
 * the rule of that day isolates at home, and an isolation already running is linked to the case. Where
 * the rule wants a treatment place, nothing is opened: the commune or district places the person.
 * Runs after the case is committed, in its own transaction, so that it never undoes the case.
 */
@Component
class CaseIsolationStarter {

    private static final Logger log = LoggerFactory.getLogger(CaseIsolationStarter.class);

    private final EpisodeRepository episodes;
    private final EpisodeOpening opening;
    private final IsolationRules rules;
    private final VaccinationFacts vaccination;
    private final JdbcClient jdbc;
    private final AuditTrail audit;

    CaseIsolationStarter(EpisodeRepository episodes, EpisodeOpening opening, IsolationRules rules, VaccinationFacts vaccination,
                         JdbcClient jdbc, AuditTrail audit) {
        this.episodes = episodes;
        this.opening = opening;
        this.rules = rules;
        this.vaccination = vaccination;
        this.jdbc = jdbc;
        this.audit = audit;
    }

    @TransactionalEventListener(fallbackExecution = true)
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void on(CaseConfirmed confirmed) {
        LocalDate day = confirmed.confirmedAt().atZone(IsolationDates.BUSINESS_ZONE).toLocalDate();
        Episode running = episodes.ofPersonRunning(confirmed.personId()).stream().findFirst().map(episodes::get).orElse(null);
        if (running != null && !running.kind().isQuarantine()) {
            if (running.caseId() == null) {
                jdbc.sql("update isolation_episode set case_id = :c, updated_at = now() where id = :e")
                        .param("c", confirmed.caseId()).param("e", running.id()).update();
            }
            return;
        }
        boolean protectedPerson = vaccination.statusOf(confirmed.personId(), day).protectedForQuarantine();
        IsolationRule rule = rules.inForce(EpisodeKind.CASE_ISOLATION, day, protectedPerson).orElse(null);
        if (rule == null || PlaceRoom.needsUnit(rule.place())) {
            log.info("case {}: the isolation rule of {} needs a place to be chosen; none opened", confirmed.caseId(), day);
            return;
        }
        Location home = new Location(confirmed.provinceCode(), confirmed.districtCode(), confirmed.communeCode(), null);
        LocalDate start = day;
        if (running != null) {
            episodes.lock(running.id());
            start = day.isBefore(running.admittedOn()) ? running.admittedOn() : day;
            episodes.end(running.id(), EpisodeStatus.CONVERTED, start, "case " + confirmed.caseId());
            audit.record(AuditTrail.Action.UPDATE, "isolation_episode", running.id(), running.location(),
                    "episode of person " + running.personId() + " converted: case " + confirmed.caseId() + " confirmed",
                    EpisodeOpening.terms(running), EpisodeOpening.terms(episodes.get(running.id())));
        }
        List<IsolationProblem> problems = new ArrayList<>();
        try {
            opening.insert(confirmed.personId(), EpisodeKind.CASE_ISOLATION, start, start, rule.place(), null, home, null,
                    problems);
        } catch (InvalidIsolationInput refused) {
            log.info("case {}: no isolation opened ({})", confirmed.caseId(), refused.getMessage());
        }
    }
}
