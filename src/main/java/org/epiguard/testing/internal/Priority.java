package org.epiguard.testing.internal;

/** Why a sample was taken; symptomatic and F1 samples are never pooled. */
enum Priority {
    SYMPTOMATIC, F1, HIGH_RISK_ZONE, SCREENING;

    boolean poolable() {
        return this == HIGH_RISK_ZONE || this == SCREENING;
    }
}
