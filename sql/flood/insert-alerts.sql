-- Inserts new alerts (parallel arrays: gauge, stage, measure, opened, closed, peak value, peak time).
insert into flood.alerts (gauge_id, stage, measure, opened_at, closed_at, peak_value, peak_at)
select * from unnest($1::text[], $2::text[], $3::text[], $4::timestamptz[], $5::timestamptz[],
                     $6::float8[], $7::timestamptz[])
