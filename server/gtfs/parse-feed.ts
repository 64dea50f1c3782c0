import { checkFeed } from './check-feed.ts';
import { parseCsvTable, type CsvTable } from './csv-table.ts';
import type { FeedFiles } from './feed-files.ts';
import type { IssueList } from './gtfs-error.ts';
import type { GtfsFeed } from './gtfs-feed.ts';
import { REQUIRED_COLUMNS, REQUIRED_FILES, SERVICE_FILES } from './gtfs-spec.ts';
import {
  readAgencies,
  readCalendar,
  readCalendarDates,
  readFeedInfo,
  readRoutes,
  readStopTimes,
  readStops,
  readTrips,
} from './read-tables.ts';

function structure(files: FeedFiles, issues: IssueList): Map<string, CsvTable> {
  for (const name of REQUIRED_FILES)
    if (!files.present.has(name)) issues.add(name, null, null, 'required file is missing');
  if (!SERVICE_FILES.some((name) => files.present.has(name)))
    issues.add(SERVICE_FILES[0], null, null, `required file is missing (or ${SERVICE_FILES[1]} instead)`);
  const tables = new Map<string, CsvTable>();
  for (const [name, text] of files.texts) {
    const table = parseCsvTable(name, text, issues);
    if (!table) continue;
    for (const column of REQUIRED_COLUMNS[name] ?? [])
      if (!table.columns.has(column)) issues.add(name, 1, column, 'required column is missing');
    tables.set(name, table);
  }
  return tables;
}

const EMPTY: CsvTable = { file: '', columns: new Map(), rows: [] };

/**
 * Validates and types a whole feed. Returns null when it has issues (they are in `issues`): a
 * missing file, unreadable CSV or a missing column stops before the row checks, since every row
 * would then fail for the same reason.
 */
export function parseFeed(files: FeedFiles, issues: IssueList): GtfsFeed | null {
  const tables = structure(files, issues);
  if (issues.total > 0) return null;
  const table = (name: string) => tables.get(name) ?? EMPTY;
  const feedInfo = tables.get('feed_info.txt');
  const feed = checkFeed(
    {
      agencies: readAgencies(table('agency.txt'), issues),
      stops: readStops(table('stops.txt'), issues),
      routes: readRoutes(table('routes.txt'), issues),
      trips: readTrips(table('trips.txt'), issues),
      stopTimes: readStopTimes(table('stop_times.txt'), issues),
      calendar: readCalendar(table('calendar.txt'), issues),
      calendarDates: readCalendarDates(table('calendar_dates.txt'), issues),
      feedInfo: feedInfo ? readFeedInfo(feedInfo, issues) : null,
    },
    files.present.has('shapes.txt'),
    issues,
  );
  return issues.total > 0 ? null : feed;
}
