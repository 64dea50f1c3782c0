-- One batch of MODEL boardings and alightings. $1 service day, $2 jsonb array of
-- {stop_id, hour, boardings, alightings}.
with ins as (
  insert into transport.transit_stop_activity (service_date, stop_id, hour, boardings, alightings, source)
  select $1::date, r.stop_id, r.hour, r.boardings, r.alightings, 'model'
  from jsonb_to_recordset($2::jsonb) as r(stop_id text, hour smallint, boardings real, alightings real)
  returning 1
)
select count(*)::int as inserted from ins
