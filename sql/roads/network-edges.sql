-- The network's graph without geometry (connectivity checks).
select from_node, to_node from transport.road_segments
