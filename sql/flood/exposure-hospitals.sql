-- Hospitals inside the flood zones of kind $2 of the rivers $1 (text[]); a point on a zone's edge is inside.
-- Zones drive the join (each zone's geometry is then prepared once for all candidates from the GiST index):
-- an EXISTS per feature re-reads the zones' tens of thousands of vertices per feature and is 50× slower.
with hit as (
  select distinct b.id
  from flood.zones z
  join emergency.hospitals b on ST_Intersects(z.geom, b.geom)
  where z.river = any($1::text[]) and z.kind = $2
)
select b.id, b.name, b.facility_type as kind, b.city as municipality, ST_AsGeoJSON(b.geom, 6) as geometry
from emergency.hospitals b
join hit using (id)
order by 2, 1
