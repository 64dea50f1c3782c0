-- The monthly partitions a batch needs. $1 parent table, $2 first and $3 last timestamp.
select ops.ensure_month_partitions($1, $2, $3) as created
