-- Heritage search and open data (issue 6): museums and galleries beside the Wikidata castles, and a
-- diacritics-insensitive search that works the same on PGlite and PostGIS. `unaccent` is a contrib
-- extension PGlite does not ship by default, so folding is a plain immutable SQL function instead.

-- Lower-case ASCII with Czech (and the neighbours' German/Polish) letters stripped of their marks, every
-- run of other characters turned into one space: "Jablonec n. N." → "jablonec n n", "BEZDĚZ" → "bezdez".
-- Upper-case letters are translated explicitly because lower() only folds ASCII under the C locale.
create or replace function heritage.fold(value text) returns text
language sql immutable strict parallel safe
as $$
  select trim(regexp_replace(
    lower(translate(value,
      'áäčďéěëíňóöřšťúůüýžÁÄČĎÉĚËÍŇÓÖŘŠŤÚŮÜÝŽąćęłńśźżĄĆĘŁŃŚŹŻ',
      'aacdeeeinoorstuuuyzAACDEEEINOORSTUUUYZacelnszzACELNSZZ')),
    '[^a-z0-9]+', ' ', 'g'))
$$;

alter table heritage.sites add column if not exists wikidata text;        -- QID when known (castles: = id)
alter table heritage.sites add column if not exists address text;         -- postal address (museums, galleries)
alter table heritage.sites add column if not exists source text;          -- which bundled list the row came from
alter table heritage.sites add column if not exists name_fold text;       -- heritage.fold(name), filled at load
alter table heritage.sites add column if not exists municipality_fold text;

-- Rows loaded before this migration get their folded names now; the loader computes them from here on.
update heritage.sites set
  name_fold = heritage.fold(name),
  municipality_fold = heritage.fold(municipality),
  wikidata = coalesce(wikidata, case when id ~ '^Q[0-9]+$' then id end),
  source = coalesce(source, 'wikidata-castles');

-- Prefix matches ("bez" → Bezděz) use the pattern-ops index; contains-matches scan the few hundred rows.
create index if not exists sites_name_fold_idx on heritage.sites (name_fold text_pattern_ops);
create index if not exists sites_municipality_fold_idx on heritage.sites (municipality_fold);
create index if not exists sites_kind_idx on heritage.sites (kind);
