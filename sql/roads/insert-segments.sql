-- One batch of imported road pieces, keeping only those that intersect the clip polygon (pieces
-- crossing its edge are kept whole, not cut). Length is geodesic (on the WGS 84 spheroid) and
-- travel time follows from it and the speed.
-- $1 jsonb array of {id, from_node, to_node, class, speed_kmh, oneway, name, geojson};
-- $2 source ('osm' | 'import'); $3 clip polygon as GeoJSON (EPSG:4326), or null for no clipping.
with clip as (
  select ST_SetSRID(ST_GeomFromGeoJSON($3::text), 4326) as geom
), rows as (
  select r.*, ST_SetSRID(ST_GeomFromGeoJSON(r.geojson), 4326) as geom
  from jsonb_to_recordset($1::jsonb) as r(
    id integer, from_node integer, to_node integer, class text, speed_kmh real, oneway boolean,
    name text, geojson text
  )
), measured as (
  select rows.*, ST_Length(rows.geom::geography) as length_m
  from rows cross join clip
  where clip.geom is null or ST_Intersects(rows.geom, clip.geom)
), ins as (
  insert into transport.road_segments
    (id, from_node, to_node, class, speed_kmh, length_m, travel_time_s, oneway, source, name, geom)
  select id, from_node, to_node, class, speed_kmh, length_m, length_m / (speed_kmh / 3.6), oneway,
    $2::text, name, geom
  from measured
  returning 1
)
select count(*)::int as inserted from ins
