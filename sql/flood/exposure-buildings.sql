-- Buildings inside the flood zones of kind $2 of the rivers $1 (text[]); a point on a zone's edge is inside.
select b.id::text, b.name, b.type as kind, b.municipality, ST_AsGeoJSON(b.geom, 6) as geometry
from energy.buildings b
where exists (
  select 1 from flood.zones z
  where z.river = any($1::text[]) and z.kind = $2 and ST_Intersects(z.geom, b.geom)
)
order by 2, 1
