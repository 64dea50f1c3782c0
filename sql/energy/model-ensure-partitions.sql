-- Monthly partitions of energy.readings covering [$1, $2].
select ops.ensure_month_partitions('energy.readings', $1::timestamptz, $2::timestamptz) as created
