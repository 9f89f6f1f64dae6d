package org.epiguard.situation.internal;

import org.epiguard.access.CurrentUser;
import org.epiguard.platform.web.HomeTile;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The overview figure "epidemic level in force" of the user's area, from the stored assessments only
 * (the overview never starts a recomputation): "—" until the area has been assessed.
 */
@Component
class LevelTile implements HomeTile {

    private final Assessments assessments;
    private final MessageSource messages;

    LevelTile(Assessments assessments, MessageSource messages) {
        this.assessments = assessments;
        this.messages = messages;
    }

    @Override
    public Rendered render(CurrentUser user) {
        String value = "—";
        String link = "/situation/levels";
        if (switch (user.viewScope().level()) { case PROVINCE, DISTRICT, COMMUNE -> true; default -> false; }) {
            String unit = user.viewScope().code();
            value = assessments.latest(unit, Dates.today().minusDays(LevelViews.NOTICE_DAYS))
                    .map(Assessment::level)
                    .map(l -> messages.getMessage("situation.level." + l, null, LocaleContextHolder.getLocale()))
                    .orElse("—");
            link = "/situation/levels?unit=" + unit;
        }
        return new Rendered("situation.tile.level", value, link);
    }
}
