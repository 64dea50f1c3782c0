-- Updates stored alerts (parallel arrays: $1 id, $2 closed_at, $3 peak value, $4 peak time).
update flood.alerts a
set closed_at = u.closed_at, peak_value = u.peak_value, peak_at = u.peak_at
from unnest($1::int[], $2::timestamptz[], $3::float8[], $4::timestamptz[]) as u(id, closed_at, peak_value, peak_at)
where a.id = u.id
