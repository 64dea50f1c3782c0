-- One batch of routes.txt rows, one array per column.
insert into transport.gtfs_routes
  (route_id, agency_id, short_name, long_name, description, route_type, color, text_color, sort_order)
select * from unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::int[], $7::text[], $8::text[],
                     $9::int[])
