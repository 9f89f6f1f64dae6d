package org.epiguard.access.internal;

import jakarta.servlet.http.HttpServletResponse;
import org.epiguard.access.AccessContext;
import org.epiguard.access.CurrentUser;
import org.epiguard.access.Role;
import org.epiguard.platform.web.ListQuery;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.io.IOException;
import java.util.Map;

/** The administration pages of users: list, export, create, edit, reset a password. */
@Controller
@RequestMapping("/admin/users")
class UserAdminController {

    private final AccessContext access;
    private final UserAdministration admin;
    private final UserList list;
    private final UserListExport export;
    private final ScopePickers pickers;
    private final ScopePlaces places;
    private final MessageSource messages;

    UserAdminController(AccessContext access, UserAdministration admin, UserList list, UserListExport export,
                        ScopePickers pickers, ScopePlaces places, MessageSource messages) {
        this.access = access;
        this.admin = admin;
        this.list = list;
        this.export = export;
        this.pickers = pickers;
        this.places = places;
        this.messages = messages;
    }

    @GetMapping
    String list(@RequestParam(required = false) String role, @RequestParam(required = false) String district,
                @RequestParam(required = false) String q, @RequestParam(required = false) Integer page,
                @RequestParam(required = false) Integer size, @RequestParam(required = false) String sort,
                @RequestParam(required = false) String dir, Model model) {
        CurrentUser me = me();
        var query = ListQuery.of(page, size, sort, dir, UserList.SORTABLE, "username");
        model.addAttribute("page", list.page(UserFilter.of(role, district, q), query, me.viewScope()));
        model.addAttribute("roles", Role.values());
        model.addAttribute("districts", pickers.picker("f", ScopeChoice.empty(), me).districts());
        model.addAttribute("when", AuditExport.WHEN);
        model.addAttribute("filter", Map.of("role", role == null ? "" : role, "district", district == null ? "" : district,
                "q", q == null ? "" : q));
        return "access/users";
    }

    @GetMapping("/export.xlsx")
    void export(@RequestParam(required = false) String role, @RequestParam(required = false) String district,
                @RequestParam(required = false) String q, @RequestParam(required = false) String sort,
                @RequestParam(required = false) String dir, HttpServletResponse response) throws IOException {
        var query = ListQuery.of(0, ListQuery.MAX_SIZE, sort, dir, UserList.SORTABLE, "username");
        export.send(UserFilter.of(role, district, q), query, me(), response);
    }

    @GetMapping("/new")
    String createForm(Model model) {
        return form(model, UserForm.blank(), null, Map.of());
    }

    @PostMapping
    String create(@ModelAttribute UserForm form, Model model, RedirectAttributes redirect) {
        try {
            long id = admin.create(form.toDraft(), form.password());
            redirect.addFlashAttribute("notice", "access.user.created");
            return "redirect:/admin/users/" + id;
        } catch (InvalidInputException e) {
            return form(model, form, null, e.problems().byField(messages, LocaleContextHolder.getLocale()));
        }
    }

    @GetMapping("/{id}")
    String editForm(@PathVariable long id, Model model) {
        UserAccount user = admin.get(id);
        UserDraft d = UserDraft.of(user);
        var form = UserForm.of(d, ScopeChoice.of(d.captureScope(), places.locate(d.captureScope()).orElse(null)),
                ScopeChoice.of(d.viewScope(), places.locate(d.viewScope()).orElse(null)));
        return form(model, form, user, Map.of());
    }

    @PostMapping("/{id}")
    String update(@PathVariable long id, @ModelAttribute UserForm form, Model model, RedirectAttributes redirect) {
        UserAccount user = admin.get(id);
        try {
            admin.update(id, form.toDraft());
            redirect.addFlashAttribute("notice", "access.user.saved");
            return "redirect:/admin/users/" + id;
        } catch (InvalidInputException e) {
            return form(model, form, user, e.problems().byField(messages, LocaleContextHolder.getLocale()));
        }
    }

    @PostMapping("/{id}/password")
    String resetPassword(@PathVariable long id, @RequestParam(required = false) String password,
                         RedirectAttributes redirect) {
        try {
            admin.resetPassword(id, password);
            redirect.addFlashAttribute("notice", "access.user.passwordReset");
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("passwordError",
                    e.problems().byField(messages, LocaleContextHolder.getLocale()).get("password"));
        }
        return "redirect:/admin/users/" + id;
    }

    /** The options of the next select of a scope picker (htmx): districts of a province, communes of a district. */
    @GetMapping("/geo/options")
    String options(@RequestParam String from, @RequestParam Map<String, String> params, Model model) {
        model.addAttribute("units", pickers.options(params.get(from), me()));
        return "access/scope-picker :: options";
    }

    private String form(Model model, UserForm form, UserAccount user, Map<String, String> errors) {
        CurrentUser me = me();
        model.addAttribute("form", form);
        model.addAttribute("user", user);
        model.addAttribute("errors", errors);
        model.addAttribute("roles", Role.values());
        model.addAttribute("capture", pickers.picker("capture", form.capture(), me));
        model.addAttribute("view", pickers.picker("view", form.view(), me));
        return "access/user-form";
    }

    private CurrentUser me() {
        access.requireAdmin();
        return access.currentUser();
    }
}
