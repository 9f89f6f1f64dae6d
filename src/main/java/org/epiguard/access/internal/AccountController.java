package org.epiguard.access.internal;

import org.epiguard.geo.GeoDirectory;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.Map;

/** "My account": every signed-in user's own password and API tokens. */
@Controller
@RequestMapping("/account")
class AccountController {

    private final OwnAccount account;
    private final GeoDirectory geo;
    private final MessageSource messages;

    AccountController(OwnAccount account, GeoDirectory geo, MessageSource messages) {
        this.account = account;
        this.geo = geo;
        this.messages = messages;
    }

    @GetMapping
    String page(Model model) {
        return page(model, Map.of());
    }

    @PostMapping("/password")
    String changePassword(@RequestParam(required = false) String currentPassword,
                          @RequestParam(required = false) String newPassword,
                          @RequestParam(required = false) String confirmPassword, Model model,
                          RedirectAttributes redirect) {
        try {
            account.changePassword(currentPassword, newPassword, confirmPassword);
            redirect.addFlashAttribute("notice", "access.account.passwordChanged");
            return "redirect:/account";
        } catch (InvalidInputException e) {
            return page(model, e.problems().byField(messages, LocaleContextHolder.getLocale()));
        }
    }

    @PostMapping("/tokens")
    String createToken(@RequestParam(required = false) String name, Model model, RedirectAttributes redirect) {
        try {
            redirect.addFlashAttribute("newToken", account.createToken(name));
            return "redirect:/account";
        } catch (InvalidInputException e) {
            return page(model, e.problems().byField(messages, LocaleContextHolder.getLocale()));
        }
    }

    @PostMapping("/tokens/{id}/revoke")
    String revoke(@PathVariable long id, RedirectAttributes redirect) {
        account.revokeToken(id);
        redirect.addFlashAttribute("notice", "access.account.tokenRevoked");
        return "redirect:/account";
    }

    private String page(Model model, Map<String, String> errors) {
        var me = account.account();
        model.addAttribute("account", me);
        model.addAttribute("captureScopeText", geo.describe(me.captureScope()));
        model.addAttribute("viewScopeText", geo.describe(me.viewScope()));
        model.addAttribute("tokens", account.tokens());
        model.addAttribute("zone", AuditLog.BUSINESS_ZONE);
        model.addAttribute("errors", errors);
        return "access/account";
    }
}
