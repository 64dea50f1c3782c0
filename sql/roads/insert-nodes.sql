-- One batch of imported junctions. $1 jsonb array of {id, ref, lon, lat}; $2 source ('osm' | 'import').
with ins as (
  insert into transport.road_nodes (id, kind, ref, name, source, geom)
  select r.id, 'junction', r.ref, null, $2::text, ST_SetSRID(ST_MakePoint(r.lon, r.lat), 4326)
  from jsonb_to_recordset($1::jsonb) as r(id integer, ref text, lon float8, lat float8)
  returning 1
)
select count(*)::int as inserted from ins
