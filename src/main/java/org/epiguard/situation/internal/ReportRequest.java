package org.epiguard.situation.internal;

import org.epiguard.access.CurrentUser;
import org.epiguard.geo.AdminUnit;

import java.time.LocalDate;

/** The question of a report: a unit inside the user's view scope, a date and a cut-off hour (0–23). */
record ReportRequest(AdminUnit unit, LocalDate date, int cutoffHour) {

    static ReportRequest of(CurrentUser user, SituationUnits units, SituationSettings settings, String unit, String date,
                            String cutoff) {
        AdminUnit shown = units.visible(user, unit);
        LocalDate day = Dates.parse("date", date);
        int hour = settings.cutoffHour();
        if (cutoff != null && !cutoff.isBlank()) {
            try {
                hour = Integer.parseInt(cutoff.trim());
            } catch (NumberFormatException e) {
                throw new InvalidField("cutoff", "'" + cutoff + "' is not an hour (0–23)");
            }
            if (hour < 0 || hour > 23) {
                throw new InvalidField("cutoff", "an hour is 0 to 23");
            }
        }
        return new ReportRequest(shown, day, hour);
    }
}
