-- Monthly amounts per meter kind of building $1 in local months starting in [$2, $3) (dates); gas in
-- m³ converted to kWh with $4 kWh/m³.
select mm.month::text as t, m.kind,
       sum(mm.total * case when m.kind = 'gas' and m.unit = 'm3' then $4::float8 else 1 end) as amount
  from energy.meter_months mm
  join energy.meters m on m.id = mm.meter_id
 where m.building_id = $1::int and mm.month >= $2::date and mm.month < $3::date
 group by 1, 2
 order by 1
