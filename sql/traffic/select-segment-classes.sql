-- Road class of every segment (heavy-vehicle share depends on it).
select id, class from transport.road_segments order by id
