-- Daily amounts per meter kind of building $1 on local days in [$2, $3) (dates); gas in m³ converted
-- to kWh with $4 kWh/m³.
select md.day::text as t, m.kind,
       sum(md.total * case when m.kind = 'gas' and m.unit = 'm3' then $4::float8 else 1 end) as amount
  from energy.meter_days md
  join energy.meters m on m.id = md.meter_id
 where m.building_id = $1::int and md.day >= $2::date and md.day < $3::date
 group by 1, 2
 order by 1
