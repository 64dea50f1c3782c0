import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readFeedFiles, type FeedFiles } from './feed-files.ts';
import { IssueList, type GtfsIssue } from './gtfs-error.ts';
import { parseFeed } from './parse-feed.ts';

const MINI = path.join(import.meta.dirname, 'fixtures/mini-feed');
let base: FeedFiles;

beforeAll(async () => {
  base = await readFeedFiles(MINI, new IssueList(10));
});

/** The mini feed with one file replaced (text) or removed (null). */
function variant(changes: Record<string, string | null>): FeedFiles {
  const texts = new Map(base.texts);
  const present = new Set(base.present);
  for (const [name, text] of Object.entries(changes)) {
    if (text === null) {
      texts.delete(name);
      present.delete(name);
    } else {
      texts.set(name, text);
      present.add(name);
    }
  }
  return { texts, present };
}

const edit = (name: string, from: string, to: string) => {
  const text = base.texts.get(name)!;
  if (!text.includes(from)) throw new Error(`${name} has no "${from}"`);
  return { [name]: text.replace(from, to) };
};

function issuesOf(files: FeedFiles): GtfsIssue[] {
  const issues = new IssueList(50);
  expect(parseFeed(files, issues)).toBeNull();
  return issues.items;
}

describe('parseFeed on a valid feed', () => {
  it('types every file and derives trip spans', () => {
    const issues = new IssueList(10);
    const feed = parseFeed(base, issues);
    expect(issues.items).toEqual([]);
    expect(feed).not.toBeNull();
    const f = feed!;
    expect([f.agencies.length, f.stops.length, f.routes.length, f.trips.length, f.stopTimes.length]).toEqual([
      1, 4, 2, 4, 11,
    ]);
    // stops.txt starts with a BOM; its first column is still stop_id, quoted names are unquoted.
    expect(f.stops[0]).toMatchObject({
      stopId: 'S',
      name: 'Central, "Main" Square',
      locationType: 1,
      lat: 50.77,
    });
    expect(f.stops[3]).toMatchObject({ stopId: 'S3', locationType: 0, parentStation: null });
    // A route without agency_id belongs to the only agency.
    expect(f.routes.map((r) => [r.routeId, r.agencyId, r.color])).toEqual([
      ['R1', 'A1', 'F2A900'],
      ['R2', 'A1', null],
    ]);
    expect(f.trips[3]).toMatchObject({ tripId: 'T4', headsign: 'Park\nvia Central', line: 5 });
    expect(f.spans.get('T2')).toEqual({ startS: 90_000, endS: 90_600, stopCount: 3 });
    expect(f.spans.get('T3')).toEqual({ startS: 7.5 * 3600, endS: 7 * 3600 + 40 * 60, stopCount: 3 });
    expect(f.stopTimes.find((s) => s.tripId === 'T3' && s.stopSequence === 2)).toMatchObject({
      arrivalS: null,
      departureS: null,
    });
    expect(f.calendarDates).toMatchObject([
      { serviceId: 'WK', date: '2026-05-06', exceptionType: 2 },
      { serviceId: 'SA', date: '2026-05-09', exceptionType: 1 },
    ]);
    expect(f.warnings).toEqual([
      'shapes.txt is absent though 2 trips name a shape_id (kept; route lines come from other sources)',
    ]);
  });

  it('needs only one of calendar.txt and calendar_dates.txt', () => {
    const issues = new IssueList(10);
    const noCalendar = variant({
      'calendar.txt': null,
      'calendar_dates.txt': 'service_id,date,exception_type\nWK,20260505,1\nSA,20260509,1\n',
    });
    expect(parseFeed(noCalendar, issues)).not.toBeNull();
    expect(issues.items).toEqual([]);
  });
});

describe('parseFeed rejects a broken feed, naming file, line and field', () => {
  it('a missing required file', () => {
    expect(issuesOf(variant({ 'stops.txt': null }))).toEqual([
      { file: 'stops.txt', line: null, field: null, message: 'required file is missing' },
    ]);
    expect(issuesOf(variant({ 'calendar.txt': null, 'calendar_dates.txt': null }))).toEqual([
      {
        file: 'calendar.txt',
        line: null,
        field: null,
        message: 'required file is missing (or calendar_dates.txt instead)',
      },
    ]);
  });

  it('a missing required column', () => {
    expect(issuesOf(variant(edit('trips.txt', 'route_id,service_id', 'line,service_id')))).toEqual([
      { file: 'trips.txt', line: 1, field: 'route_id', message: 'required column is missing' },
    ]);
  });

  it('a bad time', () => {
    expect(issuesOf(variant(edit('stop_times.txt', 'T1,07:05:00', 'T1,25:61:00')))).toEqual([
      {
        file: 'stop_times.txt',
        line: 3,
        field: 'arrival_time',
        message: '"25:61:00": minutes 61 out of range 00–59',
      },
    ]);
  });

  it('a stop_time with an unknown stop_id, and one at a station', () => {
    expect(issuesOf(variant(edit('stop_times.txt', '07:06:00,S2,2', '07:06:00,S9,2')))).toEqual([
      { file: 'stop_times.txt', line: 3, field: 'stop_id', message: 'unknown stop_id "S9"' },
    ]);
    expect(issuesOf(variant(edit('stop_times.txt', '07:06:00,S2,2', '07:06:00,S,2')))).toEqual([
      { file: 'stop_times.txt', line: 3, field: 'stop_id', message: '"S" has location_type 1, expected 0' },
    ]);
  });

  it('a trip with an unknown route or service, a stop_time with an unknown trip', () => {
    expect(issuesOf(variant(edit('trips.txt', 'R1,WK,T3', 'R7,WK,T3')))).toEqual([
      { file: 'trips.txt', line: 4, field: 'route_id', message: 'unknown route_id "R7"' },
    ]);
    expect(issuesOf(variant(edit('trips.txt', 'R1,WK,T3', 'R1,XX,T3')))).toEqual([
      {
        file: 'trips.txt',
        line: 4,
        field: 'service_id',
        message: 'service_id "XX" is in neither calendar file',
      },
    ]);
    expect(issuesOf(variant(edit('stop_times.txt', 'T4,08:07:00', 'T5,08:07:00')))).toContainEqual({
      file: 'stop_times.txt',
      line: 12,
      field: 'trip_id',
      message: 'unknown trip_id "T5"',
    });
  });

  it('duplicate keys', () => {
    expect(issuesOf(variant(edit('stops.txt', 'S3,Depot', 'S2,Depot')))).toContainEqual({
      file: 'stops.txt',
      line: 5,
      field: 'stop_id',
      message: 'duplicate stop_id "S2" (first on line 4)',
    });
    expect(issuesOf(variant(edit('stop_times.txt', 'S3,3\nT2', 'S3,2\nT2')))).toContainEqual({
      file: 'stop_times.txt',
      line: 4,
      field: 'stop_sequence',
      message: 'duplicate stop_sequence 2 in trip "T1"',
    });
  });

  it('times that go back, departures before arrivals, a first stop without times', () => {
    expect(issuesOf(variant(edit('stop_times.txt', 'T3,07:40:00,07:40:00', 'T3,07:20:00,07:20:00')))).toEqual(
      [
        {
          file: 'stop_times.txt',
          line: 10,
          field: 'arrival_time',
          message: "07:20:00 is before the previous stop's 07:30:00",
        },
      ],
    );
    expect(
      issuesOf(variant(edit('stop_times.txt', '07:05:00,07:06:00', '07:06:00,07:05:00'))),
    ).toContainEqual({
      file: 'stop_times.txt',
      line: 3,
      field: 'departure_time',
      message: 'departure_time is before arrival_time',
    });
    expect(issuesOf(variant(edit('stop_times.txt', 'T4,08:00:00,08:00:00', 'T4,,')))).toEqual([
      {
        file: 'stop_times.txt',
        line: 11,
        field: 'arrival_time',
        message: 'required at the first stop of a trip',
      },
    ]);
  });

  it('bad coordinates, location types and parent stations', () => {
    expect(issuesOf(variant(edit('stops.txt', 'Park,50.7600,15.0600', 'Park,150.76,15.0600')))).toEqual([
      { file: 'stops.txt', line: 4, field: 'stop_lat', message: '150.76 out of range -90 to 90' },
    ]);
    expect(issuesOf(variant(edit('stops.txt', 'Park,50.7600,15.0600', 'Park,,15.0600')))).toEqual([
      { file: 'stops.txt', line: 4, field: 'stop_lat', message: 'required value is empty' },
    ]);
    expect(issuesOf(variant(edit('stops.txt', '15.0501,0,S,A', '15.0501,0,X,A')))).toEqual([
      { file: 'stops.txt', line: 3, field: 'parent_station', message: 'unknown stop_id "X"' },
    ]);
    expect(
      issuesOf(variant(edit('stops.txt', 'Depot,50.7500,15.0700,,', 'Depot,50.7500,15.0700,5,'))),
    ).toEqual([
      { file: 'stops.txt', line: 5, field: 'location_type', message: '"5" is not one of 0, 1, 2, 3, 4' },
    ]);
  });

  it('a route type outside the reference, a route without agency in a multi-agency feed', () => {
    expect(issuesOf(variant(edit('routes.txt', 'Central - Depot,0', 'Central - Depot,9')))).toEqual([
      {
        file: 'routes.txt',
        line: 2,
        field: 'route_type',
        message: '"9" is not a route type (0–7, 11, 12 or an extended type 100–1799)',
      },
    ]);
    const twoAgencies = `${base.texts.get('agency.txt')}A2,Other,https://example.com,Europe/Prague\r\n`;
    expect(issuesOf(variant({ 'agency.txt': twoAgencies }))).toEqual([
      {
        file: 'routes.txt',
        line: 3,
        field: 'agency_id',
        message: 'required when a feed has several agencies',
      },
    ]);
  });
});
