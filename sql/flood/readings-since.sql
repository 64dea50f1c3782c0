-- The readings of gauges $1 from $2 on, the input of the alert state machine.
select gauge_id, ts, level_cm, discharge_m3s
from flood.readings
where gauge_id = any($1::text[]) and ts >= $2::timestamptz
order by gauge_id, ts
