-- The stored counters a batch of cumulative readings is judged against: per meter, every reading in
-- the batch's time span plus the last one before it and the first one after it.
-- $1 meter ids, $2 timestamps (parallel arrays, one entry per batch row).
with span as (
  select meter_id, min(ts) as lo, max(ts) as hi
  from unnest($1::int[], $2::timestamptz[]) as b (meter_id, ts)
  group by meter_id
)
select r.meter_id, r.ts, r.counter
from span s
join energy.readings r on r.meter_id = s.meter_id and r.ts between s.lo and s.hi
union all
select p.meter_id, p.ts, p.counter
from span s
cross join lateral (
  select meter_id, ts, counter from energy.readings r
  where r.meter_id = s.meter_id and r.ts < s.lo order by r.ts desc limit 1
) p
union all
select n.meter_id, n.ts, n.counter
from span s
cross join lateral (
  select meter_id, ts, counter from energy.readings r
  where r.meter_id = s.meter_id and r.ts > s.hi order by r.ts limit 1
) n
