-- Which of the gauge ids a batch names exist. $1 gauge ids.
select id from flood.gauges where id = any($1::text[])
