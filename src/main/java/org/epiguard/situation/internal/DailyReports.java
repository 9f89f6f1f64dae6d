package org.epiguard.situation.internal;

import org.epiguard.cases.CaseCounts;
import org.epiguard.geo.AdminLevel;
import org.epiguard.geo.AdminUnit;
import org.epiguard.geo.GeoDirectory;
import org.epiguard.vaccination.AgeGroup;
import org.epiguard.vaccination.GroupCoverage;
import org.epiguard.vaccination.UnitCoverage;
import org.epiguard.vaccination.VaccinationCoverage;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import java.text.NumberFormat;
import java.time.format.DateTimeFormatter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Builds the daily report from the cases (through {@link CaseCounts}: only cases confirmed up to the
 * cut-off of the date count, so a past report is the same however many cases came later) and the
 * vaccination coverage on the date.
 */
@Component
class DailyReports {

    private static final DateTimeFormatter DAY_MONTH = DateTimeFormatter.ofPattern("d/M");

    private final CaseCounts cases;
    private final VaccinationCoverage vaccination;
    private final GeoDirectory geo;
    private final MessageSource messages;

    DailyReports(CaseCounts cases, VaccinationCoverage vaccination, GeoDirectory geo, MessageSource messages) {
        this.cases = cases;
        this.vaccination = vaccination;
        this.geo = geo;
        this.messages = messages;
    }

    DailyReport report(AdminUnit unit, LocalDate date, int cutoffHour, Locale locale) {
        Map<String, long[]> byPart = new HashMap<>();
        List<AdminUnit> parts = unit.level() == AdminLevel.COMMUNE ? List.of() : geo.children(unit.code());
        for (AdminUnit p : parts) {
            byPart.put(p.code(), new long[3]);
        }
        long total = 0, community = 0, quarantine = 0, deaths = 0;
        for (var row : cases.perCommuneDay(date, date, cutoffHour, unit.provinceCode())) {
            if (!inside(unit, row)) {
                continue;
            }
            total += row.confirmed();
            community += row.community();
            quarantine += row.foundInQuarantine();
            deaths += row.deaths();
            String part = unit.level() == AdminLevel.PROVINCE ? row.districtCode() : row.communeCode();
            long[] l = byPart.computeIfAbsent(part, k -> new long[3]);
            l[0] += row.confirmed();
            l[1] += row.community();
            l[2] += row.foundInQuarantine();
        }
        List<DailyReport.Line> lines = new ArrayList<>();
        if (unit.level() != AdminLevel.COMMUNE) {
            byPart.forEach((code, l) -> lines.add(new DailyReport.Line(code,
                    geo.unit(code).map(AdminUnit::name).orElse(code), l[0], l[1], l[2])));
        }
        lines.sort(Comparator.comparingLong(DailyReport.Line::total).reversed().thenComparing(DailyReport.Line::name));
        CaseCounts.Cumulative cumulative = cases.cumulative(unit.code(), date, cutoffHour);
        List<DailyReport.Coverage> coverage = vaccination.coverage(unit.code(), date).map(r -> coverage(r.unit()))
                .orElse(List.of());
        DailyReport figures = new DailyReport(unit.code(), geo.describe(unit.code()), unit.level().name(), date,
                cutoffHour, CaseCounts.cutoff(date.minusDays(1), cutoffHour), CaseCounts.cutoff(date, cutoffHour), total,
                community, quarantine, deaths, lines, cumulative.total(), cumulative.imported(), cumulative.domestic(),
                cumulative.deaths(), coverage, null);
        return figures.withSentence(sentence(figures, locale));
    }

    private static boolean inside(AdminUnit unit, CaseCounts.CommuneDayCount row) {
        return switch (unit.level()) {
            case PROVINCE -> unit.code().equals(row.provinceCode());
            case DISTRICT -> unit.code().equals(row.districtCode());
            case COMMUNE -> unit.code().equals(row.communeCode());
        };
    }

    private static List<DailyReport.Coverage> coverage(UnitCoverage unit) {
        List<DailyReport.Coverage> list = new ArrayList<>();
        for (AgeGroup g : AgeGroup.values()) {
            GroupCoverage c = unit.group(g);
            list.add(new DailyReport.Coverage(g, g.label(), c.population(), c.atLeast1(), c.atLeast2(), c.atLeast3(),
                    c.percentOfPopulation(1), c.percentOfPopulation(2), c.percentOfPopulation(3)));
        }
        return list;
    }

    /**
     * "Trong 24 giờ đến 16:00 ngày 8/2, 336 ca mắc mới (301 ca cộng đồng, 35 ca đã cách ly): Hạ Long 97, …
     * Từ đầu dịch 14.037 ca (nhập cảnh 219, trong nước 13.818). 18+: mũi 1 99,57%, …; 12–17: …".
     */
    String sentence(DailyReport r, Locale locale) {
        NumberFormat n = NumberFormat.getIntegerInstance(locale);
        List<String> parts = r.lines().stream().filter(l -> l.total() > 0).map(l -> l.name() + " " + n.format(l.total()))
                .toList();
        String news = messages.getMessage("situation.report.sentence.new", new Object[]{
                String.format("%02d:00", r.cutoffHour()), r.date().format(DAY_MONTH), n.format(r.newCases()),
                n.format(r.newCommunity()), n.format(r.newInQuarantine())}, locale)
                + (parts.isEmpty() ? "." : ": " + String.join(", ", parts) + ".");
        String since = messages.getMessage("situation.report.sentence.since", new Object[]{n.format(r.cumulativeTotal()),
                n.format(r.cumulativeImported()), n.format(r.cumulativeDomestic())}, locale);
        List<String> cov = new ArrayList<>();
        coverageSentence(r, AgeGroup.AGE_18_PLUS, 3, locale).ifPresent(cov::add);
        coverageSentence(r, AgeGroup.AGE_12_17, 2, locale).ifPresent(cov::add);
        return news + " " + since + (cov.isEmpty() ? "" : " " + String.join("; ", cov) + ".");
    }

    private java.util.Optional<String> coverageSentence(DailyReport r, AgeGroup group, int lastDose, Locale locale) {
        var c = r.coverage().stream().filter(x -> x.group() == group).findFirst();
        if (c.isEmpty() || c.get().dose1Percent() == null) {
            return java.util.Optional.empty();
        }
        Double[] percents = {c.get().dose1Percent(), c.get().dose2Percent(), c.get().dose3Percent()};
        List<String> doses = new ArrayList<>();
        for (int k = 1; k <= lastDose; k++) {
            doses.add(messages.getMessage("situation.report.sentence.dose", new Object[]{k, percent(percents[k - 1], locale)},
                    locale));
        }
        return java.util.Optional.of(group.label() + ": " + String.join(", ", doses));
    }

    static String percent(Double value, Locale locale) {
        if (value == null) {
            return "—";
        }
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMinimumFractionDigits(0);
        format.setMaximumFractionDigits(2);
        return format.format(value) + "%";
    }
}
