package org.epiguard.situation.internal;

import jakarta.servlet.http.HttpServletResponse;
import org.epiguard.access.AccessContext;
import org.epiguard.access.AuditTrail;
import org.epiguard.access.Location;
import org.epiguard.geo.AdminLevel;
import org.epiguard.geo.AdminUnit;
import org.epiguard.platform.web.XlsxExport;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.io.IOException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/** The daily report as a page (printable), an XLSX workbook and a PDF, for a unit inside the user's view scope. */
@Controller
@RequestMapping("/situation/report")
class ReportPages {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss dd/MM/yyyy")
            .withZone(ZoneId.of("Asia/Ho_Chi_Minh"));

    private final DailyReports reports;
    private final ReportPdf pdf;
    private final SituationUnits units;
    private final SituationSettings settings;
    private final AccessContext access;
    private final AuditTrail audit;
    private final MessageSource messages;

    ReportPages(DailyReports reports, ReportPdf pdf, SituationUnits units, SituationSettings settings,
                AccessContext access, AuditTrail audit, MessageSource messages) {
        this.reports = reports;
        this.pdf = pdf;
        this.units = units;
        this.settings = settings;
        this.access = access;
        this.audit = audit;
        this.messages = messages;
    }

    @GetMapping
    String page(@RequestParam(required = false) String unit, @RequestParam(required = false) String date,
                @RequestParam(required = false) String cutoff, Model model) {
        ReportRequest q;
        try {
            q = ReportRequest.of(access.currentUser(), units, settings, unit, date, cutoff);
        } catch (InvalidField e) {
            model.addAttribute("error", e.getMessage());
            q = ReportRequest.of(access.currentUser(), units, settings, unit, null, null);
        }
        DailyReport r = reports.report(q.unit(), q.date(), q.cutoffHour(), LocaleContextHolder.getLocale());
        model.addAttribute("report", r);
        model.addAttribute("date", Dates.format(q.date()));
        model.addAttribute("from", TIME.format(r.from()));
        model.addAttribute("to", TIME.format(r.to()));
        return "situation/report";
    }

    @GetMapping("/export.xlsx")
    @Transactional
    public void xlsx(@RequestParam(required = false) String unit, @RequestParam(required = false) String date,
                     @RequestParam(required = false) String cutoff, HttpServletResponse response) throws IOException {
        Locale locale = LocaleContextHolder.getLocale();
        DailyReport r = exported(unit, date, cutoff, "xlsx", locale);
        XlsxExport.send(response, "bao-cao-tinh-hinh-" + r.unitCode(), "report", List.of(
                text("situation.report.part", locale), text("situation.report.newTotal", locale),
                text("situation.report.community", locale), text("situation.report.inQuarantine", locale)), x -> {
            for (var l : r.lines()) {
                x.row(l.name(), l.total(), l.community(), l.inQuarantine());
            }
            x.row(text("situation.report.newTotal", locale), r.newCases(), r.newCommunity(), r.newInQuarantine());
            x.row();
            x.row(text("situation.report.cumulative", locale), r.cumulativeTotal());
            x.row(text("situation.report.imported", locale), r.cumulativeImported());
            x.row(text("situation.report.domestic", locale), r.cumulativeDomestic());
            x.row();
            x.row(text("situation.report.group", locale), text("situation.report.population", locale),
                    text("situation.report.dose", locale, 1) + " %", text("situation.report.dose", locale, 2) + " %",
                    text("situation.report.dose", locale, 3) + " %");
            for (var c : r.coverage()) {
                x.row(c.label(), c.population(), rounded(c.dose1Percent()), rounded(c.dose2Percent()),
                        rounded(c.dose3Percent()));
            }
            x.row();
            x.row(r.sentence());
        });
    }

    @GetMapping("/report.pdf")
    @Transactional
    public void pdf(@RequestParam(required = false) String unit, @RequestParam(required = false) String date,
                    @RequestParam(required = false) String cutoff, HttpServletResponse response) throws IOException {
        Locale locale = LocaleContextHolder.getLocale();
        DailyReport r = exported(unit, date, cutoff, "pdf", locale);
        response.setContentType("application/pdf");
        response.setHeader("Content-Disposition", "attachment; filename=bao-cao-tinh-hinh-" + r.unitCode() + "-"
                + r.date() + ".pdf");
        pdf.write(r, locale, response.getOutputStream());
    }

    /** The report asked for, with the audit record of its export. */
    private DailyReport exported(String unit, String date, String cutoff, String format, Locale locale) {
        ReportRequest q = ReportRequest.of(access.currentUser(), units, settings, unit, date, cutoff);
        AdminUnit u = q.unit();
        String district = u.level() == AdminLevel.DISTRICT ? u.code() : u.districtCode();
        audit.record(AuditTrail.Action.EXPORT, "situation_report", u.code(),
                Location.commune(u.provinceCode(), district, u.communeCode()),
                "daily report (" + format + ") of " + u.fullName() + " on " + Dates.format(q.date()), null, null);
        return reports.report(u, q.date(), q.cutoffHour(), locale);
    }

    private static Double rounded(Double percent) {
        return percent == null ? null : Math.round(percent * 100) / 100.0;
    }

    private String text(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args.length == 0 ? null : args, locale);
    }
}
