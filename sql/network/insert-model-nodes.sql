-- One batch of model nodes. $1 jsonb array of {id, kind, ref, name, lon, lat}.
with ins as (
  insert into transport.road_nodes (id, kind, ref, name, source, geom)
  select r.id, r.kind, r.ref, r.name, 'model', ST_SetSRID(ST_MakePoint(r.lon, r.lat), 4326)
  from jsonb_to_recordset($1::jsonb) as r(id integer, kind text, ref text, name text, lon float8, lat float8)
  returning 1
)
select count(*)::int as inserted from ins
