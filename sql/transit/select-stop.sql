-- One stop or station by id, for the departures popup. $1 stop_id
select stop_id, name, location_type, parent_station
from transport.gtfs_stops
where stop_id = $1::text
