-- Hourly amounts per meter kind of building $1 for local days in [$2, $3) (dates), straight from the
-- readings (the API bounds the span); gas in m³ converted to kWh with $4 kWh/m³. Local hours as text
-- without offset; the repeated hour at the October switch is summed into one.
select to_char(date_trunc('hour', r.ts at time zone 'Europe/Prague'), 'YYYY-MM-DD"T"HH24:00') as t, m.kind,
       sum(r.value * case when m.kind = 'gas' and m.unit = 'm3' then $4::float8 else 1 end) as amount
  from energy.readings r
  join energy.meters m on m.id = r.meter_id
 where m.building_id = $1::int
   and r.ts >= $2::date::timestamp at time zone 'Europe/Prague'
   and r.ts < $3::date::timestamp at time zone 'Europe/Prague'
 group by 1, 2
 order by 1
