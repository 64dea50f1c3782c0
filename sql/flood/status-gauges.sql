-- Every gauge with its thresholds and its latest reading at or before $1 (even an old one: stale).
select g.id, g.name, g.river, g.spa_type, g.catchment_km2,
       g.dry_h, g.spa1_h, g.spa2_h, g.spa3_h, g.dry_q, g.spa1_q, g.spa2_q, g.spa3_q,
       ST_X(g.geom) as lon, ST_Y(g.geom) as lat, last.ts as last_ts
from flood.gauges g
left join lateral (
  select r.ts from flood.readings r
  where r.gauge_id = g.id and r.ts <= $1::timestamptz
  order by r.ts desc limit 1
) last on true
order by g.id
