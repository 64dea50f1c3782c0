-- Every heritage site with all published attributes, for the open-data export (GeoJSON, CSV).
select id, name, kind, municipality, address, founded, manager, website, wikipedia, wikidata,
  visitors_2023, visitors_2024, visitors_2025, nkp, access, source,
  ST_X(geom) as lon, ST_Y(geom) as lat
from heritage.sites
order by source, id
