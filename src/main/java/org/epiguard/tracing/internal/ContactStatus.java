package org.epiguard.tracing.internal;

/**
 * The tracing work on a contact: listed, reached (told and asked to stay home), quarantined, released.
 * An F1 listed or reached is open work (the lists' filter OPEN).
 */
enum ContactStatus {
    LISTED, REACHED, QUARANTINED, RELEASED;

    public String labelKey() {
        return "tracing.contactStatus." + name();
    }
}
