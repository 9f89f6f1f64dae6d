package org.epiguard.isolation.internal;

/** Isolation of an F0, or quarantine of an F1, a returnee from an epidemic zone or a traveller from abroad. */
enum EpisodeKind {
    CASE_ISOLATION, CONTACT_QUARANTINE, RETURNEE_QUARANTINE, TRAVELLER_QUARANTINE;

    boolean isQuarantine() {
        return this != CASE_ISOLATION;
    }
}
