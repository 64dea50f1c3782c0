-- Thresholds of the given gauges ($1 text[]).
select id, spa_type, dry_h, spa1_h, spa2_h, spa3_h, dry_q, spa1_q, spa2_q, spa3_q
from flood.gauges
where id = any($1::text[])
