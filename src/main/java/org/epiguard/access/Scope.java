package org.epiguard.access;

import java.util.Objects;

/**
 * A jurisdiction: a level and the key at that level (a GSO code, or an organisation unit id for
 * {@link ScopeLevel#UNIT}). Queries filter by scope in SQL with {@link #sql}; writes check
 * {@link #contains}.
 */
public record Scope(ScopeLevel level, String code) {

    public Scope {
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(code, "code");
        switch (level) {
            case NATION -> { }
            case PROVINCE -> require(code.matches("\\d{2}"), "a province scope needs a 2-digit code");
            case DISTRICT -> require(code.matches("\\d{3}"), "a district scope needs a 3-digit code");
            case COMMUNE -> require(code.matches("\\d{5}"), "a commune scope needs a 5-digit code");
            case UNIT -> require(code.matches("\\d+"), "a unit scope needs an organisation unit id");
        }
    }

    public static Scope of(String level, String code) {
        return new Scope(ScopeLevel.valueOf(level), code);
    }

    private static void require(boolean ok, String message) {
        if (!ok) {
            throw new IllegalArgumentException(message);
        }
    }

    /**
     * The SQL predicate that keeps only rows inside this scope, for a table (alias) carrying
     * province_code, district_code, commune_code and an owning unit column. Binds the named
     * parameter {@code :scopeKey}; see {@link #key()}.
     */
    public String sql(String alias, String unitColumn) {
        String a = alias == null || alias.isEmpty() ? "" : alias + ".";
        return switch (level) {
            case NATION -> "true";
            case PROVINCE -> a + "province_code = :scopeKey";
            case DISTRICT -> a + "district_code = :scopeKey";
            case COMMUNE -> a + "commune_code = :scopeKey";
            case UNIT -> unitColumn == null ? "false" : a + unitColumn + " = :scopeKey";
        };
    }

    /** The value to bind as {@code :scopeKey} with {@link #sql}. */
    public Object key() {
        return level == ScopeLevel.UNIT ? Long.parseLong(code) : code;
    }

    public boolean contains(Location loc) {
        if (loc == null) {
            return false;
        }
        return switch (level) {
            case NATION -> true;
            case PROVINCE -> code.equals(loc.provinceCode());
            case DISTRICT -> code.equals(loc.districtCode());
            case COMMUNE -> code.equals(loc.communeCode());
            case UNIT -> loc.unitId() != null && code.equals(loc.unitId().toString());
        };
    }

    /** Whether an administrative unit (by GSO code) lies inside this scope. */
    public boolean containsAdminUnit(String provinceCode, String districtCode, String communeCode) {
        return switch (level) {
            case NATION -> true;
            case PROVINCE -> code.equals(provinceCode);
            case DISTRICT -> code.equals(districtCode);
            case COMMUNE -> code.equals(communeCode);
            case UNIT -> false;
        };
    }

    @Override
    public String toString() {
        return level + ":" + code;
    }
}
