-- Heritage search: text folded like the stored names (heritage.fold: case and Czech diacritics ignored),
-- ranked exact name > name prefix > word prefix in the name > anywhere in the name > municipality >
-- every word a word-prefix of name + municipality; then filters. Null parameters do not filter.
-- $1 text, $2 kinds text[], $3 municipality, $4 nkp, $5 visitors min, $6 visitors max (latest year
-- published), $7 open to the public (access known: free or fee), $8 limit, $9 offset.
with params as (
  select coalesce(heritage.fold($1::text), '') as q, heritage.fold($3::text) as municipality
), scored as (
  select s.id, s.name, s.kind, s.municipality, s.nkp, s.access, s.name_fold, s.municipality_fold, s.geom,
    coalesce(s.visitors_2025, s.visitors_2024, s.visitors_2023) as visitors,
    case
      when s.visitors_2025 is not null then 2025
      when s.visitors_2024 is not null then 2024
      when s.visitors_2023 is not null then 2023
    end as visitors_year,
    case
      when p.q = '' then 0
      when s.name_fold = p.q then 1
      when s.name_fold like p.q || '%' then 2
      when ' ' || s.name_fold like '% ' || p.q || '%' then 3
      when s.name_fold like '%' || p.q || '%' then 4
      when s.municipality_fold = p.q then 5
      when ' ' || s.municipality_fold like '% ' || p.q || '%' then 6
      when not exists (
        select 1 from unnest(string_to_array(p.q, ' ')) as t(token)
        where position(' ' || t.token in ' ' || s.name_fold || ' ' || coalesce(s.municipality_fold, '')) = 0
      ) then 7
    end as rank
  from heritage.sites s cross join params p
), filtered as (
  select scored.* from scored cross join params p
  where rank is not null
    and ($2::text[] is null or kind = any ($2::text[]))
    and (p.municipality is null or municipality_fold = p.municipality)
    and ($4::boolean is null or nkp = $4::boolean)
    and ($5::integer is null or visitors >= $5::integer)
    and ($6::integer is null or visitors <= $6::integer)
    and ($7::boolean is null or (access is not null) = $7::boolean)
)
select id, name, kind, municipality, ST_X(geom) as lon, ST_Y(geom) as lat, nkp, access,
  visitors, visitors_year, rank, (select count(*) from filtered)::integer as total
from filtered
order by rank, name_fold, id
limit $8::integer offset $9::integer
