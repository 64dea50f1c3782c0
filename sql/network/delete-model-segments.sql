-- Removes the previous model network's segments (imported rows stay). Run before delete-model-nodes.sql.
delete from transport.road_segments where source = 'model'
