package org.epiguard.testing.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The day a campaign's figures are read for: as asked (inside a daily campaign's period), else today within it. */
final class CampaignDays {

    private CampaignDays() {
    }

    static LocalDate today() {
        return LocalDate.now(Fields.ZONE);
    }

    /** A day as typed (dd/MM/yyyy or ISO), or today; refused under {@code date}. */
    static LocalDate parse(String text) {
        if (text == null || text.isBlank()) {
            return today();
        }
        List<TestingProblem> problems = new ArrayList<>();
        LocalDate day = Fields.date("date", text, problems).orElse(null);
        InvalidTestingInput.throwIfAny(problems);
        return day;
    }

    static LocalDate of(Campaign c, String text) {
        if (text == null || text.isBlank()) {
            LocalDate today = today();
            return today.isBefore(c.startDate()) ? c.startDate() : today.isAfter(c.endDate()) ? c.endDate() : today;
        }
        LocalDate day = parse(text);
        if (c.daily() && !c.covers(day)) {
            throw InvalidTestingInput.of("date", "OUTSIDE_CAMPAIGN", c.name(), c.periodText());
        }
        return day;
    }
}
