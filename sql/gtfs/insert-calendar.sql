-- One batch of calendar.txt rows, one array per column.
insert into transport.gtfs_calendar
  (service_id, monday, tuesday, wednesday, thursday, friday, saturday, sunday, start_date, end_date)
select * from unnest($1::text[], $2::boolean[], $3::boolean[], $4::boolean[], $5::boolean[], $6::boolean[],
                     $7::boolean[], $8::boolean[], $9::date[], $10::date[])
