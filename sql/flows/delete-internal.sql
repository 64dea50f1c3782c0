-- Drops every within-municipality total of one source ($1) before a reload.
delete from transport.od_internal where source = $1
