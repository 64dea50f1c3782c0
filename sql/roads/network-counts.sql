-- Rows of the road network after an import.
select (select count(*) from transport.road_nodes)::int as nodes,
  (select count(*) from transport.road_segments)::int as segments
