-- Rows of the road network by origin: model (generated) and other (imported: osm, import).
select count(*) filter (where source = 'model')::int as model_segments,
  count(*) filter (where source <> 'model')::int as other_segments
from transport.road_segments
