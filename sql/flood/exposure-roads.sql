-- Road segments crossing or touching the flood zones of kind $2 of the rivers $1 (text[]), with the
-- length (m, geodesic) of each segment inside them (the union of its pieces, so overlapping zones
-- do not count twice). Zones drive the join, as in exposure-stops.sql.
with hit as (
  select r.id, ST_Length(ST_Union(ST_Intersection(z.geom, r.geom))::geography) as inside_m
  from flood.zones z
  join transport.road_segments r on ST_Intersects(z.geom, r.geom)
  where z.river = any($1::text[]) and z.kind = $2
  group by r.id
)
select r.id::text, coalesce(r.name, '') as name, r.class as kind, null::text as municipality,
       round(hit.inside_m::numeric, 1)::float8 as inside_m, ST_AsGeoJSON(r.geom, 6) as geometry
from transport.road_segments r
join hit using (id)
order by 2, r.id
