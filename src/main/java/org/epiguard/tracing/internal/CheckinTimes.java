package org.epiguard.tracing.internal;

import java.time.Instant;
import java.time.format.DateTimeFormatter;

/** Times on the tracing pages: dd/MM/yyyy HH:mm in Vietnam's time (public for the templates). */
public final class CheckinTimes {

    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm")
            .withZone(InfectiousPeriod.VIETNAM);

    public String time(Instant time) {
        return time == null ? "" : FORMAT.format(time);
    }
}
