-- Heritage inside the flood zones of kind $2 of the rivers $1 (text[]); a point on a zone's edge is inside.
select h.id, h.name, h.kind, h.municipality, ST_AsGeoJSON(h.geom, 6) as geometry
from heritage.sites h
where exists (
  select 1 from flood.zones z
  where z.river = any($1::text[]) and z.kind = $2 and ST_Intersects(z.geom, h.geom)
)
order by 2, 1
