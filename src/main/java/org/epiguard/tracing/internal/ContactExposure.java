package org.epiguard.tracing.internal;

/** How a contact was exposed: living together, working or studying together, a venue, transport, care without protection. */
enum ContactExposure {
    HOUSEHOLD, WORKPLACE, SCHOOL, VENUE, TRANSPORT, CARE_UNPROTECTED;

    public String labelKey() {
        return "tracing.exposure." + name();
    }
}
