package org.epiguard.situation.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The planner's question, checked: the unit (chosen by the caller), N F0, the date, the trend window,
 * the ratios entered (by key) and the spread entered (weights by district). Every bad value is refused
 * naming its field: not a number, below 0, above its bound, a fraction where a whole number is needed.
 */
record PlanRequest(String unit, long f0, LocalDate date, int trendDays, Map<String, BigDecimal> entered,
                   Map<String, BigDecimal> weights) {

    static final long MAX_F0 = 1_000_000;
    static final int DEFAULT_TREND_DAYS = 14;

    /** The ratios that may be entered, in the order they are shown, with their upper bound. */
    static final Map<String, BigDecimal> BOUNDS = bounds();

    private static Map<String, BigDecimal> bounds() {
        Map<String, BigDecimal> b = new LinkedHashMap<>();
        for (String share : new String[]{"shareHome", "shareFacility", "shareTier1", "shareTier2", "shareTier3",
                "icuOfTier3", "f1InFacility"}) {
            b.put(share, BigDecimal.valueOf(100));
        }
        b.put("f1PerF0", BigDecimal.valueOf(1000));
        b.put("stayDays", BigDecimal.valueOf(60));
        for (String d : new String[]{"doctorsHome", "doctorsTier1", "doctorsTier2", "doctorsTier3"}) {
            b.put(d, BigDecimal.valueOf(1000));
        }
        b.put("testsPerF0", BigDecimal.valueOf(100));
        b.put("testsPerF1", BigDecimal.valueOf(100));
        return java.util.Collections.unmodifiableMap(b);
    }

    /**
     * From request parameters: {@code f0} (or {@code preset}, a preset button of the page, which wins),
     * {@code date}, {@code trendDays}, a ratio key, {@code w.<district>}.
     */
    static PlanRequest of(Map<String, String> params) {
        String preset = params.get("preset");
        String f0Text = params.get("f0");
        long f0 = !blank(preset) ? whole("preset", preset, MAX_F0) : blank(f0Text) ? 1000 : whole("f0", f0Text, MAX_F0);
        LocalDate date = Dates.parse("date", params.get("date"));
        String trend = params.get("trendDays");
        int trendDays = blank(trend) ? DEFAULT_TREND_DAYS : (int) whole("trendDays", trend, 56);
        if (trendDays < 4 || trendDays % 2 != 0) {
            throw new InvalidField("trendDays", "an even number of days from 4 to 56");
        }
        Map<String, BigDecimal> entered = new LinkedHashMap<>();
        for (String key : BOUNDS.keySet().stream().sorted().toList()) {
            String v = params.get(key);
            if (!blank(v)) {
                entered.put(key, key.equals("stayDays") ? BigDecimal.valueOf(whole(key, v, 60))
                        : number(key, v, BOUNDS.get(key)));
            }
        }
        if (entered.containsKey("stayDays") && entered.get("stayDays").signum() == 0) {
            throw new InvalidField("stayDays", "at least 1 day");
        }
        Map<String, BigDecimal> weights = new LinkedHashMap<>();
        params.keySet().stream().filter(k -> k.startsWith("w.")).sorted().forEach(k -> {
            if (!blank(params.get(k))) {
                weights.put(k.substring(2), number(k, params.get(k), BigDecimal.valueOf(10_000_000)));
            }
        });
        return new PlanRequest(blank(params.get("unit")) ? null : params.get("unit").trim(), f0, date, trendDays,
                entered, weights);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    static BigDecimal number(String field, String text, BigDecimal max) {
        BigDecimal v;
        try {
            v = new BigDecimal(text.trim().replace(',', '.'));
        } catch (NumberFormatException e) {
            throw new InvalidField(field, "'" + text.trim() + "' is not a number");
        }
        if (v.signum() < 0) {
            throw new InvalidField(field, "must not be negative");
        }
        if (v.compareTo(max) > 0) {
            throw new InvalidField(field, "at most " + max.toPlainString());
        }
        return v;
    }

    static long whole(String field, String text, long max) {
        BigDecimal v = number(field, text, BigDecimal.valueOf(max));
        if (v.stripTrailingZeros().scale() > 0) {
            throw new InvalidField(field, "a whole number");
        }
        return v.longValueExact();
    }
}
