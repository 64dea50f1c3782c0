select count(*)::int as n, (count(*) filter (where closed_at is null))::int as open from flood.alerts
