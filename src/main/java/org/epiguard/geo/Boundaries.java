package org.epiguard.geo;

import java.util.List;
import java.util.Optional;

/**
 * The imported boundaries of administrative units (GeoJSON, longitude/latitude), for the maps of other
 * modules. Boundaries are not personal data. A unit without an imported boundary has none here: the
 * caller draws it another way (e.g. as a tile of a schematic map).
 */
public interface Boundaries {

    /** The boundaries of the units whose parent is this unit (districts of a province, communes of a district). */
    List<Boundary> ofChildren(String parentCode);

    Optional<Boundary> of(String unitCode);

    /**
     * A unit's boundary: its GeoJSON geometry (a Polygon or MultiPolygon object, as text), bounding box
     * and centroid (the area-weighted centre of its outer rings).
     */
    record Boundary(String unitCode, String geometry, double minLon, double minLat, double maxLon, double maxLat,
                    double centroidLon, double centroidLat) {
    }
}
