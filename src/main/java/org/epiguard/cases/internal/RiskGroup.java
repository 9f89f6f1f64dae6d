package org.epiguard.cases.internal;

/** The Ministry's four colours of risk, lowest first. */
enum RiskGroup {
    GREEN, YELLOW, ORANGE, RED;

    String labelKey() {
        return "cases.risk." + name();
    }
}
