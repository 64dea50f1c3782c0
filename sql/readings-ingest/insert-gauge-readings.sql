-- Inserts the new rows of one chunk of validated gauge readings (a stored gauge + timestamp is left
-- to update-gauge-readings.sql, run next). $1 gauge ids, $2 timestamps, $3 level cm,
-- $4 discharge m³/s, $5 precipitation mm (parallel arrays).
with inserted as (
  insert into flood.readings (gauge_id, ts, level_cm, discharge_m3s, precipitation_mm)
  select * from unnest($1::text[], $2::timestamptz[], $3::float8[], $4::float8[], $5::float8[])
  on conflict (gauge_id, ts) do nothing
  returning gauge_id, ts
)
select count(*)::int as n,
       coalesce(array_agg(distinct gauge_id), '{}') as ids,
       min(ts) as from_ts,
       max(ts) as to_ts
from inserted
