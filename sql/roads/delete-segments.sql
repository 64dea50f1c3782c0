-- Empties the road network before an import replaces it (model, OSM and imported rows alike).
delete from transport.road_segments
