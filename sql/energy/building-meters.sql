-- The meters of building $2 with their measured sum, intervals present and expected in year $1.
with span as (
  select make_date($1::int, 1, 1) as d0,
         make_date($1::int + 1, 1, 1) as d1,
         extract(epoch from ((make_date($1::int + 1, 1, 1)::timestamp at time zone 'Europe/Prague')
                           - (make_date($1::int, 1, 1)::timestamp at time zone 'Europe/Prague'))) / 60 as minutes
)
select m.id, m.code, m.kind, m.unit, m.interval_minutes, m.cumulative, m.capacity_kwp,
       coalesce(sum(mm.total), 0) as measured,
       coalesce(sum(mm.intervals), 0)::int as intervals,
       (span.minutes / m.interval_minutes)::int as expected
  from energy.meters m
  cross join span
  left join energy.meter_months mm on mm.meter_id = m.id and mm.month >= span.d0 and mm.month < span.d1
 where m.building_id = $2::int
 group by m.id, span.minutes
 order by m.kind, m.id
