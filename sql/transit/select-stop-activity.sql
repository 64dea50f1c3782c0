-- MODEL boardings and alightings per stop in one hour of a modelled service day, with the stop's
-- position. $1 service day, $2 hour.
select a.stop_id, s.name, ST_X(s.geom) as lon, ST_Y(s.geom) as lat, a.boardings, a.alightings
from transport.transit_stop_activity as a
join transport.gtfs_stops as s on s.stop_id = a.stop_id
where a.service_date = $1::date and a.hour = $2::int
order by a.stop_id
