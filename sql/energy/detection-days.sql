-- The daily aggregates fault detection reads: every meter ($1 int[], null: all) with its building.
select md.meter_id, m.code as meter_code, m.building_id, b.type as building_type, m.kind, m.unit, m.interval_minutes, m.capacity_kwp,
       md.day::text as day, md.total, md.intervals, md.expected, md.night_min
  from energy.meter_days md
  join energy.meters m on m.id = md.meter_id
  join energy.buildings b on b.id = m.building_id
 where $1::int[] is null or md.meter_id = any ($1::int[])
 order by md.meter_id, md.day
