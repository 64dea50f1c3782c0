-- The stop-to-stop segments of every trip in the loaded feed (any day), one row per route,
-- direction and consecutive stop pair, as a straight line between the two stops. Ids in key order,
-- so the same feed always gives the same ids. Returns how many were written.
with pairs as (
  select t.route_id, t.direction_id, st.stop_id as from_stop,
         lead(st.stop_id) over (partition by st.trip_id order by st.stop_sequence) as to_stop
  from transport.gtfs_stop_times as st
  join transport.gtfs_trips as t on t.trip_id = st.trip_id
),
keys as (
  select distinct route_id, direction_id, from_stop, to_stop
  from pairs
  where to_stop is not null and to_stop <> from_stop
),
ins as (
  insert into transport.transit_segments
    (id, route_id, direction_id, from_stop, to_stop, route_short_name, route_type, geom)
  select (row_number() over (order by k.route_id, k.direction_id nulls first, k.from_stop, k.to_stop))::int,
         k.route_id, k.direction_id, k.from_stop, k.to_stop, r.short_name, r.route_type,
         ST_MakeLine(a.geom, b.geom)
  from keys as k
  join transport.gtfs_routes as r on r.route_id = k.route_id
  join transport.gtfs_stops as a on a.stop_id = k.from_stop
  join transport.gtfs_stops as b on b.stop_id = k.to_stop
  where a.geom is not null and b.geom is not null
  returning 1
)
select count(*)::int as inserted from ins
