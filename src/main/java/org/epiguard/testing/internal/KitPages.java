package org.epiguard.testing.internal;

import org.epiguard.access.AccessContext;
import org.epiguard.access.CurrentUser;
import org.epiguard.geo.GeoDirectory;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.time.LocalDate;
import java.util.Map;

/** The rapid-test kit pages: stock per commune of an area, and a commune's receipts and adjustments with their forms. */
@Controller
@RequestMapping("/testing/kits")
class KitPages {

    private final KitStock kits;
    private final StatsArea areas;
    private final AccessContext access;
    private final GeoDirectory geo;
    private final PageSupport support;

    KitPages(KitStock kits, StatsArea areas, AccessContext access, GeoDirectory geo, PageSupport support) {
        this.kits = kits;
        this.areas = areas;
        this.access = access;
        this.geo = geo;
        this.support = support;
    }

    @GetMapping
    String stock(@RequestParam(required = false) String area, @RequestParam(required = false) String date, Model model) {
        CurrentUser user = access.currentUser();
        TestingAccess.requireRead(user);
        StatsArea.Area shown = areas.resolve(user, area);
        model.addAttribute("area", shown.code());
        model.addAttribute("areas", areas.choices(user, shown));
        model.addAttribute("date", date);
        try {
            KitStock.Report report = kits.report(area, date);
            model.addAttribute("report", report);
            model.addAttribute("dateShown", Fields.show(report.on()));
            model.addAttribute("errors", Map.of());
        } catch (InvalidTestingInput e) {
            model.addAttribute("errors", support.errors(e));
        }
        return "testing/kits";
    }

    @GetMapping("/{commune}")
    String commune(@PathVariable String commune, Model model) {
        return communePage(model, commune, null, null, Map.of(), false);
    }

    @PostMapping("/{commune}/receipts")
    String receive(@PathVariable String commune, KitStock.ReceiptInput input, Model model) {
        try {
            kits.receive(new KitStock.ReceiptInput(commune, input.receivedOn(), input.quantity(), input.source()));
            return "redirect:/testing/kits/" + commune + "?saved";
        } catch (InvalidTestingInput e) {
            return communePage(model, commune, input, null, support.errors(e), false);
        }
    }

    @PostMapping("/{commune}/adjustments")
    String adjust(@PathVariable String commune, KitStock.AdjustmentInput input, Model model) {
        try {
            kits.adjust(new KitStock.AdjustmentInput(commune, input.adjustedOn(), input.quantity(), input.reason()));
            return "redirect:/testing/kits/" + commune + "?saved";
        } catch (InvalidTestingInput e) {
            return communePage(model, commune, null, input, support.errors(e), true);
        }
    }

    private String communePage(Model model, String commune, KitStock.ReceiptInput receipt,
                               KitStock.AdjustmentInput adjustment, Map<String, String> errors, boolean adjusting) {
        CurrentUser user = access.currentUser();
        model.addAttribute("movements", kits.movements(commune, TestingPages.LIST_LIMIT));
        KitStock.Report report = kits.report(commune, null);
        model.addAttribute("stock", report.communes().getFirst());
        model.addAttribute("place", geo.describe(commune));
        model.addAttribute("commune", commune);
        String today = Fields.show(LocalDate.now(Fields.ZONE));
        model.addAttribute("receipt", receipt != null ? receipt : new KitStock.ReceiptInput(commune, today, null, null));
        model.addAttribute("adjustment", adjustment != null ? adjustment
                : new KitStock.AdjustmentInput(commune, today, null, null));
        model.addAttribute("receiptErrors", adjusting ? Map.of() : errors);
        model.addAttribute("adjustmentErrors", adjusting ? errors : Map.of());
        var location = geo.communeLocation(commune).orElseThrow(TestingViews::notFound);
        model.addAttribute("mayReceive", KitStock.RECEIPTS.contains(user.role()) && user.canCapture(location));
        model.addAttribute("mayAdjust", KitStock.ADJUSTMENTS.contains(user.role()) && user.canCapture(location));
        return "testing/kit-commune";
    }
}
