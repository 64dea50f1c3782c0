-- Road segments crossing or touching the flood zones of kind $2 of the rivers $1 (text[]), with the
-- length (m, geodesic) of each segment that lies inside them.
select r.id::text, coalesce(r.name, '') as name, r.class as kind, null::text as municipality,
       round(ST_Length(ST_Intersection(r.geom, zz.geom)::geography)::numeric, 1)::float8 as inside_m,
       ST_AsGeoJSON(r.geom, 6) as geometry
from transport.road_segments r
cross join lateral (
  select ST_Union(z.geom) as geom from flood.zones z
  where z.river = any($1::text[]) and z.kind = $2 and ST_Intersects(z.geom, r.geom)
) zz
where zz.geom is not null
order by 2, r.id
