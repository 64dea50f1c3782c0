-- Every PV meter: outage detection compares a system with all the others.
select id from energy.meters where kind = 'pv'
