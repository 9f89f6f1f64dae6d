package org.epiguard.vaccination.internal;

import java.util.Optional;

/** Why a person on the outreach list is not fully vaccinated, as the commune records it. */
enum OutreachReason {
    NOT_REACHED, REFUSES, CONTRAINDICATED, TEMPORARILY_AWAY, VACCINATED_ELSEWHERE;

    static Optional<OutreachReason> parse(String text) {
        for (OutreachReason r : values()) {
            if (r.name().equals(text)) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }

    public String labelKey() {
        return "vaccination.outreach.reason." + name();
    }
}
