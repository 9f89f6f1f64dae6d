-- geo: the boundaries of administrative units, imported by an administrator from GeoJSON.
-- No PostGIS: the geometry (a GeoJSON Polygon or MultiPolygon, longitude/latitude WGS 84) is kept as
-- text as it was checked, with its bounding box and centroid for placing labels and markers. One row
-- per unit; a new upload of the unit replaces it. A unit without a row is drawn as a schematic tile.
create table geo_boundary (
    unit_code    text primary key references geo_admin_unit (code),
    parent_code  text references geo_admin_unit (code),
    geometry     text not null,
    min_lon      double precision not null,
    min_lat      double precision not null,
    max_lon      double precision not null,
    max_lat      double precision not null,
    centroid_lon double precision not null,
    centroid_lat double precision not null,
    source       text,
    imported_by  text not null,
    imported_at  timestamptz not null default now()
);
create index geo_boundary_parent on geo_boundary (parent_code);
