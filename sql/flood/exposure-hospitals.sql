-- Hospitals inside the flood zones of kind $2 of the rivers $1 (text[]); a point on a zone's edge is inside.
select x.id, x.name, x.facility_type as kind, x.city as municipality, ST_AsGeoJSON(x.geom, 6) as geometry
from emergency.hospitals x
where exists (
  select 1 from flood.zones z
  where z.river = any($1::text[]) and z.kind = $2 and ST_Intersects(z.geom, x.geom)
)
order by 2, 1
