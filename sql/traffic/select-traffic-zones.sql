-- The zones of the traffic model: municipalities with their population and the road node their trips
-- start and end at — the municipality's own centre node on the model network, otherwise (imported
-- roads have none) the node nearest to a point inside the municipality.
select m.code, m.population, coalesce(own.id, nearest.id) as node_id
from admin.municipalities m
left join transport.road_nodes own on own.kind = 'municipality' and own.ref = m.code
left join lateral (
  select n.id from transport.road_nodes n
  order by n.geom <-> ST_PointOnSurface(m.geom), n.id
  limit 1
) nearest on own.id is null
where m.population > 0
order by m.code
