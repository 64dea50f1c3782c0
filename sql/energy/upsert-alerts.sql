-- Stores detected alerts ($1 jsonb array); one already stored keeps its id and detected_at.
insert into energy.alerts (building_id, meter_id, kind, severity, starts_at, ends_at, details)
select x.building_id, x.meter_id, x.kind, x.severity, x.starts_at, x.ends_at, coalesce(x.details, '{}')
  from jsonb_to_recordset($1::jsonb)
    as x(building_id int, meter_id int, kind text, severity text, starts_at timestamptz, ends_at timestamptz, details jsonb)
on conflict (meter_id, kind, starts_at) do update
  set severity = excluded.severity, ends_at = excluded.ends_at, details = excluded.details
