-- Road node positions, for snapping places to the network (server/network/nearest-node.ts).
select id, kind, ref, name, ST_X(geom) as lon, ST_Y(geom) as lat
from transport.road_nodes
order by id
