// Which files and columns the importer requires (GTFS Schedule reference, "Required" and the
// "Conditionally Required" ones this importer needs). Other files and columns are ignored.

/** Files that must be present; calendar.txt and calendar_dates.txt are required as "one of". */
export const REQUIRED_FILES = [
  'agency.txt',
  'stops.txt',
  'routes.txt',
  'trips.txt',
  'stop_times.txt',
] as const;
export const SERVICE_FILES = ['calendar.txt', 'calendar_dates.txt'] as const;
export const OPTIONAL_FILES = ['feed_info.txt', 'shapes.txt'] as const;

/** The files the importer reads, so that a zip's other members are never decompressed. */
export const KNOWN_FILES: ReadonlySet<string> = new Set([
  ...REQUIRED_FILES,
  ...SERVICE_FILES,
  ...OPTIONAL_FILES,
]);

export const REQUIRED_COLUMNS: Readonly<Record<string, readonly string[]>> = {
  'agency.txt': ['agency_name', 'agency_url', 'agency_timezone'],
  // Name and position are only optional for generic nodes and boarding areas, never in a whole file.
  'stops.txt': ['stop_id', 'stop_name', 'stop_lat', 'stop_lon'],
  'routes.txt': ['route_id', 'route_type'],
  'trips.txt': ['route_id', 'service_id', 'trip_id'],
  // Times are required for the first and last stop of a trip, so the columns must exist.
  'stop_times.txt': ['trip_id', 'stop_sequence', 'stop_id', 'arrival_time', 'departure_time'],
  'calendar.txt': [
    'service_id',
    'monday',
    'tuesday',
    'wednesday',
    'thursday',
    'friday',
    'saturday',
    'sunday',
    'start_date',
    'end_date',
  ],
  'calendar_dates.txt': ['service_id', 'date', 'exception_type'],
  'feed_info.txt': ['feed_publisher_name', 'feed_publisher_url', 'feed_lang'],
};

/** stop_lat / stop_lon limits (WGS 84 degrees). */
export const LAT_RANGE = [-90, 90] as const;
export const LON_RANGE = [-180, 180] as const;
