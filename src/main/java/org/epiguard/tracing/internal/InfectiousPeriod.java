package org.epiguard.tracing.internal;

import org.epiguard.cases.TracedCase;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.function.Function;

/**
 * The infectious period of a case, by the dated rule: from {@code daysBeforeOnset} days before the
 * onset of symptoms (the start of that day, Vietnam time), or before the confirmation when there is
 * no onset (or before the suspicion when not confirmed yet), to the isolation, or now while the case
 * is still in the community. The rule version is the one in force on the onset (or confirmation) day.
 */
record InfectiousPeriod(Instant from, Instant to, CheckinRules.Rule rule) {

    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    static InfectiousPeriod of(TracedCase c, Function<LocalDate, CheckinRules.Rule> ruleOn, Instant now) {
        Instant anchor = c.confirmedAt() != null ? c.confirmedAt() : c.suspectedAt() != null ? c.suspectedAt() : now;
        LocalDate anchorDay = c.onsetDate() != null ? c.onsetDate() : anchor.atZone(VIETNAM).toLocalDate();
        CheckinRules.Rule rule = ruleOn.apply(anchorDay);
        Instant from = c.onsetDate() != null
                ? c.onsetDate().minusDays(rule.daysBeforeOnset()).atStartOfDay(VIETNAM).toInstant()
                : anchor.atZone(VIETNAM).minusDays(rule.daysBeforeOnset()).toInstant();
        Instant to = c.isolatedAt() != null ? c.isolatedAt() : now;
        return new InfectiousPeriod(from, to.isBefore(from) ? from : to, rule);
    }
}
