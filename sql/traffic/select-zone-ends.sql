-- Trip-end nodes of each municipality: the stops and centre nodes of the model network that lie in
-- it (a node on a shared border counts for the municipality with the lower code). Imported road
-- networks have no such nodes; their zones use the one node of select-traffic-zones.sql.
select distinct on (n.id) m.code, n.id as node_id
from transport.road_nodes n
join admin.municipalities m on ST_Intersects(m.geom, n.geom)
where n.kind in ('stop', 'municipality')
order by n.id, m.code
