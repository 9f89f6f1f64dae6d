package org.epiguard.isolation.internal;

import org.epiguard.access.AccessContext;
import org.epiguard.access.CurrentUser;
import org.epiguard.geo.GeoDirectory;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.time.LocalDate;

/** The pages of the command centres: who qualifies for release on a day (released in bulk), and the facilities' places. */
@Controller
class BoardPages {

    private final AccessContext access;
    private final EpisodeEnding ending;
    private final Facilities facilities;
    private final TreatmentPlaces treatment;
    private final GeoDirectory geo;

    BoardPages(AccessContext access, EpisodeEnding ending, Facilities facilities, TreatmentPlaces treatment,
               GeoDirectory geo) {
        this.access = access;
        this.ending = ending;
        this.facilities = facilities;
        this.treatment = treatment;
        this.geo = geo;
    }

    @GetMapping("/isolation/releases")
    String releases(@RequestParam(required = false) String on, @RequestParam(required = false) String commune,
                    @RequestParam(required = false) Integer released, Model model) {
        LocalDate date = IsolationDates.parse(on).orElse(IsolationDates.today());
        String chosen = commune == null || commune.isBlank() ? null : commune;
        model.addAttribute("on", IsolationDates.show(date));
        model.addAttribute("commune", chosen);
        model.addAttribute("due", ending.dueForRelease(date, chosen));
        model.addAttribute("released", released);
        model.addAttribute("ui", this);
        return "isolation/releases";
    }

    @PostMapping("/isolation/releases")
    String releaseAll(@RequestParam String on, @RequestParam(required = false) String commune) {
        int count = ending.releaseAll(on, commune == null || commune.isBlank() ? null : commune).size();
        return "redirect:/isolation/releases?on=" + IsolationDates.orToday("on", on)
                + (commune == null || commune.isBlank() ? "" : "&commune=" + commune) + "&released=" + count;
    }

    /**
     * {@code area}: only the facilities and treatment places of this province, district or commune (GSO code)
     * and its districts' lines, where the dashboard's figures link.
     */
    @GetMapping("/isolation/facilities")
    String facilities(@org.springframework.web.bind.annotation.RequestParam(required = false) String area, Model model) {
        CurrentUser user = access.currentUser();
        IsolationAccess.require(IsolationAccess.READ, user);
        LocalDate today = IsolationDates.today();
        String a = area == null || area.isBlank() ? null : area.strip();
        if (a != null && !a.matches("\\d{2}|\\d{3}|\\d{5}")) {
            throw new org.springframework.web.server.ResponseStatusException(org.springframework.http.HttpStatus.BAD_REQUEST,
                    "area: a province, district or commune code");
        }
        java.util.function.BiPredicate<String, String> inArea = (district, commune) -> a == null || a.length() == 2
                || a.equals(district) || a.equals(commune);
        model.addAttribute("facilities", facilities.list(today).stream()
                .filter(f -> inArea.test(f.districtCode(), f.communeCode())).toList());
        model.addAttribute("districts", facilities.byDistrict(today).stream()
                .filter(d -> a == null || a.length() != 3 || a.equals(d.districtCode())).toList());
        model.addAttribute("treatment", treatment.list(null).stream()
                .filter(t -> inArea.test(t.districtCode(), t.communeCode())).toList());
        model.addAttribute("ui", this);
        return "isolation/facilities";
    }

    /** dd/MM/yyyy (for the pages). */
    public String date(LocalDate d) {
        return IsolationDates.show(d);
    }

    /** "Phường Bãi Cháy" or "Thành phố Hạ Long" (for the pages). */
    public String unitName(String code) {
        return geo.name(code);
    }
}
