-- One gauge's readings in [$2, $3].
select ts, level_cm, discharge_m3s, precipitation_mm
from flood.readings
where gauge_id = $1 and ts >= $2::timestamptz and ts <= $3::timestamptz
order by ts
