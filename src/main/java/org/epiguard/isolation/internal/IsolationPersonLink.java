package org.epiguard.isolation.internal;

import org.epiguard.access.CurrentUser;
import org.epiguard.people.PersonPageLink;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import java.util.Optional;

/** "Cách ly" on a person's page: their latest episode in the user's view scope, its kind, status and end. */
@Component
@Order(35)
class IsolationPersonLink implements PersonPageLink {

    private final EpisodeRepository episodes;
    private final MessageSource messages;

    IsolationPersonLink(EpisodeRepository episodes, MessageSource messages) {
        this.episodes = episodes;
        this.messages = messages;
    }

    @Override
    public Optional<Rendered> render(CurrentUser user, long personId) {
        if (!IsolationAccess.READ.contains(user.role())) {
            return Optional.empty();
        }
        var locale = LocaleContextHolder.getLocale();
        return episodes.ofPerson(user.viewScope(), personId).stream().findFirst().map(e -> new Rendered(
                "isolation.person.link", "/isolation/episodes/" + e.id(),
                messages.getMessage("isolation.kind." + e.kind(), null, locale) + " · "
                        + messages.getMessage("isolation.status." + e.status(), null, locale) + " · "
                        + messages.getMessage("isolation.person.until", new Object[] {IsolationDates.show(
                                e.running() ? e.plannedEnd() : e.endedOn())}, locale)));
    }
}
