// The checks across rows and files: unique keys, references between files (trip -> route and
// service, stop_time -> trip and stop, route -> agency, stop -> parent station) and the order of
// times within a trip. Pure; it records issues and derives each trip's time span.
import type { IssueList } from './gtfs-error.ts';
import { formatGtfsTime } from './gtfs-fields.ts';
import type { GtfsFeed, TripSpan } from './gtfs-feed.ts';

type Parts = Omit<GtfsFeed, 'spans' | 'warnings'>;

function uniqueKeys<T extends { line: number }>(
  rows: readonly T[],
  key: (row: T) => string,
  file: string,
  field: string,
  issues: IssueList,
): Map<string, T> {
  const seen = new Map<string, T>();
  for (const row of rows) {
    const k = key(row);
    const first = seen.get(k);
    if (first) issues.add(file, row.line, field, `duplicate ${field} "${k}" (first on line ${first.line})`);
    else seen.set(k, row);
  }
  return seen;
}

function checkAgencies(feed: Parts, issues: IssueList): void {
  const agencies = uniqueKeys(feed.agencies, (a) => a.agencyId, 'agency.txt', 'agency_id', issues);
  const only = feed.agencies.length === 1 ? feed.agencies[0] : undefined;
  if (feed.agencies.length > 1)
    for (const a of feed.agencies)
      if (a.agencyId === '')
        issues.add('agency.txt', a.line, 'agency_id', 'required when a feed has several agencies');
  for (const r of feed.routes) {
    // A route may omit agency_id only when the feed has exactly one agency; it then belongs to it.
    if (r.agencyId === '' && only) r.agencyId = only.agencyId;
    else if (!agencies.has(r.agencyId))
      issues.add(
        'routes.txt',
        r.line,
        'agency_id',
        r.agencyId === '' ? 'required when a feed has several agencies' : `unknown agency_id "${r.agencyId}"`,
      );
  }
}

function checkStops(feed: Parts, issues: IssueList) {
  const stops = uniqueKeys(feed.stops, (s) => s.stopId, 'stops.txt', 'stop_id', issues);
  for (const s of feed.stops) {
    if (s.parentStation === null) continue;
    const parent = stops.get(s.parentStation);
    // Stops, entrances and nodes hang under a station; boarding areas under a platform (a stop).
    const wanted = s.locationType === 4 ? 0 : 1;
    if (!parent) issues.add('stops.txt', s.line, 'parent_station', `unknown stop_id "${s.parentStation}"`);
    else if (parent.locationType !== wanted)
      issues.add(
        'stops.txt',
        s.line,
        'parent_station',
        `"${s.parentStation}" has location_type ${parent.locationType}, expected ${wanted}`,
      );
  }
  return stops;
}

function checkTrips(feed: Parts, issues: IssueList) {
  const routes = uniqueKeys(feed.routes, (r) => r.routeId, 'routes.txt', 'route_id', issues);
  uniqueKeys(feed.calendar, (c) => c.serviceId, 'calendar.txt', 'service_id', issues);
  uniqueKeys(feed.calendarDates, (d) => `${d.serviceId} ${d.date}`, 'calendar_dates.txt', 'date', issues);
  const services = new Set([...feed.calendar, ...feed.calendarDates].map((c) => c.serviceId));
  const trips = uniqueKeys(feed.trips, (t) => t.tripId, 'trips.txt', 'trip_id', issues);
  for (const t of feed.trips) {
    if (!routes.has(t.routeId))
      issues.add('trips.txt', t.line, 'route_id', `unknown route_id "${t.routeId}"`);
    if (!services.has(t.serviceId))
      issues.add(
        'trips.txt',
        t.line,
        'service_id',
        `service_id "${t.serviceId}" is in neither calendar file`,
      );
  }
  return trips;
}

/** Checks stop_times (sorted here by trip and sequence) and returns every trip's span. */
function checkStopTimes(
  feed: Parts,
  trips: ReadonlyMap<string, unknown>,
  stops: ReadonlyMap<string, { locationType: number }>,
  issues: IssueList,
): Map<string, TripSpan> {
  const file = 'stop_times.txt';
  for (const st of feed.stopTimes) {
    if (!trips.has(st.tripId)) issues.add(file, st.line, 'trip_id', `unknown trip_id "${st.tripId}"`);
    const stop = stops.get(st.stopId);
    if (!stop) issues.add(file, st.line, 'stop_id', `unknown stop_id "${st.stopId}"`);
    else if (stop.locationType !== 0)
      issues.add(
        file,
        st.line,
        'stop_id',
        `"${st.stopId}" has location_type ${stop.locationType}, expected 0`,
      );
  }
  feed.stopTimes.sort((a, b) =>
    a.tripId === b.tripId ? a.stopSequence - b.stopSequence : a.tripId < b.tripId ? -1 : 1,
  );
  const spans = new Map<string, TripSpan>();
  const times = feed.stopTimes;
  const closeTrip = (start: number, end: number) => {
    const first = times[start]!;
    const last = times[end - 1]!;
    for (const [st, label] of [
      [first, 'first'],
      [last, 'last'],
    ] as const)
      if (st.arrivalS === null || st.departureS === null)
        issues.add(
          file,
          st.line,
          st.arrivalS === null ? 'arrival_time' : 'departure_time',
          `required at the ${label} stop of a trip`,
        );
    spans.set(first.tripId, { startS: first.departureS, endS: last.arrivalS, stopCount: end - start });
  };
  let start = 0;
  // The last time seen in the trip, so that stops without times (between timepoints) cannot hide a step back.
  let lastKnown: number | null = null;
  for (let i = 0; i < times.length; i++) {
    const st = times[i]!;
    const prev = times[i - 1];
    if (prev && prev.tripId === st.tripId) {
      if (st.stopSequence === prev.stopSequence)
        issues.add(
          file,
          st.line,
          'stop_sequence',
          `duplicate stop_sequence ${st.stopSequence} in trip "${st.tripId}"`,
        );
    } else {
      if (prev) closeTrip(start, i);
      start = i;
      lastKnown = null;
    }
    const at = st.arrivalS ?? st.departureS;
    if (lastKnown !== null && at !== null && at < lastKnown)
      issues.add(
        file,
        st.line,
        'arrival_time',
        `${formatGtfsTime(at)} is before the previous stop's ${formatGtfsTime(lastKnown)}`,
      );
    lastKnown = st.departureS ?? st.arrivalS ?? lastKnown;
  }
  if (times.length > 0) closeTrip(start, times.length);
  return spans;
}

/** Runs every check across files on the typed tables and returns the feed with spans and warnings. */
export function checkFeed(parts: Parts, hasShapes: boolean, issues: IssueList): GtfsFeed {
  checkAgencies(parts, issues);
  const stops = checkStops(parts, issues);
  const trips = checkTrips(parts, issues);
  const spans = checkStopTimes(parts, trips, stops, issues);
  const warnings: string[] = [];
  const withoutTimes = parts.trips.filter((t) => (spans.get(t.tripId)?.stopCount ?? 0) < 2).length;
  if (withoutTimes > 0)
    warnings.push(`${withoutTimes} trips have fewer than two stop_times (loaded; they serve no segment)`);
  const shaped = parts.trips.filter((t) => t.shapeId !== null).length;
  if (!hasShapes && shaped > 0)
    warnings.push(
      `shapes.txt is absent though ${shaped} trips name a shape_id (kept; route lines come from other sources)`,
    );
  return { ...parts, spans, warnings };
}
