-- Accidents loaded, joined to a segment, and the period they cover.
select count(*)::int as accidents, count(segment_id)::int as joined,
  min(occurred_at) as first, max(occurred_at) as last
from transport.accidents
