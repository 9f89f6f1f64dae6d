package org.epiguard.vaccination.internal;

import org.epiguard.access.AccessContext;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

import java.util.Map;

/** The vaccine catalogue page: the list for vaccination users, the add and edit forms for the administrator. */
@Controller
@RequestMapping("/vaccination/products")
class ProductPages {

    private final ProductCatalogue catalogue;
    private final AccessContext access;
    private final MessageSource messages;

    ProductPages(ProductCatalogue catalogue, AccessContext access, MessageSource messages) {
        this.catalogue = catalogue;
        this.access = access;
        this.messages = messages;
    }

    @GetMapping
    String list(Model model) {
        return page(model, ProductInput.empty(), Map.of());
    }

    @PostMapping
    String add(@ModelAttribute ProductInput input, Model model) {
        try {
            return "redirect:/vaccination/products?saved=" + catalogue.add(input).code();
        } catch (InvalidFields e) {
            return page(model, input, FieldMessages.of(messages, e.problems()));
        }
    }

    @GetMapping("/{code}/edit")
    String editForm(@PathVariable String code, Model model) {
        VaccineProduct product = catalogue.forEdit(code);
        return edit(model, product.code(), ProductInput.of(product), Map.of());
    }

    @PostMapping("/{code}/edit")
    String edit(@PathVariable String code, @ModelAttribute ProductInput input, Model model) {
        try {
            return "redirect:/vaccination/products?saved=" + catalogue.edit(code, input).code();
        } catch (InvalidFields e) {
            return edit(model, code, input, FieldMessages.of(messages, e.problems()));
        }
    }

    private String page(Model model, ProductInput input, Map<String, String> errors) {
        model.addAttribute("products", catalogue.list());
        model.addAttribute("canEdit", access.currentUser().isAdmin());
        model.addAttribute("input", input);
        model.addAttribute("errors", errors);
        return "vaccination/products";
    }

    private String edit(Model model, String code, ProductInput input, Map<String, String> errors) {
        model.addAttribute("code", code);
        model.addAttribute("input", input);
        model.addAttribute("errors", errors);
        return "vaccination/product-edit";
    }
}
