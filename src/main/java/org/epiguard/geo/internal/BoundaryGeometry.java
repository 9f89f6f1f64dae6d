package org.epiguard.geo.internal;

import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks one GeoJSON geometry of a boundary file: a Polygon or MultiPolygon whose rings have at least
 * four positions of longitude (−180..180) and latitude (−90..90). A good one gives its bounding box
 * and centroid (area-weighted over the outer rings; the middle of the box when they have no area).
 */
final class BoundaryGeometry {

    /** A refused geometry: the field under {@code features[i].geometry} and the message key with its arguments. */
    record Problem(String field, String messageKey, Object... args) {
    }

    /** A checked geometry: its GeoJSON text (type and coordinates only), box and centroid. */
    record Checked(String type, JsonNode coordinates, double minLon, double minLat, double maxLon, double maxLat,
                   double centroidLon, double centroidLat) {

        Map<String, Object> geoJson() {
            Map<String, Object> g = new LinkedHashMap<>();
            g.put("type", type);
            g.put("coordinates", coordinates);
            return g;
        }
    }

    private double minLon = Double.MAX_VALUE, minLat = Double.MAX_VALUE, maxLon = -Double.MAX_VALUE, maxLat = -Double.MAX_VALUE;
    private double area, cx, cy;

    private BoundaryGeometry() {
    }

    /** The checked geometry, or the problem that refuses it. */
    static Object check(JsonNode geometry) {
        if (geometry == null || geometry.isNull() || geometry.isMissingNode()) {
            return new Problem("geometry", "geo.boundary.error.noGeometry");
        }
        String type = geometry.path("type").asString("");
        if (!type.equals("Polygon") && !type.equals("MultiPolygon")) {
            return new Problem("geometry.type", "geo.boundary.error.wrongType", type.isEmpty() ? "—" : type);
        }
        JsonNode coordinates = geometry.path("coordinates");
        List<JsonNode> polygons = new ArrayList<>();
        if (type.equals("Polygon")) {
            polygons.add(coordinates);
        } else if (coordinates.isArray() && !coordinates.isEmpty()) {
            coordinates.values().forEach(polygons::add);
        } else {
            return new Problem("geometry.coordinates", "geo.boundary.error.badCoordinates");
        }
        BoundaryGeometry g = new BoundaryGeometry();
        for (JsonNode polygon : polygons) {
            Problem p = g.polygon(polygon);
            if (p != null) {
                return p;
            }
        }
        double cLon = g.area == 0 ? (g.minLon + g.maxLon) / 2 : g.cx / (6 * g.area);
        double cLat = g.area == 0 ? (g.minLat + g.maxLat) / 2 : g.cy / (6 * g.area);
        return new Checked(type, coordinates, g.minLon, g.minLat, g.maxLon, g.maxLat, cLon, cLat);
    }

    private Problem polygon(JsonNode rings) {
        if (!rings.isArray() || rings.isEmpty()) {
            return new Problem("geometry.coordinates", "geo.boundary.error.badCoordinates");
        }
        boolean outer = true;
        for (JsonNode ring : rings) {
            if (!ring.isArray() || ring.size() < 4) {
                return new Problem("geometry.coordinates", "geo.boundary.error.badCoordinates");
            }
            double[] xs = new double[ring.size()], ys = new double[ring.size()];
            int k = 0;
            for (JsonNode position : ring) {
                if (!position.isArray() || position.size() < 2 || !position.get(0).isNumber() || !position.get(1).isNumber()) {
                    return new Problem("geometry.coordinates", "geo.boundary.error.badCoordinates");
                }
                double lon = position.get(0).doubleValue(), lat = position.get(1).doubleValue();
                if (lon < -180 || lon > 180 || lat < -90 || lat > 90) {
                    return new Problem("geometry.coordinates", "geo.boundary.error.outOfRange", lon, lat);
                }
                xs[k] = lon;
                ys[k++] = lat;
                minLon = Math.min(minLon, lon);
                maxLon = Math.max(maxLon, lon);
                minLat = Math.min(minLat, lat);
                maxLat = Math.max(maxLat, lat);
            }
            if (outer) {
                addArea(xs, ys);
            }
            outer = false;
        }
        return null;
    }

    /** Shoelace sums of one outer ring, with its sign made positive so that rings of either winding add up. */
    private void addArea(double[] x, double[] y) {
        double a = 0, sx = 0, sy = 0;
        for (int i = 0, n = x.length; i < n; i++) {
            int j = (i + 1) % n;
            double cross = x[i] * y[j] - x[j] * y[i];
            a += cross / 2;
            sx += (x[i] + x[j]) * cross;
            sy += (y[i] + y[j]) * cross;
        }
        double sign = a < 0 ? -1 : 1;
        area += a * sign;
        cx += sx * sign;
        cy += sy * sign;
    }
}
