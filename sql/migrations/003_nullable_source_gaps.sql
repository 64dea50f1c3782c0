-- Two columns of 002 were NOT NULL where the bundled sources publish nothing, and a loader must not invent
-- a value: 9 of the 51 ČHMÚ gauges have no SPA type (and no flood thresholds), and 39 of the 2,202 regional
-- stops (Polish and German cross-border stops) have no JDF district. The check constraints stay.
alter table flood.gauges alter column spa_type drop not null;
alter table transport.stops alter column okres drop not null;
