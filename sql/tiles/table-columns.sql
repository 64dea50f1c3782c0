-- Columns of one relation (table, view, materialised view, partitioned or foreign table) in order,
-- to check a catalog entry against: $1 schema, $2 relation. Geometry columns report their SRID.
select a.attname as name,
       t.typname as type,
       case when t.typname = 'geometry' then postgis_typmod_srid(a.atttypmod) end as srid
from pg_catalog.pg_attribute as a
join pg_catalog.pg_class as c on c.oid = a.attrelid
join pg_catalog.pg_namespace as n on n.oid = c.relnamespace
join pg_catalog.pg_type as t on t.oid = a.atttypid
where n.nspname = $1
  and c.relname = $2
  and c.relkind in ('r', 'v', 'm', 'p', 'f')
  and a.attnum > 0
  and not a.attisdropped
order by a.attnum
