package org.epiguard.situation.internal;

import com.fasterxml.jackson.annotation.JsonRawValue;
import org.epiguard.access.CurrentUser;
import org.epiguard.cases.ActiveZones;
import org.epiguard.geo.AdminLevel;
import org.epiguard.geo.AdminUnit;
import org.epiguard.geo.Boundaries;
import org.epiguard.geo.GeoDirectory;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The level map of a province (its districts) or a district (its communes) on a date: each part's
 * shape (imported boundary or schematic tile), its stored level in force, the assessed level and 7-day
 * cases per 100,000, and the containment zones in force in the reader's view scope (a count per part
 * and the list). Reads stored data only: a date not assessed yet shows the parts without a level.
 */
@Component
class MapViews {

    static final int ZONE_LIST_LIMIT = 200;

    private final GeoDirectory geo;
    private final Boundaries boundaries;
    private final MapLevels levels;
    private final ActiveZones zones;
    private final MessageSource messages;

    MapViews(GeoDirectory geo, Boundaries boundaries, MapLevels levels, ActiveZones zones, MessageSource messages) {
        this.geo = geo;
        this.boundaries = boundaries;
        this.levels = levels;
        this.zones = zones;
        this.messages = messages;
    }

    record MapData(String unitCode, String unitName, String unitLevel, String parentCode, String parentName,
                   String selected, LocalDate date, String dateText, boolean assessed, int boundaries, int tiles,
                   FeatureCollection map, Zones zones) {
    }

    record FeatureCollection(String type, List<Feature> features) {
    }

    record Feature(String type, Part properties, @JsonRawValue String geometry) {
    }

    /** A part of the map: a district of the province or a commune of the district. */
    record Part(String code, String name, Integer level, Integer assessedLevel, LocalDate assessedOn,
                Double casesPer100k, long newCases, long population, int zones, boolean schematic, double[] center,
                String href) {
    }

    record Zones(int total, List<ZoneItem> list) {
    }

    record ZoneItem(long id, String kind, String kindLabel, String place, String communeCode, String communeName,
                    String startsOn, String plannedEnd, List<Long> caseIds, String href) {
    }

    /** The map of a province or district; a commune shows its district's map with the commune selected. */
    MapData map(AdminUnit asked, LocalDate date, CurrentUser reader, Locale locale) {
        AdminUnit shown = asked.level() == AdminLevel.COMMUNE ? geo.unit(asked.districtCode()).orElseThrow() : asked;
        boolean province = shown.level() == AdminLevel.PROVINCE;
        List<String> codes = geo.children(shown.code()).stream().map(AdminUnit::code).toList();
        Map<String, Boundaries.Boundary> stored = boundaries.ofChildren(shown.code()).stream()
                .collect(Collectors.toMap(Boundaries.Boundary::unitCode, Function.identity()));
        Map<String, MapLevels.UnitLevel> levelOf = levels.of(codes, date);
        ActiveZones.InForce inForce = zones.within(reader.viewScope(), shown.code(), zonesAt(date), ZONE_LIST_LIMIT);
        Map<String, Integer> zonesOf = new HashMap<>();
        inForce.perCommune().forEach(c -> zonesOf.merge(province ? c.districtCode() : c.communeCode(), c.zones(), Integer::sum));
        String dateText = Dates.format(date);
        List<Feature> features = MapLayout.shapes(codes, stored).stream().map(s -> {
            MapLevels.UnitLevel l = levelOf.get(s.code());
            String href = province ? "/situation/map?unit=" + s.code() + "&date=" + dateText
                    : "/situation/levels?unit=" + s.code() + "&date=" + dateText;
            return new Feature("Feature", new Part(s.code(), geo.name(s.code()), l == null ? null : l.levelInForce(),
                    l == null ? null : l.assessedLevel(), l == null ? null : l.assessedOn(),
                    l == null ? null : l.casesPer100k(), l == null ? 0 : l.newCases(), l == null ? 0 : l.population(),
                    zonesOf.getOrDefault(s.code(), 0), s.schematic(), new double[]{s.centerLon(), s.centerLat()}, href),
                    s.geometry());
        }).toList();
        List<ZoneItem> list = inForce.zones().stream().map(z -> new ZoneItem(z.id(), z.kind(),
                messages.getMessage("situation.map.zoneKind." + z.kind(), null, z.kind(), locale), z.place(),
                z.communeCode(), geo.name(z.communeCode()), Dates.format(z.startsOn()), Dates.format(z.plannedEnd()),
                z.caseIds(), "/cases/zones#zone-" + z.id())).toList();
        AdminUnit parent = shown.parentCode() == null ? null : geo.unit(shown.parentCode()).orElse(null);
        return new MapData(shown.code(), geo.describe(shown.code()), shown.level().name(),
                parent == null ? null : parent.code(), parent == null ? null : parent.fullName(),
                asked.level() == AdminLevel.COMMUNE ? asked.code() : null, date, dateText,
                levelOf.values().stream().anyMatch(l -> l.assessedOn() != null), stored.size(),
                codes.size() - (int) codes.stream().filter(stored::containsKey).count(),
                new FeatureCollection("FeatureCollection", features), new Zones(inForce.total(), list));
    }

    /** Zones in force at the end of the date's business day, or now for today. */
    private static Instant zonesAt(LocalDate date) {
        Instant end = date.plusDays(1).atStartOfDay(Dates.BUSINESS_ZONE).toInstant();
        Instant now = Instant.now();
        return end.isBefore(now) ? end : now;
    }
}
