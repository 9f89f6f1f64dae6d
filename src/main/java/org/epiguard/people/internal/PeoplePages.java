package org.epiguard.people.internal;

import jakarta.servlet.http.HttpServletResponse;
import org.epiguard.access.AccessContext;
import org.epiguard.people.PersonPageLink;
import org.epiguard.platform.web.ListQuery;
import org.epiguard.platform.web.XlsxExport;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

import java.io.IOException;
import java.util.List;
import java.util.stream.Stream;

/** The people list with its export, a person's page and a household's page. */
@Controller
@RequestMapping("/people")
class PeoplePages {

    private final PersonList list;
    private final PersonRepository people;
    private final Households households;
    private final PersonPageModel pageModel;
    private final PersonRegistry registry;
    private final AccessContext access;
    private final MessageSource messages;
    private final List<PersonPageLink> personLinks;

    PeoplePages(PersonList list, PersonRepository people, Households households, PersonPageModel pageModel,
                PersonRegistry registry, AccessContext access, MessageSource messages, List<PersonPageLink> personLinks) {
        this.list = list;
        this.people = people;
        this.households = households;
        this.pageModel = pageModel;
        this.registry = registry;
        this.access = access;
        this.messages = messages;
        this.personLinks = personLinks;
    }

    @GetMapping
    String list(@ModelAttribute("filter") PersonFilter filter, @RequestParam(required = false) Integer page,
                @RequestParam(required = false) Integer size, @RequestParam(required = false) String sort,
                @RequestParam(required = false) String dir,
                @RequestHeader(value = "HX-Request", required = false) String htmx, Model model) {
        var me = access.currentUser();
        var query = ListQuery.of(page, size, sort, dir, PersonList.SORTABLE, "name");
        model.addAttribute("result", list.page(filter, query, registry.today()));
        model.addAttribute("districts", pageModel.districtsFor(me));
        model.addAttribute("filterCommunes", pageModel.communesIn(me, filter.district()));
        model.addAttribute("occupations", org.epiguard.people.Occupation.values());
        return htmx != null ? "people/list :: results" : "people/list";
    }

    @GetMapping("/export")
    void export(@ModelAttribute PersonFilter filter, HttpServletResponse response) throws IOException {
        var locale = LocaleContextHolder.getLocale();
        List<String> headers = Stream.of("citizenId", "passportNo", "fullName", "birth", "sex", "phone", "communeCode",
                        "addressText", "occupation", "comorbidities", "pregnant")
                .map(k -> messages.getMessage("people.field." + k, null, locale)).toList();
        XlsxExport.send(response, "people", messages.getMessage("people.title", null, locale), headers,
                x -> list.export(filter, registry.today(), p -> x.row(p.citizenId(), p.passportNo(), p.fullName(),
                        p.birthText(), p.sex() == null ? null : p.sex().name(), p.phone(), p.communeCode(),
                        p.addressText(), p.occupation().name(), String.join(", ", p.comorbidities()), p.pregnant())));
    }

    @GetMapping("/{id:\\d+}")
    String person(@PathVariable long id, Model model) {
        Person p = people.find(id, access.currentUser().viewScope())
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        if (p.mergedInto() != null) {
            return "redirect:/people/" + p.mergedInto() + "?mergedFrom=" + id;
        }
        pageModel.describe(model, p);
        var me = access.currentUser();
        model.addAttribute("moduleLinks", personLinks.stream().map(l -> l.render(me, p.id()))
                .flatMap(java.util.Optional::stream).toList());
        return "people/detail";
    }

    @GetMapping("/households/{id:\\d+}")
    String household(@PathVariable long id, Model model) {
        var scope = access.currentUser().viewScope();
        var household = households.find(id, scope).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("household", household);
        model.addAttribute("members", households.members(id, scope));
        return "people/household";
    }
}
