-- After clipping: junctions no kept segment reaches. Two NOT EXISTS (anti-joins), not NOT IN over a
-- union: that one becomes a per-row subplan scan once the ids outgrow work_mem (20 s at 80k segments).
delete from transport.road_nodes n
where not exists (select 1 from transport.road_segments s where s.from_node = n.id)
  and not exists (select 1 from transport.road_segments s where s.to_node = n.id)
