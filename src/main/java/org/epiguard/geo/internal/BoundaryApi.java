package org.epiguard.geo.internal;

import com.fasterxml.jackson.annotation.JsonRawValue;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.epiguard.geo.GeoDirectory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;

import java.io.IOException;
import java.util.List;
import java.util.Map;

/** Boundaries for machine clients: the GeoJSON import (administrators) and the boundaries of a unit's parts. */
@RestController
@RequestMapping("/api/v1/geo/boundaries")
@Tag(name = "geo: boundaries", description = "Unit boundaries imported from GeoJSON, for the maps")
class BoundaryApi {

    private final BoundaryImporter importer;
    private final BoundaryStore store;
    private final GeoDirectory geo;
    private final Messages messages;

    BoundaryApi(BoundaryImporter importer, BoundaryStore store, GeoDirectory geo, Messages messages) {
        this.importer = importer;
        this.store = store;
        this.geo = geo;
        this.messages = messages;
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Import a GeoJSON FeatureCollection of boundaries (administrator)",
            description = "Each feature names its unit by its GSO code in the property codeProperty (default \"code\") "
                    + "and has a Polygon or MultiPolygon geometry (longitude, latitude). Good features are stored, a "
                    + "unit's new boundary replacing its old one; refused ones are listed by feature index and field. "
                    + "A file that is not a FeatureCollection, not JSON or larger than 20 MB is refused whole (400).")
    BoundaryImport upload(@RequestParam("file") MultipartFile file,
                          @Parameter(description = "the feature property holding the GSO code; default code")
                          @RequestParam(required = false) String codeProperty) throws IOException {
        return importer.importFile(PopulationController.fileName(file), file.getBytes(), codeProperty);
    }

    @GetMapping(path = "/{parent}", produces = "application/geo+json")
    @Operation(summary = "The boundaries of a unit's parts (districts of a province, communes of a district) as a FeatureCollection",
            description = "Only parts with an imported boundary; each feature's properties: code, name.")
    FeatureCollection children(@PathVariable String parent) {
        if (geo.unit(parent).isEmpty()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return new FeatureCollection("FeatureCollection", store.ofChildren(parent).stream()
                .map(b -> new Feature("Feature", Map.of("code", b.unitCode(), "name", geo.name(b.unitCode())), b.geometry()))
                .toList());
    }

    record FeatureCollection(String type, List<Feature> features) {
    }

    record Feature(String type, Map<String, String> properties, @JsonRawValue String geometry) {
    }

    @ExceptionHandler(InvalidInput.class)
    ResponseEntity<Map<String, Object>> invalid(InvalidInput e) {
        return ResponseEntity.status(HttpStatus.BAD_REQUEST).body(Map.of("errors", messages.byField(e)));
    }
}
