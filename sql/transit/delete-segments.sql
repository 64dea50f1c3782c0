-- Empties the segment lines before they are rebuilt, inside the model run's transaction.
delete from transport.transit_segments
