package org.epiguard.situation.internal;

import org.epiguard.geo.AdminUnit;
import org.epiguard.geo.GeoDirectory;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A unit's level on a date as users see it: the assessed level with its explanation, the level in
 * force (the one assessed at least 48 hours before: a change is announced 48 h ahead) and the pending
 * change, the measures of the level in force, the history and the levels of the unit's parts. A
 * province not yet assessed on the date (or on the two days before) is assessed first (incrementally).
 */
@Component
class LevelViews {

    static final int NOTICE_DAYS = 2;

    private final Assessments assessments;
    private final LevelRecompute recompute;
    private final RuleBook rules;
    private final Measures measures;
    private final GeoDirectory geo;
    private final MessageSource messages;

    LevelViews(Assessments assessments, LevelRecompute recompute, RuleBook rules, Measures measures, GeoDirectory geo,
               MessageSource messages) {
        this.assessments = assessments;
        this.recompute = recompute;
        this.rules = rules;
        this.measures = measures;
        this.geo = geo;
        this.messages = messages;
    }

    record Line(String text, boolean unconfirmed) {
    }

    record Pending(int level, LocalDate announcedOn, LocalDate effectiveFrom) {
    }

    record HistoryEntry(LocalDate date, Integer level, String rule) {
    }

    record PartLevel(String code, String name, Integer level) {
    }

    record LevelView(String unitCode, String unitName, String unitLevel, LocalDate date, Integer assessedLevel,
                     Integer band, String response, Integer levelInForce, Pending pending, String rule, Long ruleSetId,
                     boolean derived,
                     List<Line> explanation, UnitInputs inputs, List<Measures.Measure> measures,
                     List<HistoryEntry> history, List<PartLevel> parts) {
    }

    /** Assesses the unit's province on the date and the two days before where it has not been yet. */
    private void ensureAssessed(AdminUnit unit, LocalDate date) {
        for (int back = NOTICE_DAYS; back >= 0; back--) {
            if (!assessments.exists(unit.provinceCode(), date.minusDays(back))) {
                recompute.recompute(date.minusDays(back), unit.provinceCode());
            }
        }
    }

    LevelView view(AdminUnit unit, LocalDate date, Locale locale) {
        ensureAssessed(unit, date);
        Assessment a = assessments.on(unit.code(), date).orElseThrow();
        RuleSet rule = a.ruleSetId() == null ? null : rules.byId(a.ruleSetId()).orElseThrow();
        Integer inForce = assessments.latest(unit.code(), date.minusDays(NOTICE_DAYS)).map(Assessment::level)
                .orElse(a.level());
        Pending pending = null;
        List<Assessment> recent = assessments.history(unit.code(), date.minusDays(NOTICE_DAYS - 1), date);
        if (a.level() != null && !a.level().equals(inForce)) {
            LocalDate since = date;
            for (Assessment r : recent) {
                if (!a.level().equals(r.level())) {
                    break;
                }
                since = r.onDate();
            }
            pending = new Pending(a.level(), since, since.plusDays(NOTICE_DAYS));
        }
        List<HistoryEntry> history = assessments.history(unit.code(), date.minusDays(60), date).stream()
                .map(h -> new HistoryEntry(h.onDate(), h.level(), h.ruleSetId() == null ? null
                        : rules.byId(h.ruleSetId()).map(RuleSet::label).orElse(null)))
                .toList();
        List<PartLevel> parts = unit.level().name().equals("COMMUNE") ? List.of()
                : assessments.children(unit.code(), unit.level().name(), date).stream()
                .map(c -> new PartLevel(c.unitCode(), geo.name(c.unitCode()), c.level())).toList();
        return new LevelView(unit.code(), geo.describe(unit.code()), unit.level().name(), date, a.level(), a.band(),
                a.response() == null ? null : a.response().name(), inForce,
                pending, rule == null ? null : rule.label(), a.ruleSetId(), a.derivation() != null,
                explanation(a, rule, locale), a.inputs(), inForce == null ? List.of() : measures.of(inForce), history, parts);
    }

    /** A part's row of the export: its assessed level, the level in force, its inputs. */
    record PartRow(String code, String name, LocalDate date, Integer assessedLevel, Integer levelInForce, UnitInputs inputs) {
    }

    /** The unit's parts and the unit itself (last), each with its level on the date and in force. */
    List<PartRow> rows(AdminUnit unit, LocalDate date) {
        ensureAssessed(unit, date);
        List<Assessment> all = new ArrayList<>(unit.level().name().equals("COMMUNE") ? List.of()
                : assessments.children(unit.code(), unit.level().name(), date));
        all.add(assessments.on(unit.code(), date).orElseThrow());
        return all.stream().map(a -> new PartRow(a.unitCode(), geo.name(a.unitCode()), date, a.level(),
                assessments.latest(a.unitCode(), date.minusDays(NOTICE_DAYS)).map(Assessment::level).orElse(a.level()),
                a.inputs())).toList();
    }

    List<Line> explanation(Assessment a, RuleSet rule, Locale locale) {
        List<Line> lines = new ArrayList<>();
        if (rule == null) {
            lines.add(new Line(text("situation.why.noRule", locale), false));
            return lines;
        }
        for (LevelRules.Finding f : LevelRules.evaluate(rule, a.inputs()).findings()) {
            lines.add(new Line(messages.getMessage(f.key(), f.args().toArray(), locale)
                    + (f.unconfirmed() ? " " + text("situation.why.unconfirmed", locale) : ""), f.unconfirmed()));
        }
        if (a.derivation() != null) {
            long[] n = a.derivation().communesAtLevel();
            lines.add(new Line(messages.getMessage("situation.why.derived", new Object[]{n[0], n[1], n[2], n[3],
                    Math.round(a.derivation().share() * 100), a.level() == null ? "—" : a.level()}, locale), false));
        }
        if (rule.note() != null) {
            lines.add(new Line(text("situation.why.ruleNote", locale) + " " + rule.note(), rule.hasUnconfirmed()));
        }
        return lines;
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }
}
