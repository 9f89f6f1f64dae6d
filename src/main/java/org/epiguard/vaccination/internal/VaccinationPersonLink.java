package org.epiguard.vaccination.internal;

import org.epiguard.access.CurrentUser;
import org.epiguard.people.PersonPageLink;
import org.epiguard.vaccination.PersonVaccination;
import org.epiguard.vaccination.VaccinationFacts;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import java.util.Optional;

/** "Tiêm chủng" on a person's page: the status today and the number of doses, linking to the vaccination page. */
@Component
@Order(40)
class VaccinationPersonLink implements PersonPageLink {

    private final VaccinationFacts facts;
    private final MessageSource messages;

    VaccinationPersonLink(VaccinationFacts facts, MessageSource messages) {
        this.facts = facts;
        this.messages = messages;
    }

    @Override
    public Optional<Rendered> render(CurrentUser user, long personId) {
        PersonVaccination v = facts.statusOf(personId, DoseDates.today());
        var locale = LocaleContextHolder.getLocale();
        String detail = messages.getMessage(v.status().labelKey(), null, locale) + " · "
                + messages.getMessage("vaccination.person.doseCount", new Object[]{v.doses()}, locale);
        return Optional.of(new Rendered("vaccination.person.link", "/vaccination/people/" + personId, detail));
    }
}
