-- Stops inside the flood zones of kind $2 of the rivers $1 (text[]); a point on a zone's edge is inside.
select s.id::text, s.name, 'stop' as kind, s.municipality, ST_AsGeoJSON(s.geom, 6) as geometry
from transport.stops s
where exists (
  select 1 from flood.zones z
  where z.river = any($1::text[]) and z.kind = $2 and ST_Intersects(z.geom, s.geom)
)
order by 2, 1
