package org.epiguard.vaccination.internal;

import jakarta.servlet.http.HttpServletResponse;
import org.epiguard.access.AccessContext;
import org.epiguard.access.AuditTrail;
import org.epiguard.access.CurrentUser;
import org.epiguard.access.Location;
import org.epiguard.geo.AdminLevel;
import org.epiguard.geo.AdminUnit;
import org.epiguard.geo.GeoDirectory;
import org.epiguard.platform.web.XlsxExport;
import org.epiguard.vaccination.AgeGroup;
import org.epiguard.vaccination.CoverageReport;
import org.epiguard.vaccination.GroupCoverage;
import org.epiguard.vaccination.UnitCoverage;
import org.epiguard.vaccination.VaccinationCoverage;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The coverage page: a unit of the user's view scope (picked province → district → commune, or
 * drilled down from the table), a date, the report's sentence over each denominator, the table per
 * part, print and XLSX export.
 */
@Controller
@RequestMapping("/vaccination/coverage")
class CoverageController {

    private final VaccinationCoverage coverage;
    private final CoverageUnits units;
    private final CoverageSentence sentence;
    private final GeoDirectory geo;
    private final AccessContext access;
    private final AuditTrail audit;
    private final MessageSource messages;

    CoverageController(VaccinationCoverage coverage, CoverageUnits units, CoverageSentence sentence, GeoDirectory geo,
                       AccessContext access, AuditTrail audit, MessageSource messages) {
        this.coverage = coverage;
        this.units = units;
        this.sentence = sentence;
        this.geo = geo;
        this.access = access;
        this.audit = audit;
        this.messages = messages;
    }

    @GetMapping
    String page(@RequestParam(required = false) String unit, @RequestParam(required = false) String province,
                @RequestParam(required = false) String district, @RequestParam(required = false) String commune,
                @RequestParam(required = false) String date, @RequestParam(required = false) String basis, Model model) {
        CurrentUser user = access.currentUser();
        AdminUnit shown = units.resolve(user, picked(unit, province, district, commune));
        LocalDate onDate;
        try {
            onDate = CoverageDate.parse(date);
        } catch (CoverageDate.InvalidCoverageDate e) {
            model.addAttribute("dateError", true);
            onDate = CoverageDate.today();
        }
        CoverageBasis shownBasis = CoverageBasis.parse(basis);
        Locale locale = LocaleContextHolder.getLocale();
        CoverageReport report = coverage.coverage(shown.code(), onDate).orElseThrow();
        model.addAttribute("shown", shown);
        model.addAttribute("place", geo.describe(shown.code()));
        model.addAttribute("picker", units.picker(user, shown));
        model.addAttribute("date", onDate.format(CoverageDate.DISPLAY));
        model.addAttribute("dateInput", date == null ? onDate.format(CoverageDate.DISPLAY) : date);
        model.addAttribute("basis", shownBasis);
        model.addAttribute("bases", CoverageBasis.values());
        model.addAttribute("byPopulation", shownBasis == CoverageBasis.POPULATION);
        model.addAttribute("groups", AgeGroup.values());
        model.addAttribute("populationSentence", sentence.of(report.unit(), CoverageBasis.POPULATION, locale));
        model.addAttribute("registrySentence", sentence.of(report.unit(), CoverageBasis.REGISTRY, locale));
        model.addAttribute("partsAreVillages", shown.level() == AdminLevel.COMMUNE);
        model.addAttribute("table", CoverageTable.of(report.parts(), report.unit(), shownBasis, locale,
                messages.getMessage("vaccination.coverage.noVillage", null, locale)));
        model.addAttribute("parents", parents(user, shown));
        return "vaccination/coverage";
    }

    @GetMapping("/export.xlsx")
    @Transactional
    public void export(@RequestParam(required = false) String unit, @RequestParam(required = false) String date,
                       HttpServletResponse response) throws IOException {
        CurrentUser user = access.currentUser();
        AdminUnit shown = units.resolve(user, unit);
        LocalDate onDate = CoverageDate.parse(date);
        CoverageReport report = coverage.coverage(shown.code(), onDate).orElseThrow();
        Locale locale = LocaleContextHolder.getLocale();
        audit.record(AuditTrail.Action.EXPORT, "vaccination_coverage", shown.code(), location(shown),
                "coverage of " + shown.fullName() + " on " + onDate.format(CoverageDate.DISPLAY), null, null);
        List<String> headers = new ArrayList<>(List.of(text("vaccination.coverage.xlsx.unit", locale),
                text("vaccination.coverage.xlsx.code", locale), text("vaccination.coverage.xlsx.date", locale)));
        for (AgeGroup g : AgeGroup.values()) {
            for (String column : List.of("population", "registered", "dose1", "dose2", "dose3", "dose1Population",
                    "dose2Population", "dose3Population", "dose1Registered", "dose2Registered", "dose3Registered")) {
                headers.add(g.label() + " " + text("vaccination.coverage.xlsx." + column, locale));
            }
        }
        XlsxExport.send(response, "tiem-chung-bao-phu-" + shown.code(), "coverage", headers, x -> {
            for (UnitCoverage part : report.parts()) {
                x.row(row(part, onDate, locale));
            }
            x.row(row(report.unit(), onDate, locale));
        });
    }

    private Object[] row(UnitCoverage u, LocalDate onDate, Locale locale) {
        List<Object> cells = new ArrayList<>();
        cells.add(u.name() == null ? text("vaccination.coverage.noVillage", locale) : u.name());
        cells.add(u.level().equals("VILLAGE") ? null : u.code());
        cells.add(onDate);
        for (AgeGroup group : AgeGroup.values()) {
            GroupCoverage g = u.group(group);
            cells.add(g.population());
            cells.add(g.registered());
            cells.add(g.atLeast1());
            cells.add(g.atLeast2());
            cells.add(g.atLeast3());
            for (int k = 1; k <= 3; k++) {
                cells.add(rounded(g.percentOfPopulation(k)));
            }
            for (int k = 1; k <= 3; k++) {
                cells.add(rounded(g.percentOfRegistered(k)));
            }
        }
        return cells.toArray();
    }

    private static Double rounded(Double percent) {
        return percent == null ? null : Math.round(percent * 100) / 100.0;
    }

    /**
     * The unit asked for: an explicit code, else the most precise level picked. The picker sends the
     * district and commune of the previous choice too: they count only when inside the newly picked parent.
     */
    private String picked(String unit, String province, String district, String commune) {
        if (present(unit)) {
            return unit;
        }
        boolean districtFits = present(district) && geo.unit(district)
                .filter(d -> d.level() == AdminLevel.DISTRICT && (!present(province) || province.equals(d.provinceCode())))
                .isPresent();
        if (districtFits && present(commune) && geo.unit(commune).filter(c -> district.equals(c.districtCode())).isPresent()) {
            return commune;
        }
        return districtFits ? district : province;
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }

    /** The units above the shown one that the user may see, province first (the way back up). */
    private List<AdminUnit> parents(CurrentUser user, AdminUnit shown) {
        List<AdminUnit> chain = new ArrayList<>();
        String parent = shown.parentCode();
        while (parent != null) {
            var p = geo.unit(parent);
            if (p.isEmpty() || !units.visible(user, p.get())) {
                break;
            }
            chain.addFirst(p.get());
            parent = p.get().parentCode();
        }
        return chain;
    }

    private Location location(AdminUnit u) {
        String district = u.level() == AdminLevel.DISTRICT ? u.code() : u.districtCode();
        return Location.commune(u.provinceCode(), district, u.communeCode());
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }
}
