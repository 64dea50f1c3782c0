-- Corrections: a chunk's rows whose meter + timestamp is stored with a different value (or, for a
-- cumulative meter, counter) replace the stored one; identical re-posts change nothing. Cumulative
-- rows arrive with value null and keep the stored value here: derive-counter-values.sql recomputes
-- it from the counters afterwards. $1 meter ids, $2 timestamps, $3 values, $4 counters, $5 first and $6 last timestamp.
with updated as (
  update energy.readings r
  set value = case when b.counter is null then b.value else r.value end,
      counter = b.counter
  from unnest($1::int[], $2::timestamptz[], $3::float8[], $4::float8[]) as b (meter_id, ts, value, counter)
  where r.meter_id = b.meter_id and r.ts = b.ts
    and r.ts between $5 and $6 -- the chunk's span: only its monthly partitions are probed
    and ((b.counter is null and r.value is distinct from b.value) or r.counter is distinct from b.counter)
  returning r.meter_id, r.ts
)
select count(*)::int as n,
       coalesce(array_agg(distinct meter_id), '{}') as ids,
       min(ts) as from_ts,
       max(ts) as to_ts
from updated
