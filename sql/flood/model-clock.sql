-- The model's clock: the latest reading of any gauge (one index probe per gauge on the primary key).
select max(last.ts) as clock
from flood.gauges g
cross join lateral (
  select r.ts from flood.readings r where r.gauge_id = g.id order by r.ts desc limit 1
) last
