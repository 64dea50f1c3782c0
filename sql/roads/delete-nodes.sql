-- After delete-segments.sql: the nodes go too (segments reference them).
delete from transport.road_nodes
