package org.epiguard.cases.internal;

import org.epiguard.access.CurrentUser;
import org.epiguard.people.PersonPageLink;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import java.util.Optional;

/**
 * "Ca bệnh" on a person's page: their latest case in the user's view scope, with its status and risk colour;
 * without one, the form that opens a case by hand for those who enter cases.
 */
@Component
@Order(30)
class CasePersonLink implements PersonPageLink {

    private final CaseRepository cases;
    private final MessageSource messages;

    CasePersonLink(CaseRepository cases, MessageSource messages) {
        this.cases = cases;
        this.messages = messages;
    }

    @Override
    public Optional<Rendered> render(CurrentUser user, long personId) {
        if (!CasesAccess.READ.contains(user.role())) {
            return Optional.empty();
        }
        var locale = LocaleContextHolder.getLocale();
        return cases.latestOf(personId, user.viewScope()).map(c -> {
            String detail = messages.getMessage(c.status().labelKey(), null, locale)
                    + (c.riskGroup() == null ? "" : " · " + messages.getMessage(c.riskGroup().labelKey(), null, locale));
            return new Rendered("cases.person.link", "/cases/" + c.id(), detail);
        }).or(() -> CasesAccess.ENTRY.contains(user.role())
                ? Optional.of(new Rendered("cases.person.open", "/cases/new?personId=" + personId,
                        messages.getMessage("cases.person.none", null, locale)))
                : Optional.empty());
    }
}
