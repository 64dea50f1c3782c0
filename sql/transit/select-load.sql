-- MODEL segment loads of one hour of a modelled service day, by segment id. $1 service day, $2 hour.
select segment_id, trips, capacity, passengers, load_factor, max_load_factor
from transport.transit_occupancy
where service_date = $1::date and hour = $2::int
order by segment_id
