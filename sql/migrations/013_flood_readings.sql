-- Gauge readings, flood-stage alerts (issue 6). Readings are partitioned by month like meter readings;
-- writers call ops.ensure_month_partitions('flood.readings', …) first.
create table if not exists flood.readings (
  gauge_id text not null references flood.gauges (id),
  ts timestamptz not null,
  level_cm double precision,
  discharge_m3s double precision,
  precipitation_mm double precision,   -- in the interval starting at ts
  primary key (gauge_id, ts)
) partition by range (ts);

-- A stage crossing opens an alert; the return below the stage closes it. History is kept.
create table if not exists flood.alerts (
  id integer generated always as identity primary key,
  gauge_id text not null references flood.gauges (id),
  stage text not null check (stage in ('SPA1', 'SPA2', 'SPA3', 'drought')),
  measure text not null check (measure in ('H', 'Q')), -- judged on level (H) or discharge (Q)
  opened_at timestamptz not null,
  closed_at timestamptz,
  peak_value double precision,
  peak_at timestamptz,
  unique (gauge_id, stage, opened_at)
);
create index if not exists flood_alerts_open_idx on flood.alerts (gauge_id) where closed_at is null;
