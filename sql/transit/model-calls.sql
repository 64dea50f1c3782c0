-- Input of the occupancy model: every call of every trip running on one service day, in trip and
-- stop order, with its stop place (the parent station, or the stop itself) and the route's type.
-- The time is the departure, or the arrival where there is none (null between untimed stops).
-- $1 service day (date)
select t.trip_id,
       t.route_id,
       t.direction_id,
       r.route_type,
       r.short_name as route_short_name,
       st.stop_id,
       coalesce(s.parent_station, s.stop_id) as place_id,
       coalesce(st.departure_s, st.arrival_s) as time_s,
       st.pickup_type is distinct from 1 as pickup,
       st.drop_off_type is distinct from 1 as drop_off
from transport.gtfs_trips as t
join transport.gtfs_routes as r on r.route_id = t.route_id
join transport.gtfs_stop_times as st on st.trip_id = t.trip_id
join transport.gtfs_stops as s on s.stop_id = st.stop_id
where t.service_id in (select transport.gtfs_service_ids($1::date))
order by t.trip_id, st.stop_sequence
