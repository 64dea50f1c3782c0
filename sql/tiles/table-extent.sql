-- Bounds of a table source's data in EPSG:4326 for TileJSON; nulls when the table is empty.
-- {{table}}, {{geometry}}: identifiers from the catalog, quoted; $1 SRID of the geometry column.
select ST_XMin(e) as west, ST_YMin(e) as south, ST_XMax(e) as east, ST_YMax(e) as north
from (
  select ST_Transform(ST_SetSRID(ST_Extent(t.{{geometry}})::geometry, $1::int), 4326) as e
  from {{table}} as t
) as extent
