-- Whether a road segment exists. $1 id.
select exists (select 1 from transport.road_segments where id = $1) as found
