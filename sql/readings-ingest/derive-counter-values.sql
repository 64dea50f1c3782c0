-- value of a cumulative meter's reading = its counter − the previous reading's counter. Recomputed
-- after a batch over the batch's span per meter plus the first stored reading after it, so that
-- backfills and corrections also fix the neighbour whose predecessor changed. The first reading of
-- a meter keeps value null. $1 meter ids, $2 timestamps (parallel arrays, one entry per batch row).
with span as (
  select meter_id, min(ts) as lo, max(ts) as hi
  from unnest($1::int[], $2::timestamptz[]) as b (meter_id, ts)
  group by meter_id
), bounds as (
  select s.meter_id, s.lo,
         coalesce((select max(r.ts) from energy.readings r where r.meter_id = s.meter_id and r.ts < s.lo), s.lo) as from_ts,
         coalesce((select min(r.ts) from energy.readings r where r.meter_id = s.meter_id and r.ts > s.hi), s.hi) as to_ts
  from span s
), derived as (
  select r.meter_id, r.ts, b.lo,
         r.counter - lag(r.counter) over (partition by r.meter_id order by r.ts) as value
  from bounds b
  join energy.readings r on r.meter_id = b.meter_id and r.ts between b.from_ts and b.to_ts
)
update energy.readings r
set value = d.value
from derived d
where r.meter_id = d.meter_id and r.ts = d.ts and d.ts >= d.lo and r.value is distinct from d.value
