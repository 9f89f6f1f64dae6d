package org.epiguard.tracing.internal;

import jakarta.servlet.http.HttpServletResponse;
import org.epiguard.access.CurrentUser;
import org.epiguard.cases.CaseContactsView;
import org.epiguard.cases.CaseContactsView.TracedCase;
import org.epiguard.platform.web.ListQuery;
import org.epiguard.platform.web.XlsxExport;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.io.IOException;
import java.util.Map;

/**
 * The contact pages: the list of contacts in the user's scope (filters, XLSX export), the contacts of
 * a case with the forms to list an F1 and the household, and one contact with its F2.
 */
@Controller
@RequestMapping("/tracing")
class ContactPages {

    private final ContactLists lists;
    private final ContactEntry entry;
    private final CaseContactsView cases;
    private final ContactPageSupport ui;
    private final ClusterRepository clusters;

    ContactPages(ContactLists lists, ContactEntry entry, CaseContactsView cases, ContactPageSupport ui,
                 ClusterRepository clusters) {
        this.lists = lists;
        this.entry = entry;
        this.cases = cases;
        this.ui = ui;
        this.clusters = clusters;
    }

    @GetMapping("/contacts")
    String contacts(@RequestParam(required = false) Long caseId, @RequestParam(required = false) Long personId,
                    @RequestParam(required = false) Integer level, @RequestParam(required = false) String status,
                    @RequestParam(required = false) String commune, @RequestParam(required = false) Integer page,
                    @RequestParam(required = false) Integer size, @RequestParam(required = false) String sort,
                    @RequestParam(required = false) String dir, Model model) {
        ContactFilter filter = ContactFilter.of(caseId, personId, level, status, commune);
        model.addAttribute("filter", filter);
        model.addAttribute("statuses", ContactStatus.values());
        model.addAttribute("result", lists.page(filter, ListQuery.of(page, size, sort, dir, ContactRepository.SORTABLE, "exposure")));
        model.addAttribute("ui", ui);
        return "tracing/contacts";
    }

    @GetMapping("/contacts/export.xlsx")
    void export(@RequestParam(required = false) Long caseId, @RequestParam(required = false) Long personId,
                @RequestParam(required = false) Integer level, @RequestParam(required = false) String status,
                @RequestParam(required = false) String commune, HttpServletResponse response) throws IOException {
        ContactFilter filter = ContactFilter.of(caseId, personId, level, status, commune);
        lists.reader();
        XlsxExport.send(response, "tiep-xuc", "contacts",
                ContactLists.exportHeaderKeys().stream().map(ui::label).toList(),
                x -> lists.export(filter, r -> ContactLists.exportRow(x, r, ui::label, ui::communeName)));
    }

    @GetMapping("/cases/{caseId}")
    String caseContacts(@PathVariable long caseId, @RequestParam(required = false) Integer page, Model model) {
        CurrentUser user = lists.reader();
        TracedCase c = cases.find(user.viewScope(), caseId).orElseThrow(ContactAccess::notFound);
        model.addAttribute("tracedCase", c);
        var cluster = clusters.assignments(java.util.List.of(caseId)).get(caseId);
        model.addAttribute("clusterId", cluster == null ? null : cluster.clusterId());
        model.addAttribute("mayEnter", ContactAccess.ENTRY.contains(user.role()) && user.canCapture(c.location()));
        model.addAttribute("result", lists.page(ContactFilter.of(caseId, null, null, null, null), whole(page)));
        return withForm(model, "tracing/case");
    }

    @PostMapping("/cases/{caseId}/contacts")
    String listF1(@PathVariable long caseId, @RequestParam(required = false) Long personId,
                  @RequestParam(required = false) String exposure, @RequestParam(required = false) String place,
                  @RequestParam(required = false) String lastExposureAt, Model model) {
        return listed(new ContactInput(caseId, null, personId, exposure, place, lastExposureAt),
                "/tracing/cases/" + caseId, model, () -> caseContacts(caseId, null, model));
    }

    @PostMapping("/cases/{caseId}/household")
    String listHousehold(@PathVariable long caseId, RedirectAttributes redirect) {
        ContactEntry.HouseholdResult result = entry.listHousehold(caseId, null);
        redirect.addFlashAttribute("household", result);
        return "redirect:/tracing/cases/" + caseId;
    }

    @GetMapping("/contacts/{id}")
    String contact(@PathVariable long id, Model model) {
        CurrentUser user = lists.reader();
        ContactRow row = lists.one(id);
        model.addAttribute("contact", row);
        model.addAttribute("mayEnter", ContactAccess.ENTRY.contains(user.role()) && user.canCapture(row.location()));
        model.addAttribute("others", lists.page(ContactFilter.of(null, row.personId(), null, null, null), whole(0)));
        model.addAttribute("theirs", lists.page(ContactFilter.of(null, null, null, null, null, row.personId()), whole(0)));
        model.addAttribute("statuses", ContactStatus.values());
        return withForm(model, "tracing/contact");
    }

    @PostMapping("/contacts/{id}/f2")
    String listF2(@PathVariable long id, @RequestParam(required = false) Long personId,
                  @RequestParam(required = false) String exposure, @RequestParam(required = false) String place,
                  @RequestParam(required = false) String lastExposureAt, Model model) {
        ContactRow f1 = lists.one(id);
        return listed(new ContactInput(null, f1.personId(), personId, exposure, place, lastExposureAt),
                "/tracing/contacts/" + id, model, () -> contact(id, model));
    }

    @PostMapping("/contacts/{id}/status")
    String status(@PathVariable long id, @RequestParam(required = false) String status) {
        try {
            entry.changeStatus(id, status);
        } catch (InvalidContactInput e) {
            // an unknown status changes nothing; the page shows the contact as it is
        }
        return "redirect:/tracing/contacts/" + id;
    }

    /** A page with the new-contact form: its choices, and no problems unless a refused input left some. */
    private String withForm(Model model, String view) {
        model.addAttribute("exposures", ContactExposure.values());
        model.addAttribute("ui", ui);
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", Map.of());
        }
        return view;
    }

    /** Lists the contact and goes back to the page, or shows the page again with the problems by field. */
    private String listed(ContactInput input, String page, Model model, java.util.function.Supplier<String> again) {
        try {
            entry.list(input);
            return "redirect:" + page;
        } catch (InvalidContactInput e) {
            model.addAttribute("errors", ui.errors(e));
            model.addAttribute("form", input);
            return again.get();
        }
    }

    /** The contacts of one case or person on its page: all of them (up to the list's maximum), latest exposure first. */
    private static ListQuery whole(Integer page) {
        return ListQuery.of(page, ListQuery.MAX_SIZE, "exposure", "desc", ContactRepository.SORTABLE, "exposure");
    }
}
