-- One batch of modelled hourly counts. $1 jsonb array of {s: segment_id, d: day_type, h: hour,
-- v: vehicles, hv: heavy_vehicles}.
with ins as (
  insert into transport.traffic_counts (segment_id, day_type, hour, vehicles, heavy_vehicles, source)
  select r.s, r.d, r.h, r.v, r.hv, 'model'
  from jsonb_to_recordset($1::jsonb) as r(s integer, d text, h smallint, v real, hv real)
  returning 1
)
select count(*)::int as inserted from ins
