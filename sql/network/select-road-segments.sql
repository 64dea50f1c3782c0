-- The road network as the in-memory graph needs it (server/network/graph.ts), any source.
select id, from_node, to_node, oneway, travel_time_s, length_m
from transport.road_segments
order by id
