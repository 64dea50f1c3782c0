-- The MODEL segments with the most passengers in one hour of a modelled service day, with their
-- route and stop names (for the CLI summary and tests). $1 service day, $2 hour, $3 most rows.
select o.segment_id, g.route_short_name, g.route_type, g.direction_id, a.name as from_name, b.name as to_name,
       o.trips, o.capacity, o.passengers, o.load_factor, o.max_load_factor
from transport.transit_occupancy as o
join transport.transit_segments as g on g.id = o.segment_id
join transport.gtfs_stops as a on a.stop_id = g.from_stop
join transport.gtfs_stops as b on b.stop_id = g.to_stop
where o.service_date = $1::date and o.hour = $2::int
order by o.passengers desc, o.segment_id
limit $3::int
