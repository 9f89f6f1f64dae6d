package org.epiguard.situation.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.epiguard.access.AccessContext;
import org.epiguard.access.CurrentUser;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.Map;

/** The level map's data: the parts of a province or district with their shapes, levels and active zones. */
@RestController
@RequestMapping("/api/v1/situation/map")
@Tag(name = "Epidemic level map", description = "Districts or communes coloured by level, with containment zones in force")
class MapApi {

    private final MapViews views;
    private final SituationUnits units;
    private final AccessContext access;

    MapApi(MapViews views, SituationUnits units, AccessContext access) {
        this.views = views;
        this.units = units;
        this.access = access;
    }

    @GetMapping("/{unit}")
    @Operation(summary = "The level map of a province (its districts) or district (its communes) on a date",
            description = "map: a GeoJSON FeatureCollection, one feature per part: its imported boundary, or a square "
                    + "tile of a schematic grid when it has none (properties.schematic); properties: level (in force: "
                    + "assessed at least 48 h before), assessedLevel and assessedOn (the latest stored assessment up to "
                    + "the date; levels are never recomputed here), casesPer100k (new cases over the 7 days assessed), "
                    + "zones (containment zones in force in the caller's view scope), center (where markers stand). "
                    + "zones: their total and list (at most 200) in the caller's view scope. A commune gives its "
                    + "district's map with the commune as selected.")
    MapViews.MapData map(@PathVariable String unit,
                         @Parameter(description = "dd/MM/yyyy or yyyy-MM-dd; default today") @RequestParam(required = false) String date) {
        CurrentUser user = access.currentUser();
        return views.map(units.any(user, unit), Dates.parse("date", date), user, LocaleContextHolder.getLocale());
    }

    @ExceptionHandler(InvalidField.class)
    ResponseEntity<Map<String, String>> invalid(InvalidField e) {
        return ResponseEntity.status(HttpStatus.BAD_REQUEST).body(Map.of("field", e.field(), "error", e.getMessage()));
    }
}
