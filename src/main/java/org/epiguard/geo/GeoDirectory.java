package org.epiguard.geo;

import org.epiguard.access.Location;
import org.epiguard.access.Scope;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The administrative units, for every module: look-ups by code, children, the location of a
 * commune, and readable names of scopes. The GSO list is reference data, so it is cached.
 */
@Component
public class GeoDirectory {

    private static final RowMapper<AdminUnit> MAPPER = (rs, i) -> new AdminUnit(rs.getString("code"),
            AdminLevel.valueOf(rs.getString("level")), rs.getString("name"), rs.getString("unit_type"),
            rs.getString("parent_code"), rs.getString("province_code"), rs.getString("district_code"));

    private final JdbcClient jdbc;
    private final Map<String, Optional<AdminUnit>> cache = new ConcurrentHashMap<>();

    public GeoDirectory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<AdminUnit> unit(String code) {
        if (code == null) {
            return Optional.empty();
        }
        return cache.computeIfAbsent(code, c -> jdbc.sql("select * from geo_admin_unit where code = :c")
                .param("c", c).query(MAPPER).optional());
    }

    public List<AdminUnit> children(String parentCode) {
        return jdbc.sql("select * from geo_admin_unit where parent_code = :p order by code")
                .param("p", parentCode).query(MAPPER).list();
    }

    public List<AdminUnit> provinces() {
        return jdbc.sql("select * from geo_admin_unit where level = 'PROVINCE' order by code").query(MAPPER).list();
    }

    /** The location of a commune, or empty when the code is not a commune of the GSO list. */
    public Optional<Location> communeLocation(String communeCode) {
        return unit(communeCode).filter(u -> u.level() == AdminLevel.COMMUNE)
                .map(u -> Location.commune(u.provinceCode(), u.districtCode(), u.code()));
    }

    /** The communes a scope covers (empty for a unit scope). */
    public List<AdminUnit> communesIn(Scope scope) {
        String where = switch (scope.level()) {
            case NATION -> "true";
            case PROVINCE -> "province_code = :k";
            case DISTRICT -> "district_code = :k";
            case COMMUNE -> "code = :k";
            case UNIT -> "false";
        };
        var spec = jdbc.sql("select * from geo_admin_unit where level = 'COMMUNE' and " + where + " order by code");
        return (scope.level() == org.epiguard.access.ScopeLevel.NATION || scope.level() == org.epiguard.access.ScopeLevel.UNIT
                ? spec : spec.param("k", scope.code())).query(MAPPER).list();
    }

    /** The districts a scope covers, whole or in part. */
    public List<AdminUnit> districtsIn(Scope scope) {
        return switch (scope.level()) {
            case NATION -> jdbc.sql("select * from geo_admin_unit where level = 'DISTRICT' order by code").query(MAPPER).list();
            case PROVINCE -> children(scope.code());
            case DISTRICT -> unit(scope.code()).stream().toList();
            case COMMUNE -> unit(scope.code()).flatMap(c -> unit(c.districtCode())).stream().toList();
            case UNIT -> List.of();
        };
    }

    /** "Phường Bãi Cháy": the unit's type and name alone, or the code when it is not a GSO unit. */
    public String name(String code) {
        return unit(code).map(AdminUnit::fullName).orElse(code);
    }

    /** "Xã Bãi Cháy, Thành phố Hạ Long, Tỉnh Quảng Ninh" for an administrative unit. */
    public String describe(String code) {
        var unit = unit(code);
        if (unit.isEmpty()) {
            return code;
        }
        StringBuilder sb = new StringBuilder(unit.get().fullName());
        String parent = unit.get().parentCode();
        while (parent != null) {
            var p = unit(parent);
            if (p.isEmpty()) {
                break;
            }
            sb.append(", ").append(p.get().fullName());
            parent = p.get().parentCode();
        }
        return sb.toString();
    }

    /** A scope in words: "Xã Bãi Cháy, …", or the organisation unit's name and commune. */
    public String describe(Scope scope) {
        return switch (scope.level()) {
            case NATION -> "Việt Nam";
            case UNIT -> jdbc.sql("select name, commune_code from geo_org_unit where id = :id")
                    .param("id", Long.parseLong(scope.code()))
                    .query((rs, i) -> rs.getString(1) + " (" + describe(rs.getString(2)) + ")")
                    .optional().orElse("#" + scope.code());
            default -> describe(scope.code());
        };
    }
}
