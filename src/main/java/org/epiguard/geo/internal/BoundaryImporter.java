package org.epiguard.geo.internal;

import org.epiguard.access.AccessContext;
import org.epiguard.access.AuditTrail;
import org.epiguard.access.CurrentUser;
import org.epiguard.geo.AdminUnit;
import org.epiguard.geo.GeoDirectory;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Imports a GeoJSON FeatureCollection of boundaries (administrators only): each feature names its unit
 * by a GSO code in a property the administrator picks ("code" by default) and carries a Polygon or
 * MultiPolygon. Each feature is checked on its own; the good ones are stored (a unit's new boundary
 * replaces its old one), the others are listed by feature index and field, so nothing valid is lost.
 * One audit record per import.
 */
@Service
class BoundaryImporter {

    static final int MAX_MEGABYTES = 20;
    static final int MAX_FEATURES = 20_000;
    static final String DEFAULT_CODE_PROPERTY = "code";

    private final AccessContext access;
    private final GeoDirectory geo;
    private final BoundaryStore store;
    private final AuditTrail audit;
    private final Messages messages;
    private final JsonMapper json;

    BoundaryImporter(AccessContext access, GeoDirectory geo, BoundaryStore store, AuditTrail audit, Messages messages,
                     JsonMapper json) {
        this.access = access;
        this.geo = geo;
        this.store = store;
        this.audit = audit;
        this.messages = messages;
        this.json = json;
    }

    static boolean mayImport(CurrentUser user) {
        return user.isAdmin();
    }

    @Transactional
    BoundaryImport importFile(String fileName, byte[] content, String codeProperty) {
        CurrentUser user = access.currentUser();
        if (!mayImport(user)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
        String property = codeProperty == null || codeProperty.isBlank() ? DEFAULT_CODE_PROPERTY : codeProperty.strip();
        if (!property.matches("[\\p{L}\\p{N}_.:-]{1,64}")) {
            throw InvalidInput.of("codeProperty", "geo.boundary.error.codeProperty");
        }
        JsonNode features = features(content);
        List<BoundaryImport.Error> errors = new ArrayList<>();
        Map<String, Integer> firstIndex = new HashMap<>();
        Map<String, Good> good = new LinkedHashMap<>();
        for (int i = 0; i < features.size(); i++) {
            JsonNode feature = features.get(i);
            String at = "features[" + i + "]";
            if (!feature.isObject() || !"Feature".equals(feature.path("type").asString(""))) {
                errors.add(error(i, at + ".type", feature.path("type").asString(""), "geo.boundary.error.notFeature"));
                continue;
            }
            JsonNode codeNode = feature.path("properties").path(property);
            String code = codeNode.isString() || codeNode.isNumber() ? codeNode.asString().strip() : "";
            String codeField = at + ".properties." + property;
            if (code.isEmpty()) {
                errors.add(error(i, codeField, "", "geo.boundary.error.noCode", property));
                continue;
            }
            var unit = geo.unit(code);
            if (unit.isEmpty()) {
                errors.add(error(i, codeField, code, "geo.boundary.error.unknownCode", code));
                continue;
            }
            if (firstIndex.containsKey(code)) {
                errors.add(error(i, codeField, code, "geo.boundary.error.duplicate", code, firstIndex.get(code)));
                continue;
            }
            Object checked = BoundaryGeometry.check(feature.get("geometry"));
            if (checked instanceof BoundaryGeometry.Problem p) {
                String value = p.field().equals("geometry.type") ? feature.path("geometry").path("type").asString("") : "";
                errors.add(error(i, at + "." + p.field(), value, p.messageKey(), p.args()));
                continue;
            }
            firstIndex.put(code, i);
            good.put(code, new Good(unit.get(), (BoundaryGeometry.Checked) checked));
        }
        var before = store.existing(good.keySet());
        List<String> added = new ArrayList<>(), replaced = new ArrayList<>();
        String source = fileName + " (" + property + ")";
        good.forEach((code, g) -> {
            store.put(code, g.unit().parentCode(), json.writeValueAsString(g.geometry().geoJson()), g.geometry(), source,
                    user.username());
            (before.contains(code) ? replaced : added).add(code);
        });
        audit.record(AuditTrail.Action.IMPORT, "geo_boundary", fileName, null,
                "boundaries from " + fileName + ": " + added.size() + " added, " + replaced.size() + " replaced, "
                        + errors.size() + " refused",
                null, Map.of("added", added, "replaced", replaced, "refused", errors.size(), "codeProperty", property));
        return new BoundaryImport(fileName, property, features.size(), added, replaced, errors);
    }

    private record Good(AdminUnit unit, BoundaryGeometry.Checked geometry) {
    }

    /** The features array of a FeatureCollection, or the file refused as a whole. */
    private JsonNode features(byte[] content) {
        if (content.length == 0) {
            throw InvalidInput.of("file", "geo.boundary.error.empty");
        }
        if (content.length > MAX_MEGABYTES * 1024L * 1024L) {
            throw InvalidInput.of("file", "geo.boundary.error.tooLarge", MAX_MEGABYTES);
        }
        JsonNode root;
        try {
            root = json.readTree(content);
        } catch (JacksonException e) {
            throw InvalidInput.of("file", "geo.boundary.error.notJson");
        }
        if (root == null || !root.isObject() || !"FeatureCollection".equals(root.path("type").asString(""))) {
            throw InvalidInput.of("type", "geo.boundary.error.notFeatureCollection");
        }
        JsonNode features = root.path("features");
        if (!features.isArray()) {
            throw InvalidInput.of("features", "geo.boundary.error.noFeatures");
        }
        if (features.size() > MAX_FEATURES) {
            throw InvalidInput.of("features", "geo.boundary.error.tooManyFeatures", MAX_FEATURES);
        }
        return features;
    }

    private BoundaryImport.Error error(int feature, String field, String value, String key, Object... args) {
        return new BoundaryImport.Error(feature, field, value, messages.get(key, args));
    }
}
