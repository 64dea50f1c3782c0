-- One batch of calendar_dates.txt rows, one array per column.
insert into transport.gtfs_calendar_dates (service_id, date, exception_type)
select * from unnest($1::text[], $2::date[], $3::smallint[])
