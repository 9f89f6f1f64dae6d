package org.epiguard.situation.internal;

import org.epiguard.situation.internal.RuleSet.Response;

import java.time.LocalDate;

/**
 * The stored level of a unit on a date (situation_assessment): the inputs as counted and the rule
 * version used, from which the explanation is rebuilt. {@code level} null: not assessable (no
 * population figure or no rule in force). {@code derivation} is set when a district's level was
 * derived from its communes.
 */
record Assessment(String unitCode, String unitLevel, LocalDate onDate, String provinceCode, String districtCode,
                  Integer level, Long ruleSetId, Integer band, Response response, boolean raised,
                  UnitInputs inputs, Derivation derivation) {

    /** A district derived from its communes: communes at each level 1–4 and the share asked for. */
    record Derivation(double share, long[] communesAtLevel) {
    }
}
