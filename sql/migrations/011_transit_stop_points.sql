-- Where a passenger waits, for the map: GTFS stations (their platforms share one departures board) and
-- stops that belong to no station. Departures of a station cover all of its platforms.
create or replace view transport.transit_stop_points as
select stop_id,
       name,
       code,
       location_type::integer as location_type,
       geom
from transport.gtfs_stops
where geom is not null
  and (location_type = 1 or (location_type = 0 and parent_station is null));
