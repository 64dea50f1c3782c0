-- Whether the museum and gallery list is loaded (databases made before it existed have only castles).
select count(*)::integer as museums from heritage.sites where source = 'regional-museums'
