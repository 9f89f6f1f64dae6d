package org.epiguard.isolation.internal;

/** Where an episode is spent: at home, in controlled lodging, in a quarantine facility, in a treatment place. */
enum Place {
    HOME, LODGING, FACILITY, HOSPITAL;

    /** Followed each day by the community team or the health station (not by a facility's staff). */
    public boolean followedAtHome() {
        return this == HOME || this == LODGING;
    }
}
