-- The register entries of the meters a batch names. $1 meter codes.
select id, code, unit, interval_minutes, cumulative
from energy.meters
where code = any($1::text[])
