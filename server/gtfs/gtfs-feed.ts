// The typed content of a validated GTFS feed, as the importer loads it (sql/migrations/006_gtfs.sql).
// Absent optional values are null; times are seconds after midnight of the service day; dates ISO;
// `line` is the row's line in its file, for the messages of the checks across files.

export interface GtfsAgency {
  agencyId: string;
  name: string;
  url: string;
  timezone: string;
  lang: string | null;
  phone: string | null;
  email: string | null;
  line: number;
}

export interface GtfsStop {
  stopId: string;
  code: string | null;
  name: string | null;
  description: string | null;
  lat: number | null;
  lon: number | null;
  zoneId: string | null;
  locationType: number;
  parentStation: string | null;
  wheelchairBoarding: number | null;
  platformCode: string | null;
  line: number;
}

export interface GtfsRoute {
  routeId: string;
  agencyId: string;
  shortName: string | null;
  longName: string | null;
  description: string | null;
  routeType: number;
  color: string | null;
  textColor: string | null;
  sortOrder: number | null;
  line: number;
}

export interface GtfsTrip {
  tripId: string;
  routeId: string;
  serviceId: string;
  directionId: number | null;
  headsign: string | null;
  shortName: string | null;
  blockId: string | null;
  shapeId: string | null;
  wheelchairAccessible: number | null;
  bikesAllowed: number | null;
  line: number;
}

export interface GtfsStopTime {
  tripId: string;
  stopSequence: number;
  stopId: string;
  arrivalS: number | null;
  departureS: number | null;
  stopHeadsign: string | null;
  pickupType: number | null;
  dropOffType: number | null;
  shapeDistTraveled: number | null;
  timepoint: number | null;
  line: number;
}

export interface GtfsCalendar {
  serviceId: string;
  /** Monday first, as in calendar.txt. */
  days: [boolean, boolean, boolean, boolean, boolean, boolean, boolean];
  startDate: string;
  endDate: string;
  line: number;
}

export interface GtfsCalendarDate {
  serviceId: string;
  date: string;
  exceptionType: number;
  line: number;
}

export interface GtfsFeedInfo {
  publisher: string | null;
  version: string | null;
  startDate: string | null;
  endDate: string | null;
  line: number;
}

/** Per trip, derived from its stop_times. */
export interface TripSpan {
  startS: number | null;
  endS: number | null;
  stopCount: number;
}

export interface GtfsFeed {
  agencies: GtfsAgency[];
  stops: GtfsStop[];
  routes: GtfsRoute[];
  trips: GtfsTrip[];
  /** Sorted by trip, then stop_sequence. */
  stopTimes: GtfsStopTime[];
  calendar: GtfsCalendar[];
  calendarDates: GtfsCalendarDate[];
  feedInfo: GtfsFeedInfo | null;
  spans: Map<string, TripSpan>;
  /** Things that are tolerated but worth a line in the log (no shapes.txt, unused stops). */
  warnings: string[];
}
