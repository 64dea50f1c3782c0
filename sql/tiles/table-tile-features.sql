-- The features of one tile of a table source for the JS encoder (the `pglite` path, whose PostGIS
-- has no ST_AsMVT): the same row filter and the same simplification as table-tile-mvt.sql, geometry
-- as GeoJSON in EPSG:4326, properties as a JSON array in catalog order.
-- {{table}}, {{geometry}}, {{values}}: identifiers from the catalog, quoted; bound:
-- $1 z, $2 x, $3 y, $4 simplification tolerance in EPSG:3857 metres, $5 SRID of the geometry column,
-- $6 extent, $7 buffer.
select ST_AsGeoJSON(
         ST_Transform(ST_Simplify(ST_Transform(t.{{geometry}}, 3857), $4::float8, true), 4326)
       ) as geojson,
       json_build_array({{values}}) as properties
from {{table}} as t
where t.{{geometry}} && ST_Transform(ST_TileEnvelope($1::int, $2::int, $3::int, margin => $7::float8 / $6::int), $5::int)
