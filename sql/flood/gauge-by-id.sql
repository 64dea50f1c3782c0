select id, name, river, spa_type, catchment_km2,
       dry_h, spa1_h, spa2_h, spa3_h, spa4_h, dry_q, spa1_q, spa2_q, spa3_q, spa4_q
from flood.gauges where id = $1
