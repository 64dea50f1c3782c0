-- One batch of stop_times.txt rows, one array per column; times in seconds after midnight.
insert into transport.gtfs_stop_times
  (trip_id, stop_sequence, stop_id, arrival_s, departure_s, stop_headsign, pickup_type, drop_off_type,
   shape_dist_traveled, timepoint)
select * from unnest($1::text[], $2::int[], $3::text[], $4::int[], $5::int[], $6::text[], $7::smallint[],
                     $8::smallint[], $9::float8[], $10::smallint[])
