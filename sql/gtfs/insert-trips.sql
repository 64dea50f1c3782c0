-- One batch of trips.txt rows, one array per column, with the span derived from stop_times.
insert into transport.gtfs_trips
  (trip_id, route_id, service_id, direction_id, headsign, short_name, block_id, shape_id, wheelchair_accessible,
   bikes_allowed, start_s, end_s, stop_count)
select * from unnest($1::text[], $2::text[], $3::text[], $4::smallint[], $5::text[], $6::text[], $7::text[],
                     $8::text[], $9::smallint[], $10::smallint[], $11::int[], $12::int[], $13::int[])
