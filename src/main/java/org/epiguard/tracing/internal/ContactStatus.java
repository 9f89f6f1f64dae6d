package org.epiguard.tracing.internal;

import java.util.Set;

/** The tracing work on a contact: listed, reached (told and asked to stay home), quarantined, released. */
enum ContactStatus {
    LISTED, REACHED, QUARANTINED, RELEASED;

    /** Open tracing work: an F1 not yet reached or not yet quarantined. */
    static final Set<ContactStatus> OPEN = Set.of(LISTED, REACHED);

    public String labelKey() {
        return "tracing.contactStatus." + name();
    }
}
