-- The region's municipalities as model zones: population, area, whether the municipality is the seat of
-- its ORP (same name as the ORP and its label point inside it), and the centre node of the road network
-- (kind 'municipality', ref = code) when the model network provides one; else null and the label point
-- is snapped to the nearest node.
select m.code,
       m.name,
       m.population,
       m.area_km2,
       exists (
         select 1 from admin.orp o where o.name = m.name and ST_Intersects(o.geom, l.geom)
       ) as orp_seat,
       (select min(n.id) from transport.road_nodes n where n.kind = 'municipality' and n.ref = m.code) as centre_node,
       ST_X(l.geom) as lon,
       ST_Y(l.geom) as lat
from admin.municipalities m
join admin.municipality_labels l on l.code = m.code
order by m.code
