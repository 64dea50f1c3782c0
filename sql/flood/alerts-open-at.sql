-- … and the ones open at $2 are taken up again, their peak recomputed over the readings before $2
-- (highest value, lowest for drought; the earliest such reading), so that the state is what it was at $2.
select a.id, a.gauge_id, a.stage, a.measure, a.opened_at, p.value as peak_value, p.ts as peak_at
from flood.alerts a
cross join lateral (
  select r.ts, case when a.measure = 'H' then r.level_cm else r.discharge_m3s end as value
  from flood.readings r
  where r.gauge_id = a.gauge_id and r.ts >= a.opened_at and r.ts < $2::timestamptz
    and (case when a.measure = 'H' then r.level_cm else r.discharge_m3s end) is not null
  order by (case when a.stage = 'drought' then 1 else -1 end)
           * (case when a.measure = 'H' then r.level_cm else r.discharge_m3s end), r.ts
  limit 1
) p
where a.gauge_id = any($1::text[]) and a.opened_at < $2::timestamptz
  and (a.closed_at is null or a.closed_at >= $2::timestamptz)
