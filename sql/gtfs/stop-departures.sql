-- Departures from one stop, or from every platform of a station, on one service day from a time on:
-- for a stop popup. A trip's last stop, and a stop without pickup, is no departure. Times in seconds of the service day.
-- $1 stop_id (a stop or a station), $2 service day (date), $3 from (seconds), $4 most rows.
select st.departure_s,
       st.stop_id,
       s.platform_code,
       r.route_id,
       r.short_name,
       r.route_type,
       r.color,
       r.text_color,
       coalesce(st.stop_headsign, t.headsign) as headsign,
       t.trip_id
from transport.gtfs_stop_times as st
join transport.gtfs_stops as s on s.stop_id = st.stop_id
join transport.gtfs_trips as t on t.trip_id = st.trip_id
join transport.gtfs_routes as r on r.route_id = t.route_id
where (st.stop_id = $1::text or s.parent_station = $1::text)
  and t.service_id in (select transport.gtfs_service_ids($2::date))
  and st.departure_s >= $3::int
  and st.pickup_type is distinct from 1
  and st.stop_sequence < (select max(l.stop_sequence) from transport.gtfs_stop_times as l where l.trip_id = st.trip_id)
order by st.departure_s, r.short_name, t.trip_id
limit $4::int
