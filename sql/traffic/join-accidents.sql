-- Joins every accident to its nearest road segment: the 8 nearest by planar distance in degrees (KNN
-- `<->`, GiST index), then the nearest of those in metres on the ellipsoid (a degree of longitude is
-- ~0.64 of a degree of latitude here, so the planar order alone could pick the wrong one).
-- distance_m is kept for every accident; segment_id only within $1 metres.
with nearest as (
  select a.id, c.segment_id, c.distance_m
  from transport.accidents a
  cross join lateral (
    select k.id as segment_id, ST_Distance(a.geom::geography, k.geom::geography) as distance_m
    from (
      select s.id, s.geom from transport.road_segments s order by s.geom <-> a.geom limit 8
    ) k
    order by 2, 1
    limit 1
  ) c
), upd as (
  update transport.accidents a
  set segment_id = case when n.distance_m <= $1 then n.segment_id end, distance_m = n.distance_m
  from nearest n
  where n.id = a.id
  returning a.segment_id
)
select count(*)::int as accidents, count(segment_id)::int as joined from upd
