package org.epiguard.situation.internal;

import org.epiguard.geo.Boundaries.Boundary;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Where each unit of a map is drawn: its imported boundary, or else a square tile of a schematic map.
 * Tiles are laid out in the units' code order on a grid of ⌈√n⌉ columns; beside the real boundaries
 * (to their east, as tall as they are) when some exist, otherwise alone. The same units and boundaries
 * always give the same layout.
 */
final class MapLayout {

    /** A unit's shape (GeoJSON geometry text) and the point its markers stand on. */
    record Shape(String code, String geometry, double centerLon, double centerLat, boolean schematic) {
    }

    private MapLayout() {
    }

    static List<Shape> shapes(List<String> codes, Map<String, Boundary> boundaries) {
        List<String> missing = codes.stream().filter(c -> !boundaries.containsKey(c)).toList();
        int cols = (int) Math.ceil(Math.sqrt(missing.size()));
        int rows = cols == 0 ? 0 : (int) Math.ceil(missing.size() / (double) cols);
        double size = 0.1, left = 0, top = 0;
        if (missing.size() < codes.size()) {
            double minLat = Double.MAX_VALUE, maxLat = -Double.MAX_VALUE, maxLon = -Double.MAX_VALUE;
            for (Boundary b : boundaries.values()) {
                minLat = Math.min(minLat, b.minLat());
                maxLat = Math.max(maxLat, b.maxLat());
                maxLon = Math.max(maxLon, b.maxLon());
            }
            size = Math.max((maxLat - minLat) / Math.max(rows, 1), 0.01);
            left = maxLon + size / 2;
            top = maxLat;
        }
        List<Shape> shapes = new ArrayList<>(codes.size());
        int k = 0;
        for (String code : codes) {
            Boundary b = boundaries.get(code);
            if (b != null) {
                shapes.add(new Shape(code, b.geometry(), b.centroidLon(), b.centroidLat(), false));
                continue;
            }
            double x0 = left + (k % cols) * size, y1 = top - (k / cols) * size;
            double x1 = x0 + size * 0.92, y0 = y1 - size * 0.92;
            k++;
            shapes.add(new Shape(code, String.format(Locale.ROOT,
                    "{\"type\":\"Polygon\",\"coordinates\":[[[%1$.5f,%2$.5f],[%3$.5f,%2$.5f],[%3$.5f,%4$.5f],[%1$.5f,%4$.5f],[%1$.5f,%2$.5f]]]}",
                    x0, y0, x1, y1), (x0 + x1) / 2, (y0 + y1) / 2, true));
        }
        return shapes;
    }
}
