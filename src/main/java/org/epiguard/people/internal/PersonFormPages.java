package org.epiguard.people.internal;

import org.epiguard.access.AccessContext;
import org.epiguard.people.PeopleDirectory;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Creating, editing and merging people in the browser. */
@Controller
@RequestMapping("/people")
class PersonFormPages {

    private final PersonRegistry registry;
    private final PersonMerger merger;
    private final PersonRepository people;
    private final PeopleDirectory directory;
    private final PersonPageModel pageModel;
    private final Places places;
    private final AccessContext access;
    private final MessageSource messages;

    PersonFormPages(PersonRegistry registry, PersonMerger merger, PersonRepository people, PeopleDirectory directory,
                    PersonPageModel pageModel, Places places, AccessContext access, MessageSource messages) {
        this.registry = registry;
        this.merger = merger;
        this.people = people;
        this.directory = directory;
        this.pageModel = pageModel;
        this.places = places;
        this.access = access;
        this.messages = messages;
    }

    @GetMapping("/new")
    String createForm(Model model) {
        return form(model, PersonForms.empty(), null, Map.of());
    }

    @PostMapping("/new")
    String create(@ModelAttribute PersonInput input, Model model) {
        try {
            return switch (registry.create(input)) {
                case PersonRegistry.Created c -> "redirect:/people/" + c.id() + "?created";
                case PersonRegistry.PossibleDuplicates d -> {
                    model.addAttribute("duplicates", d.duplicates());
                    model.addAttribute("duplicatePeople", d.duplicates().inScope().stream()
                            .map(id -> directory.find(access.currentUser(), id)).flatMap(java.util.Optional::stream).toList());
                    yield form(model, input, null, Map.of());
                }
            };
        } catch (InvalidPerson e) {
            return form(model, input, null, errors(e));
        }
    }

    @GetMapping("/{id:\\d+}/edit")
    String editForm(@PathVariable long id, Model model) {
        Person p = livePerson(id);
        access.requireCapture(p.location());
        return form(model, PersonForms.of(p), id, Map.of());
    }

    @PostMapping("/{id:\\d+}/edit")
    String edit(@PathVariable long id, @ModelAttribute PersonInput input, Model model) {
        try {
            registry.update(id, input);
            return "redirect:/people/" + id + "?saved";
        } catch (InvalidPerson e) {
            return form(model, input, id, errors(e));
        }
    }

    @GetMapping("/villages")
    String villages(@RequestParam String communeCode, Model model) {
        model.addAttribute("villages", places.villages(communeCode));
        return "people/form :: villageOptions";
    }

    @GetMapping("/{id:\\d+}/merge")
    String mergeForm(@PathVariable long id, @RequestParam(required = false) String q, Model model) {
        Person survivor = livePerson(id);
        access.requireCapture(survivor.location());
        model.addAttribute("survivor", survivor);
        model.addAttribute("q", q);
        model.addAttribute("candidates", q == null ? List.of() : directory.search(access.currentUser(), q, 20).stream()
                .filter(h -> h.id() != id).toList());
        return "people/merge";
    }

    @PostMapping("/{id:\\d+}/merge")
    String merge(@PathVariable long id, @RequestParam long duplicateId) {
        merger.merge(id, duplicateId);
        return "redirect:/people/" + id + "?merged";
    }

    private Person livePerson(long id) {
        return people.find(id, access.currentUser().viewScope()).filter(p -> p.mergedInto() == null)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private String form(Model model, PersonInput input, Long id, Map<String, String> errors) {
        model.addAttribute("input", input);
        model.addAttribute("personId", id);
        model.addAttribute("errors", errors);
        pageModel.formChoices(model, access.currentUser(), PersonRules.blank(input.communeCode()) ? null : input.communeCode());
        return "people/form";
    }

    private Map<String, String> errors(InvalidPerson e) {
        var locale = LocaleContextHolder.getLocale();
        Map<String, String> errors = new LinkedHashMap<>();
        e.problems().forEach(p -> errors.merge(p.field(),
                messages.getMessage(p.messageKey(), p.args().toArray(), locale), (a, b) -> a + " " + b));
        return errors;
    }
}
