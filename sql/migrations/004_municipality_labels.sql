-- One label point per municipality for the basemap: labelling the polygons makes MapLibre place a label
-- on every piece of a town that a tile edge cuts, so towns were named two to four times.
create or replace view admin.municipality_labels as
select code,
       name,
       population,
       ST_PointOnSurface(geom)::geometry(Point, 4326) as geom
from admin.municipalities;
