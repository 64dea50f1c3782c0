-- Recomputes the daily and monthly aggregates of meters $1 (int[], null: all) for the local days
-- touching [$2, $3] (null: all days with readings).
select energy.refresh_meter_aggregates($1::int[], $2::timestamptz, $3::timestamptz) as days
