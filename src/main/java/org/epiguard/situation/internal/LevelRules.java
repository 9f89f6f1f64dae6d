package org.epiguard.situation.internal;

import org.epiguard.situation.internal.RuleSet.MatrixCell;
import org.epiguard.situation.internal.RuleSet.Response;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The evaluator of a rule set: from a unit's inputs to its level with every step written down as a
 * {@link Finding} (the explanation: inputs, thresholds crossed, matrix cell, rule version, and which
 * numbers are not confirmed against the decision). Pure: the same rule and inputs give the same answer,
 * so the explanation of a stored assessment is rebuilt from its stored inputs.
 */
final class LevelRules {

    private LevelRules() {
    }

    /** One line of the explanation: a message key of situation.properties and its arguments. */
    record Finding(String key, List<Object> args, boolean unconfirmed) {
        Finding {
            args = List.copyOf(args);
        }
    }

    record Evaluation(Integer level, Integer band, Response response, boolean raised, List<Finding> findings) {
    }

    static Evaluation evaluate(RuleSet rule, UnitInputs in) {
        List<Finding> f = new ArrayList<>();
        f.add(new Finding("situation.why.rule", List.of(rule.label()), rule.hasUnconfirmed()));
        if (in.population() <= 0) {
            f.add(new Finding("situation.why.noPopulation", List.of(), false));
            return new Evaluation(null, null, null, false, f);
        }
        return switch (rule.method()) {
            case MOH_4800 -> moh4800(rule, in, f);
            case MOH_218 -> moh218(rule, in, f);
        };
    }

    private static Evaluation moh4800(RuleSet rule, UnitInputs in, List<Finding> f) {
        double rate = in.per100k(in.communityCases());
        int band = band(rule, "cases", rate);
        f.add(new Finding("situation.why.cases4800", List.of(in.communityCases(), in.population(), rate, band,
                bandRange(rule, "cases", band)), bandUnconfirmed(rule, "cases", band)));

        Double adult = UnitInputs.percent(in.adultsDose1(), in.adults());
        Double older = UnitInputs.percent(in.olderFull(), in.older());
        double adultMin = rule.value("coverage.adult.dose1").doubleValue();
        double olderMin = rule.value("coverage.older.full").doubleValue();
        boolean adultMet = adult != null && adult >= adultMin;
        boolean olderMet = older != null && older >= olderMin;
        Response response = adultMet && olderMet ? Response.HIGH : Response.LOW;
        f.add(coverageFinding("situation.why.adultDose1", in.adultsDose1(), in.adults(), adult, adultMin, adultMet,
                rule.confirmed("coverage.adult.dose1")));
        f.add(coverageFinding("situation.why.olderFull", in.olderFull(), in.older(), older, olderMin, olderMet,
                rule.confirmed("coverage.older.full")));
        f.add(new Finding("situation.why.coverage4800." + response, List.of(), false));

        MatrixCell cell = rule.cell(band, response);
        f.add(new Finding("situation.why.matrix", List.of(band, response.name(), cell.level()), !cell.confirmed()));
        int level = cell.level();
        boolean raised = false;
        if (in.treatmentCapacityMet() == null) {
            f.add(new Finding("situation.why.treatment.unknown", List.of(), false));
        } else if (in.treatmentCapacityMet()) {
            f.add(new Finding("situation.why.treatment.met", List.of(), false));
        } else {
            raised = level < 4;
            level = Math.min(4, level + 1);
            f.add(new Finding("situation.why.treatment.notMet", List.of(level), false));
        }
        return new Evaluation(level, band, response, raised, f);
    }

    private static Evaluation moh218(RuleSet rule, UnitInputs in, List<Finding> f) {
        double caseRate = in.per100k(in.newCases());
        int caseBand = band(rule, "cases", caseRate);
        f.add(new Finding("situation.why.cases218", List.of(in.newCases(), in.population(), caseRate, caseBand,
                bandRange(rule, "cases", caseBand)), bandUnconfirmed(rule, "cases", caseBand)));
        int band = caseBand;
        if (in.oxygenCases() == null) {
            f.add(new Finding("situation.why.oxygen.unknown", List.of(), false));
        } else {
            double rate = in.per100k(in.oxygenCases());
            int b = band(rule, "oxygen", rate);
            f.add(new Finding("situation.why.oxygen", List.of(in.oxygenCases(), rate, b, bandRange(rule, "oxygen", b)),
                    bandUnconfirmed(rule, "oxygen", b)));
            band = Math.max(band, b);
        }
        double deathRate = in.per100k(in.deaths());
        int deathBand = band(rule, "deaths", deathRate);
        f.add(new Finding("situation.why.deaths", List.of(in.deaths(), deathRate, deathBand,
                bandRange(rule, "deaths", deathBand)), bandUnconfirmed(rule, "deaths", deathBand)));
        band = Math.max(band, deathBand);
        f.add(new Finding("situation.why.transmission", List.of(band), true));

        Double full = UnitInputs.percent(in.fullCourse(), in.population());
        Double older = UnitInputs.percent(in.olderFull(), in.older());
        double fullMin = rule.value("coverage.population.full").doubleValue();
        double olderMin = rule.value("coverage.highrisk.full").doubleValue();
        boolean fullMet = full != null && full >= fullMin;
        boolean olderMet = older != null && older >= olderMin;
        f.add(coverageFinding("situation.why.populationFull", in.fullCourse(), in.population(), full, fullMin, fullMet,
                rule.confirmed("coverage.population.full")));
        f.add(coverageFinding("situation.why.highRiskFull", in.olderFull(), in.older(), older, olderMin, olderMet,
                rule.confirmed("coverage.highrisk.full")));
        boolean vaccination = fullMet && olderMet;
        boolean capacity = true;
        for (var c : List.of(new Object[]{"communeCare", in.communeCareMet()}, new Object[]{"beds", in.bedsMet()},
                new Object[]{"icu", in.icuMet()})) {
            Boolean met = (Boolean) c[1];
            String state = met == null ? "unknown" : met ? "met" : "notMet";
            f.add(new Finding("situation.why.capacity." + c[0] + "." + state, List.of(), false));
            capacity &= met == null || met;
        }
        Response response = vaccination && capacity ? Response.HIGH
                : vaccination || capacity ? Response.MEDIUM : Response.LOW;
        f.add(new Finding("situation.why.response218", List.of(response.name()), true));
        MatrixCell cell = rule.cell(band, response);
        f.add(new Finding("situation.why.matrix", List.of(band, response.name(), cell.level()), !cell.confirmed()));
        return new Evaluation(cell.level(), band, response, false, f);
    }

    /** Band 1–4 of a rate: band k from the threshold "&lt;indicator&gt;.band&lt;k&gt;" (inclusive). */
    static int band(RuleSet rule, String indicator, double rate) {
        int band = 1;
        for (int k = 2; k <= 4; k++) {
            if (BigDecimal.valueOf(rate).compareTo(rule.value(indicator + ".band" + k)) >= 0) {
                band = k;
            }
        }
        return band;
    }

    /** "20 ≤ x < 50", "x < 20", "x ≥ 150". */
    private static String bandRange(RuleSet rule, String indicator, int band) {
        String from = band == 1 ? null : rule.value(indicator + ".band" + band).stripTrailingZeros().toPlainString();
        String to = band == 4 ? null : rule.value(indicator + ".band" + (band + 1)).stripTrailingZeros().toPlainString();
        if (from == null) {
            return "x < " + to;
        }
        return to == null ? "x ≥ " + from : from + " ≤ x < " + to;
    }

    private static boolean bandUnconfirmed(RuleSet rule, String indicator, int band) {
        return (band > 1 && !rule.confirmed(indicator + ".band" + band))
                || (band < 4 && !rule.confirmed(indicator + ".band" + (band + 1)));
    }

    private static Finding coverageFinding(String key, long part, Long whole, Double percent, double min, boolean met,
                                           boolean confirmed) {
        if (percent == null) {
            return new Finding(key + ".unknown", List.of(min), !confirmed);
        }
        return new Finding(key + (met ? ".met" : ".notMet"), List.of(part, whole, percent, min), !confirmed);
    }
}
