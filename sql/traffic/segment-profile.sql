-- The 2 × 24 hourly values of one segment. $1 segment id, $2 source.
select day_type, hour, vehicles, heavy_vehicles
from transport.traffic_counts
where segment_id = $1 and source = $2
order by day_type, hour
