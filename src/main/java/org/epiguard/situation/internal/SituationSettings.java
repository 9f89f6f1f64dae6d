package org.epiguard.situation.internal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The module's settings (situation_setting): how a district's level is made — on its own totals
 * (default) or derived from its communes — and the report's cut-off hour.
 */
@Component
class SituationSettings {

    enum DistrictDerivation { OWN_TOTALS, COMMUNE_SHARE }

    private final JdbcClient jdbc;

    SituationSettings(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    DistrictDerivation districtDerivation() {
        return DistrictDerivation.valueOf(get("district.derivation", DistrictDerivation.OWN_TOTALS.name()));
    }

    /** COMMUNE_SHARE: a district is at the highest level L that at least this share of its communes reach (L or more). */
    double districtShare() {
        return Double.parseDouble(get("district.share.level3", "0.5"));
    }

    int cutoffHour() {
        return Integer.parseInt(get("report.cutoff.hour", "16"));
    }

    void setDistrictDerivation(DistrictDerivation derivation, String share, String username) {
        double value;
        try {
            value = Double.parseDouble(share.trim().replace(',', '.'));
        } catch (RuntimeException e) {
            throw new InvalidField("share", "'" + share + "' is not a number");
        }
        if (value <= 0 || value > 1) {
            throw new InvalidField("share", "a share is more than 0 and at most 1");
        }
        put("district.derivation", derivation.name(), username);
        put("district.share.level3", Double.toString(value), username);
    }

    private String get(String key, String fallback) {
        return jdbc.sql("select value from situation_setting where key = :k").param("k", key).query(String.class)
                .optional().orElse(fallback);
    }

    private void put(String key, String value, String username) {
        jdbc.sql("""
                        insert into situation_setting (key, value, updated_by) values (:k, :v, :u)
                        on conflict (key) do update set value = excluded.value, updated_by = excluded.updated_by,
                            updated_at = now()""")
                .param("k", key).param("v", value).param("u", username).update();
    }
}
