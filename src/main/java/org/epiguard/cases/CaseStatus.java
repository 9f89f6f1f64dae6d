package org.epiguard.cases;

/** Where a case is in its lifecycle: suspected → confirmed → isolated → recovered or died; or discarded. */
public enum CaseStatus {
    SUSPECTED, CONFIRMED, ISOLATED, RECOVERED, DIED, DISCARDED;

    /** Suspected, confirmed or in isolation: a person has at most one open case. */
    public boolean open() {
        return this == SUSPECTED || this == CONFIRMED || this == ISOLATED;
    }

    public String labelKey() {
        return "cases.status." + name();
    }
}
