-- One batch of agency.txt rows, one array per column.
insert into transport.gtfs_agency (agency_id, name, url, timezone, lang, phone, email)
select * from unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[])
