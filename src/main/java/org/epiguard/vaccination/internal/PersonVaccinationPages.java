package org.epiguard.vaccination.internal;

import org.epiguard.access.CurrentUser;
import org.epiguard.access.ScopeLevel;
import org.epiguard.geo.GeoDirectory;
import org.epiguard.geo.OrgUnit;
import org.epiguard.people.PersonHit;
import org.epiguard.vaccination.VaccinationFacts;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

import java.util.List;
import java.util.Map;

/**
 * A person's vaccination: who they are, their status today, every dose, and the form that records
 * one through {@link DoseEntry} (each problem beside its field; a short interval asks to confirm).
 * A person outside the view scope answers 404, a dose outside the capture scope 403.
 */
@Controller
@RequestMapping("/vaccination/people/{personId:\\d+}")
class PersonVaccinationPages {

    private final DoseEntry entry;
    private final DoseRepository doses;
    private final VaccineProducts products;
    private final DoseSites sites;
    private final VaccinationFacts facts;
    private final GeoDirectory geo;
    private final MessageSource messages;

    PersonVaccinationPages(DoseEntry entry, DoseRepository doses, VaccineProducts products, DoseSites sites,
                           VaccinationFacts facts, GeoDirectory geo, MessageSource messages) {
        this.entry = entry;
        this.doses = doses;
        this.products = products;
        this.sites = sites;
        this.facts = facts;
        this.geo = geo;
        this.messages = messages;
    }

    @GetMapping
    String page(@PathVariable long personId, Model model) {
        PersonHit person = entry.person(personId);
        if (person.id() != personId) {
            return "redirect:/vaccination/people/" + person.id();
        }
        List<DoseRecord> given = doses.dosesOf(person.id());
        String lastProduct = given.isEmpty() ? "" : given.getLast().productCode();
        List<OrgUnit> siteChoices = sites.choicesFor(entry.currentUser());
        DoseForm form = new DoseForm(lastProduct, "", DoseDates.show(DoseDates.today()),
                Integer.toString(entry.nextNumber(person.id())),
                sites.proposedFor(entry.currentUser(), person, siteChoices), false);
        return show(model, person, given, siteChoices, form, Map.of(), false);
    }

    @PostMapping("/doses")
    String record(@PathVariable long personId, @ModelAttribute DoseForm form, Model model) {
        try {
            DoseRecord recorded = entry.record(form.toInput(personId));
            return "redirect:/vaccination/people/" + recorded.personId() + "?recorded=" + recorded.doseNumber();
        } catch (InvalidDose e) {
            PersonHit person = entry.person(personId);
            return show(model, person, doses.dosesOf(person.id()), sites.choicesFor(entry.currentUser()), form,
                    FieldMessages.of(messages, e.problems()), e.onlyWarnings());
        }
    }

    private String show(Model model, PersonHit person, List<DoseRecord> given, List<OrgUnit> siteChoices, DoseForm form,
                        Map<String, String> errors, boolean askConfirmation) {
        CurrentUser me = entry.currentUser();
        model.addAttribute("person", person);
        model.addAttribute("place", geo.describe(person.communeCode()));
        model.addAttribute("today", facts.statusOf(person.id(), DoseDates.today()));
        model.addAttribute("doses", given);
        model.addAttribute("canEnter", DoseEntryAccess.mayEnter(me)
                && (me.canCapture(entry.locationOf(person)) || me.captureScope().level() == ScopeLevel.UNIT));
        model.addAttribute("products", products.active());
        model.addAttribute("canReadProducts", ProductCatalogue.mayRead(me));
        model.addAttribute("sites", siteChoices);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("askConfirmation", askConfirmation);
        return "vaccination/person";
    }
}
