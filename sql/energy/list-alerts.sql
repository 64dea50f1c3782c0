-- Detected energy alerts filtered by $1 building id, $2 kind and $3 status ('open': no end yet,
-- 'closed', 'all'); newest first.
select a.id, a.building_id, b.name as building_name, a.meter_id, m.code as meter_code, m.kind as meter_kind,
       a.kind, a.severity, a.starts_at, a.ends_at, a.detected_at, a.details
  from energy.alerts a
  join energy.buildings b on b.id = a.building_id
  join energy.meters m on m.id = a.meter_id
 where ($1::int is null or a.building_id = $1::int)
   and ($2::text is null or a.kind = $2::text)
   and ($3::text = 'all' or ($3::text = 'open') = (a.ends_at is null))
 order by a.starts_at desc, a.id
