-- $1 name, $2 publisher, $3 version, $4 start date, $5 end date, $6 counts (json text)
insert into transport.gtfs_feeds (name, publisher, version, start_date, end_date, counts)
values ($1, $2, $3, $4::date, $5::date, $6::jsonb)
returning id
