package org.epiguard.situation.internal;

import org.epiguard.situation.internal.RuleSet.Response;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The stored assessments: written in one statement per recompute, read as a unit's history. */
@Component
class Assessments {

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final RowMapper<Assessment> mapper;

    Assessments(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
        this.mapper = (rs, i) -> new Assessment(rs.getString("unit_code"), rs.getString("unit_level"),
                rs.getObject("on_date", LocalDate.class), rs.getString("province_code"), rs.getString("district_code"),
                (Integer) rs.getObject("level"), (Long) rs.getObject("rule_set_id"), (Integer) rs.getObject("band"),
                rs.getString("response") == null ? null : Response.valueOf(rs.getString("response")),
                rs.getBoolean("raised"), json.readValue(rs.getString("inputs"), UnitInputs.class),
                rs.getString("derivation") == null ? null
                        : json.readValue(rs.getString("derivation"), Assessment.Derivation.class));
    }

    /** Writes (or replaces) the assessments of one date: one insert from arrays, whatever their number. */
    void store(LocalDate date, List<Assessment> all) {
        int n = all.size();
        String[] code = new String[n], unitLevel = new String[n], province = new String[n], district = new String[n],
                response = new String[n], inputs = new String[n], derivation = new String[n];
        Integer[] level = new Integer[n], band = new Integer[n];
        Long[] rule = new Long[n];
        Boolean[] raised = new Boolean[n];
        for (int i = 0; i < n; i++) {
            Assessment a = all.get(i);
            code[i] = a.unitCode();
            unitLevel[i] = a.unitLevel();
            province[i] = a.provinceCode();
            district[i] = a.districtCode();
            level[i] = a.level();
            rule[i] = a.ruleSetId();
            band[i] = a.band();
            response[i] = a.response() == null ? null : a.response().name();
            raised[i] = a.raised();
            inputs[i] = json.writeValueAsString(a.inputs());
            derivation[i] = a.derivation() == null ? null : json.writeValueAsString(a.derivation());
        }
        jdbc.sql("""
                        insert into situation_assessment (unit_code, unit_level, on_date, province_code, district_code,
                                                          level, rule_set_id, band, response, raised, derived,
                                                          inputs, derivation)
                        select u.code, u.unit_level, :d, u.province, u.district, u.level, u.rule, u.band, u.response,
                               u.raised, u.derivation is not null, cast(u.inputs as jsonb), cast(u.derivation as jsonb)
                          from unnest(cast(:code as text[]), cast(:unitLevel as text[]), cast(:province as text[]),
                                      cast(:district as text[]), cast(:level as int[]), cast(:rule as bigint[]),
                                      cast(:band as int[]), cast(:response as text[]), cast(:raised as boolean[]),
                                      cast(:inputs as text[]), cast(:derivation as text[]))
                               as u(code, unit_level, province, district, level, rule, band, response, raised,
                                    inputs, derivation)
                        on conflict (unit_code, on_date) do update set level = excluded.level,
                            rule_set_id = excluded.rule_set_id, band = excluded.band, response = excluded.response,
                            raised = excluded.raised, derived = excluded.derived, inputs = excluded.inputs,
                            derivation = excluded.derivation, computed_at = now()""")
                .param("d", date).param("code", code).param("unitLevel", unitLevel).param("province", province)
                .param("district", district).param("level", level).param("rule", rule).param("band", band)
                .param("response", response).param("raised", raised).param("inputs", inputs)
                .param("derivation", derivation).update();
    }

    Optional<Assessment> on(String unitCode, LocalDate date) {
        return jdbc.sql("select * from situation_assessment where unit_code = :u and on_date = :d")
                .param("u", unitCode).param("d", date).query(mapper).optional();
    }

    /** The unit's assessments from {@code from} to {@code to}, newest first. */
    List<Assessment> history(String unitCode, LocalDate from, LocalDate to) {
        return jdbc.sql("""
                        select * from situation_assessment where unit_code = :u and on_date between :f and :t
                         order by on_date desc""")
                .param("u", unitCode).param("f", from).param("t", to).query(mapper).list();
    }

    /** The latest assessment of the unit on or before a date. */
    Optional<Assessment> latest(String unitCode, LocalDate onOrBefore) {
        return jdbc.sql("""
                        select * from situation_assessment where unit_code = :u and on_date <= :d
                         order by on_date desc limit 1""")
                .param("u", unitCode).param("d", onOrBefore).query(mapper).optional();
    }

    /** The assessments of the children of a unit (districts of a province, communes of a district) on a date. */
    List<Assessment> children(String parentCode, String parentLevel, LocalDate date) {
        String where = parentLevel.equals("PROVINCE") ? "province_code = :p and unit_level = 'DISTRICT'"
                : "district_code = :p and unit_level = 'COMMUNE'";
        return jdbc.sql("select * from situation_assessment where " + where + " and on_date = :d order by unit_code")
                .param("p", parentCode).param("d", date).query(mapper).list();
    }

    /** Every stored assessment of a province's units (the province, its districts and communes) on a date. */
    List<Assessment> ofProvince(String provinceCode, LocalDate date) {
        return jdbc.sql("select * from situation_assessment where province_code = :p and on_date = :d")
                .param("p", provinceCode).param("d", date).query(mapper).list();
    }

    /** The dates from {@code from} to {@code to} on which the province was assessed, oldest first. */
    List<LocalDate> datesOf(String provinceCode, LocalDate from, LocalDate to) {
        return jdbc.sql("""
                        select distinct on_date from situation_assessment
                         where province_code = :p and on_date between :f and :t order by on_date""")
                .param("p", provinceCode).param("f", from).param("t", to).query(LocalDate.class).list();
    }

    boolean exists(String provinceCode, LocalDate date) {
        return jdbc.sql("select exists (select 1 from situation_assessment where province_code = :p and on_date = :d)")
                .param("p", provinceCode).param("d", date).query(Boolean.class).single();
    }
}
