-- Removes the previous model network's nodes, after its segments (they reference the nodes).
delete from transport.road_nodes where source = 'model'
