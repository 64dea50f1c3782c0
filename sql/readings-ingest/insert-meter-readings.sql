-- Inserts the new rows of one chunk of validated meter readings (a stored meter + timestamp is left
-- to update-meter-readings.sql, run next). $1 meter ids, $2 timestamps, $3 values, $4 counters.
with inserted as (
  insert into energy.readings (meter_id, ts, value, counter)
  select * from unnest($1::int[], $2::timestamptz[], $3::float8[], $4::float8[])
  on conflict (meter_id, ts) do nothing
  returning meter_id, ts
)
select count(*)::int as n,
       coalesce(array_agg(distinct meter_id), '{}') as ids,
       min(ts) as from_ts,
       max(ts) as to_ts
from inserted
