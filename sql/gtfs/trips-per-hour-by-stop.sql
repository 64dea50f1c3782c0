-- Trips calling per hour of one service day at each stop (platform), by the time they call there
-- (departure, or arrival at a stop without one; stops between timepoints without times are not counted).
-- A station id selects its platforms. Hours of the service day (24+ = after midnight).
-- $1 service day (date), $2 stop_id (a stop or a station) or null for every stop.
select st.stop_id,
       s.name,
       (coalesce(st.departure_s, st.arrival_s) / 3600)::int as hour,
       count(*)::int as trips
from transport.gtfs_stop_times as st
join transport.gtfs_trips as t on t.trip_id = st.trip_id
join transport.gtfs_stops as s on s.stop_id = st.stop_id
where t.service_id in (select transport.gtfs_service_ids($1::date))
  and coalesce(st.departure_s, st.arrival_s) is not null
  and ($2::text is null or st.stop_id = $2::text or s.parent_station = $2::text)
group by st.stop_id, s.name, hour
order by st.stop_id, hour
