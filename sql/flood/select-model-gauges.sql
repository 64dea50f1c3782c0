-- The gauges the seeded model generates readings for, with thresholds and position.
select id, name, river, catchment_km2, spa_type,
       dry_h, spa1_h, spa2_h, spa3_h, spa4_h, dry_q, spa1_q, spa2_q, spa3_q, spa4_q,
       ST_X(geom) as lon, ST_Y(geom) as lat
from flood.gauges
order by id
