-- Vehicles of every segment in one hour of a typical day. $1 source, $2 day_type, $3 hour.
select segment_id, vehicles, heavy_vehicles
from transport.traffic_counts
where source = $1 and day_type = $2 and hour = $3
order by segment_id
