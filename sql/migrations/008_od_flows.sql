-- Commuter flows between municipalities (origin = place of residence, destination = place of work or school).
-- Two sources live side by side: 'model' (a gravity MODEL computed from population and road travel times,
-- server/flows/) and 'csu2021' (the Czech Statistical Office's 2021 census commuting table, imported by
-- scripts/import-commuting.ts). Readers prefer csu2021 when it is present; the model stays as a fallback.
--
-- Only flows between DIFFERENT municipalities are rows here; people who work or study in their own
-- municipality are totals in transport.od_internal. A ČSÚ row is kept when its origin OR destination is a
-- municipality of the region; the other end may lie outside, so the codes carry no foreign key to
-- admin.municipalities and an outside end is named in transport.od_places (position unknown: geom null).

create table if not exists transport.od_flows (
  origin_code text not null,
  destination_code text not null,
  purpose text not null check (purpose in ('work', 'school', 'total')),
  commuters real not null check (commuters >= 0),
  source text not null check (source in ('model', 'csu2021')),
  primary key (origin_code, destination_code, purpose, source),
  check (origin_code <> destination_code)
);
create index if not exists od_flows_destination_idx on transport.od_flows (destination_code, purpose, source);
create index if not exists od_flows_source_purpose_idx on transport.od_flows (source, purpose, commuters desc);

-- Commuters who live and work/study in the same municipality (model: the gravity matrix's diagonal).
create table if not exists transport.od_internal (
  code text not null,
  purpose text not null check (purpose in ('work', 'school', 'total')),
  commuters real not null check (commuters >= 0),
  source text not null check (source in ('model', 'csu2021')),
  primary key (code, purpose, source)
);

-- Ends of ČSÚ flows outside the region (the region's municipalities are in admin.municipalities).
create table if not exists transport.od_places (
  code text primary key,
  name text not null,
  geom geometry(Point, 4326)
);
