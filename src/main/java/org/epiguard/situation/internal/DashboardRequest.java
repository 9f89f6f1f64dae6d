package org.epiguard.situation.internal;

import org.epiguard.access.CurrentUser;
import org.epiguard.access.Role;
import org.epiguard.geo.AdminUnit;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

import java.time.LocalDate;
import java.util.Set;

/**
 * The question of a dashboard: a province, district or commune inside the user's view scope (else 404;
 * by default the scope's own unit), a date (today by default) and the days of the curve (7 to 120, 28 by default).
 */
record DashboardRequest(AdminUnit unit, LocalDate date, int days) {

    static final int DEFAULT_DAYS = 28;
    static final Set<Role> READERS = Set.of(Role.PROVINCE_COMMITTEE, Role.DISTRICT_COMMAND,
            Role.COMMUNE_HEALTH_STATION, Role.COMMUNITY_TEAM, Role.SYSTEM_ADMIN);

    static DashboardRequest of(CurrentUser user, SituationUnits units, String unit, String date, String days) {
        if (!READERS.contains(user.role())) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        AdminUnit shown = units.visible(user, unit);
        LocalDate day = Dates.parse("date", date);
        int n = DEFAULT_DAYS;
        if (days != null && !days.isBlank()) {
            try {
                n = Integer.parseInt(days.trim());
            } catch (NumberFormatException e) {
                throw new InvalidField("days", "'" + days + "' is not a number of days (7–120)");
            }
            if (n < 7 || n > 120) {
                throw new InvalidField("days", "the curve shows 7 to 120 days");
            }
        }
        return new DashboardRequest(shown, day, n);
    }
}
