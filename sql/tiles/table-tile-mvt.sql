-- One tile of a table source encoded by PostGIS (the `postgis` path).
-- {{table}}, {{geometry}}, {{columns}}: identifiers from the catalog, quoted; everything else is bound:
-- $1 z, $2 x, $3 y, $4 simplification tolerance in EPSG:3857 metres, $5 layer name,
-- $6 feature-id column ('__mvt_id' or null), $7 SRID of the geometry column, $8 extent, $9 buffer.
-- ST_Simplify (PostGIS's own Douglas-Peucker, collapsed parts kept for ST_AsMVTGeom to judge) rather
-- than GEOS's ST_SimplifyPreserveTopology, whose results changed between GEOS 3.11 and 3.13: PGlite
-- ships a newer GEOS, and both encoding paths must simplify alike.
with bounds as (
  select ST_TileEnvelope($1::int, $2::int, $3::int) as tile,
         ST_Transform(ST_TileEnvelope($1::int, $2::int, $3::int, margin => $9::float8 / $8::int), $7::int) as filter
)
select ST_AsMVT(mvt, $5::text, $8::int, '__mvt_geom', $6::text) as tile
from (
  select ST_AsMVTGeom(
           ST_Simplify(ST_Transform(t.{{geometry}}, 3857), $4::float8, true),
           bounds.tile, $8::int, $9::int, true
         ) as __mvt_geom,
         {{columns}}
  from {{table}} as t, bounds
  where t.{{geometry}} && bounds.filter
) as mvt
where mvt.__mvt_geom is not null
