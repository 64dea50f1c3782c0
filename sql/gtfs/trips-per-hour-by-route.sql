-- Trips per hour of one service day and route, each trip counted in the hour of its first departure.
-- Hours are those of the service day: 24, 25 … fall after midnight of the next calendar day.
-- $1 service day (date), $2 route_id or null for every route.
select t.route_id,
       r.short_name,
       (t.start_s / 3600)::int as hour,
       count(*)::int as trips
from transport.gtfs_trips as t
join transport.gtfs_routes as r on r.route_id = t.route_id
where t.service_id in (select transport.gtfs_service_ids($1::date))
  and t.start_s is not null
  and ($2::text is null or t.route_id = $2::text)
group by t.route_id, r.short_name, hour
order by t.route_id, hour
