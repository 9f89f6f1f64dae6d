package org.epiguard.geo.internal;

import org.epiguard.geo.Boundaries;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** geo_boundary: the stored boundaries, written by {@link BoundaryImporter}, read by other modules' maps. */
@Repository
class BoundaryStore implements Boundaries {

    private static final RowMapper<Boundary> MAPPER = (rs, i) -> new Boundary(rs.getString("unit_code"),
            rs.getString("geometry"), rs.getDouble("min_lon"), rs.getDouble("min_lat"), rs.getDouble("max_lon"),
            rs.getDouble("max_lat"), rs.getDouble("centroid_lon"), rs.getDouble("centroid_lat"));

    private final JdbcClient jdbc;

    BoundaryStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Boundary> ofChildren(String parentCode) {
        return jdbc.sql("select * from geo_boundary where parent_code = :p order by unit_code")
                .param("p", parentCode).query(MAPPER).list();
    }

    @Override
    public Optional<Boundary> of(String unitCode) {
        return jdbc.sql("select * from geo_boundary where unit_code = :u").param("u", unitCode).query(MAPPER).optional();
    }

    /** Which of these units already have a boundary. */
    Set<String> existing(Collection<String> unitCodes) {
        if (unitCodes.isEmpty()) {
            return Set.of();
        }
        return Set.copyOf(jdbc.sql("select unit_code from geo_boundary where unit_code in (:u)")
                .param("u", unitCodes).query(String.class).list());
    }

    /** Adds the unit's boundary or replaces the one it had. */
    void put(String unitCode, String parentCode, String geometry, BoundaryGeometry.Checked g, String source,
             String username) {
        jdbc.sql("""
                        insert into geo_boundary (unit_code, parent_code, geometry, min_lon, min_lat, max_lon, max_lat,
                                                  centroid_lon, centroid_lat, source, imported_by)
                        values (:u, :p, :g, :x0, :y0, :x1, :y1, :cx, :cy, :src, :by)
                        on conflict (unit_code) do update set geometry = excluded.geometry, min_lon = excluded.min_lon,
                            min_lat = excluded.min_lat, max_lon = excluded.max_lon, max_lat = excluded.max_lat,
                            centroid_lon = excluded.centroid_lon, centroid_lat = excluded.centroid_lat,
                            source = excluded.source, imported_by = excluded.imported_by, imported_at = now()""")
                .param("u", unitCode).param("p", parentCode).param("g", geometry).param("x0", g.minLon())
                .param("y0", g.minLat()).param("x1", g.maxLon()).param("y1", g.maxLat()).param("cx", g.centroidLon())
                .param("cy", g.centroidLat()).param("src", source).param("by", username).update();
    }

    /** Boundaries stored per level of unit inside a province: PROVINCE/DISTRICT/COMMUNE → count. */
    List<LevelCount> countsIn(String provinceCode) {
        return jdbc.sql("""
                        select u.level, count(b.unit_code) as with_boundary, count(*) as units
                          from geo_admin_unit u left join geo_boundary b on b.unit_code = u.code
                         where u.province_code = :p group by u.level order by min(length(u.code))""")
                .param("p", provinceCode)
                .query((rs, i) -> new LevelCount(rs.getString(1), rs.getLong(2), rs.getLong(3))).list();
    }

    record LevelCount(String level, long withBoundary, long units) {
    }
}
