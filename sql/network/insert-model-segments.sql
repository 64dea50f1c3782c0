-- One batch of model segments; length and travel time come from the generator (straight length ×
-- detour factor), not from the drawn straight line. $1 jsonb array of {id, from_node, to_node,
-- class, speed_kmh, length_m, travel_time_s, oneway, name, geojson}.
with ins as (
  insert into transport.road_segments
    (id, from_node, to_node, class, speed_kmh, length_m, travel_time_s, oneway, source, name, geom)
  select r.id, r.from_node, r.to_node, r.class, r.speed_kmh, r.length_m, r.travel_time_s, r.oneway, 'model',
    r.name, ST_SetSRID(ST_GeomFromGeoJSON(r.geojson), 4326)
  from jsonb_to_recordset($1::jsonb) as r(
    id integer, from_node integer, to_node integer, class text, speed_kmh real, length_m real,
    travel_time_s real, oneway boolean, name text, geojson text
  )
  returning 1
)
select count(*)::int as inserted from ins
