-- One batch of MODEL segment loads, keyed by the segment's natural key. $1 service day,
-- $2 jsonb array of {route_id, direction_id, from_stop, to_stop, hour, trips, capacity, passengers,
-- load_factor, max_load_factor}. Returns how many rows found their segment.
with ins as (
  insert into transport.transit_occupancy
    (service_date, segment_id, hour, trips, capacity, passengers, load_factor, max_load_factor, source)
  select $1::date, s.id, r.hour, r.trips, r.capacity, r.passengers, r.load_factor, r.max_load_factor, 'model'
  from jsonb_to_recordset($2::jsonb) as r(
    route_id text, direction_id smallint, from_stop text, to_stop text, hour smallint, trips integer,
    capacity integer, passengers real, load_factor real, max_load_factor real
  )
  join transport.transit_segments as s
    on s.route_id = r.route_id and s.direction_id is not distinct from r.direction_id
   and s.from_stop = r.from_stop and s.to_stop = r.to_stop
  returning 1
)
select count(*)::int as inserted from ins
