-- The default clip polygon: the region, as GeoJSON (null when admin.region is empty).
select ST_AsGeoJSON(ST_Union(geom)) as geojson from admin.region
