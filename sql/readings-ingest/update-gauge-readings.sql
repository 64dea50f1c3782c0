-- Corrections: a measurement sent for a stored gauge + timestamp replaces the stored one, a
-- measurement left out keeps it (level and precipitation may arrive separately); identical re-posts
-- change nothing. Same parameters as insert-gauge-readings.sql,
-- then $6 first and $7 last timestamp.
with b as (
  select * from unnest($1::text[], $2::timestamptz[], $3::float8[], $4::float8[], $5::float8[])
    as b (gauge_id, ts, level_cm, discharge_m3s, precipitation_mm)
), updated as (
  update flood.readings r
  set level_cm = coalesce(b.level_cm, r.level_cm),
      discharge_m3s = coalesce(b.discharge_m3s, r.discharge_m3s),
      precipitation_mm = coalesce(b.precipitation_mm, r.precipitation_mm)
  from b
  where r.gauge_id = b.gauge_id and r.ts = b.ts
    and r.ts between $6 and $7 -- the chunk's span: only its monthly partitions are probed
    and (r.level_cm, r.discharge_m3s, r.precipitation_mm) is distinct from
        (coalesce(b.level_cm, r.level_cm), coalesce(b.discharge_m3s, r.discharge_m3s),
         coalesce(b.precipitation_mm, r.precipitation_mm))
  returning r.gauge_id, r.ts
)
select count(*)::int as n,
       coalesce(array_agg(distinct gauge_id), '{}') as ids,
       min(ts) as from_ts,
       max(ts) as to_ts
from updated
