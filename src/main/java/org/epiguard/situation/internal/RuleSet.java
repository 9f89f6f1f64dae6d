package org.epiguard.situation.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * One version of the Ministry's criteria (a row of situation_rule_set with its thresholds and its
 * matrix), in force from {@code effectiveFrom} until the next version's date.
 */
record RuleSet(long id, Method method, String decision, int version, LocalDate effectiveFrom, String source,
               String note, String createdBy, Map<String, Threshold> thresholds, Map<String, MatrixCell> matrix) {

    /** How a decision combines its thresholds (the evaluator); the numbers are data. */
    enum Method {
        MOH_4800(List.of("cases.band2", "cases.band3", "cases.band4", "coverage.adult.dose1", "coverage.older.full"),
                List.of(Response.HIGH, Response.LOW)),
        MOH_218(List.of("cases.band2", "cases.band3", "cases.band4", "oxygen.band2", "oxygen.band3", "oxygen.band4",
                "deaths.band2", "deaths.band3", "deaths.band4", "coverage.population.full", "coverage.highrisk.full"),
                List.of(Response.HIGH, Response.MEDIUM, Response.LOW));

        private final List<String> keys;
        private final List<Response> responses;

        Method(List<String> keys, List<Response> responses) {
            this.keys = keys;
            this.responses = responses;
        }

        List<String> keys() {
            return keys;
        }

        List<Response> responses() {
            return responses;
        }
    }

    /** The column of the matrix: how well the unit can respond (coverage, capacity). */
    enum Response { HIGH, MEDIUM, LOW }

    record Threshold(String key, BigDecimal value, boolean confirmed, String note) {
    }

    record MatrixCell(int band, Response response, int level, boolean confirmed) {
    }

    static String cellKey(int band, Response response) {
        return band + ":" + response;
    }

    BigDecimal value(String key) {
        Threshold t = thresholds.get(key);
        if (t == null) {
            throw new IllegalStateException("rule " + decision + " v" + version + " has no threshold " + key);
        }
        return t.value();
    }

    boolean confirmed(String key) {
        return thresholds.get(key).confirmed();
    }

    MatrixCell cell(int band, Response response) {
        return matrix.get(cellKey(band, response));
    }

    /** "4800/QĐ-BYT v1 (12/10/2021)". */
    public String label() {
        return decision + " v" + version + " (" + effectiveFrom.format(Dates.DISPLAY) + ")";
    }

    /** Whether any threshold or matrix cell of this version is not confirmed against the decision's text. */
    public boolean hasUnconfirmed() {
        return thresholds.values().stream().anyMatch(t -> !t.confirmed())
                || matrix.values().stream().anyMatch(c -> !c.confirmed());
    }
}
