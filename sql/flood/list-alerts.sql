-- Alerts, newest first; $1 status (open|closed|all), $2 gauge id or null, $3 limit.
select a.id, a.gauge_id, g.name, g.river, a.stage, a.measure, a.opened_at, a.closed_at, a.peak_value, a.peak_at
from flood.alerts a
join flood.gauges g on g.id = a.gauge_id
where ($1 = 'all' or ($1 = 'open') = (a.closed_at is null))
  and ($2::text is null or a.gauge_id = $2)
order by a.opened_at desc, a.id desc
limit $3
