-- The service_ids that run on one day (calendar weekdays and range, calendar_dates exceptions).
-- $1 day (date)
select service_id from transport.gtfs_service_ids($1::date) as service_id order by service_id
