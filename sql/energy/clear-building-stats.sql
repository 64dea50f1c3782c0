-- Empties the snapshot before refresh-building-stats.sql rewrites it.
delete from energy.building_stats
