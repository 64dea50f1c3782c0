// Turns the parsed CSV tables of a feed into typed rows, one reader per file. Every bad value is
// recorded as an issue (file, line, column). A row whose key is present is returned even when
// another value is bad (with a placeholder: the feed is rejected anyway), so that rows referring to
// it do not add follow-on errors; the caller rejects the feed when any issue exists.
import { rowFields, type CsvTable, type RowFields } from './csv-table.ts';
import type { IssueList } from './gtfs-error.ts';
import type {
  GtfsAgency,
  GtfsCalendar,
  GtfsCalendarDate,
  GtfsFeedInfo,
  GtfsRoute,
  GtfsStop,
  GtfsStopTime,
  GtfsTrip,
} from './gtfs-feed.ts';
import {
  parseGtfsColor,
  parseGtfsDate,
  parseGtfsEnum,
  parseGtfsFloat,
  parseGtfsInt,
  parseGtfsTime,
  parseRouteType,
} from './gtfs-fields.ts';
import { LAT_RANGE, LON_RANGE } from './gtfs-spec.ts';

const INT_MAX = 2_147_483_647;
const enumOf =
  (...allowed: number[]) =>
  (t: string) =>
    parseGtfsEnum(t, allowed);
const BINARY = enumOf(0, 1);
const TRISTATE = enumOf(0, 1, 2);

function readRows<T extends { line: number }>(
  table: CsvTable,
  issues: IssueList,
  read: (f: RowFields) => Omit<T, 'line'> | undefined,
): T[] {
  const out: T[] = [];
  for (const row of table.rows) {
    const value = read(rowFields(table, issues, row));
    if (value !== undefined) out.push({ ...value, line: row.line } as T);
  }
  return out;
}

export const readAgencies = (t: CsvTable, issues: IssueList): GtfsAgency[] =>
  readRows<GtfsAgency>(t, issues, (f) => ({
    // A single-agency feed may leave agency_id out; '' then stands for "the" agency.
    agencyId: f.opt('agency_id') ?? '',
    name: f.req('agency_name') ?? '',
    url: f.req('agency_url') ?? '',
    timezone: f.req('agency_timezone') ?? '',
    lang: f.opt('agency_lang') ?? null,
    phone: f.opt('agency_phone') ?? null,
    email: f.opt('agency_email') ?? null,
  }));

export const readStops = (t: CsvTable, issues: IssueList): GtfsStop[] =>
  readRows<GtfsStop>(t, issues, (f) => {
    const stopId = f.req('stop_id');
    if (stopId === undefined) return undefined;
    const locationType = f.parse('location_type', enumOf(0, 1, 2, 3, 4)) ?? 0;
    // Stops, stations and entrances must have a name and a position; nodes and boarding areas need not.
    const located = locationType <= 2;
    const lat = f.parse('stop_lat', (v) => parseGtfsFloat(v, ...LAT_RANGE), located);
    const lon = f.parse('stop_lon', (v) => parseGtfsFloat(v, ...LON_RANGE), located);
    const name = located ? f.req('stop_name') : f.opt('stop_name');
    const parentStation = f.opt('parent_station') ?? null;
    if (locationType >= 2 && parentStation === null)
      f.fail('parent_station', `required for location_type ${locationType}`);
    if (locationType === 1 && parentStation !== null)
      f.fail('parent_station', 'a station (location_type 1) cannot have a parent station');
    return {
      stopId,
      code: f.opt('stop_code') ?? null,
      name: name ?? null,
      description: f.opt('stop_desc') ?? null,
      lat: lat ?? null,
      lon: lon ?? null,
      zoneId: f.opt('zone_id') ?? null,
      locationType,
      parentStation,
      wheelchairBoarding: f.parse('wheelchair_boarding', TRISTATE) ?? null,
      platformCode: f.opt('platform_code') ?? null,
    };
  });

export const readRoutes = (t: CsvTable, issues: IssueList): GtfsRoute[] =>
  readRows<GtfsRoute>(t, issues, (f) => {
    const routeId = f.req('route_id');
    const routeType = f.parse('route_type', parseRouteType, true);
    const shortName = f.opt('route_short_name') ?? null;
    const longName = f.opt('route_long_name') ?? null;
    if (shortName === null && longName === null)
      f.fail('route_short_name', 'route_short_name or route_long_name is required');
    if (routeId === undefined) return undefined;
    return {
      routeId,
      agencyId: f.opt('agency_id') ?? '',
      shortName,
      longName,
      description: f.opt('route_desc') ?? null,
      routeType: routeType ?? -1,
      color: f.parse('route_color', parseGtfsColor) ?? null,
      textColor: f.parse('route_text_color', parseGtfsColor) ?? null,
      sortOrder: f.parse('route_sort_order', (v) => parseGtfsInt(v, 0, INT_MAX)) ?? null,
    };
  });

export const readTrips = (t: CsvTable, issues: IssueList): GtfsTrip[] =>
  readRows<GtfsTrip>(t, issues, (f) => {
    const [routeId, serviceId, tripId] = [f.req('route_id'), f.req('service_id'), f.req('trip_id')];
    if (routeId === undefined || serviceId === undefined || tripId === undefined) return undefined;
    return {
      tripId,
      routeId,
      serviceId,
      directionId: f.parse('direction_id', BINARY) ?? null,
      headsign: f.opt('trip_headsign') ?? null,
      shortName: f.opt('trip_short_name') ?? null,
      blockId: f.opt('block_id') ?? null,
      shapeId: f.opt('shape_id') ?? null,
      wheelchairAccessible: f.parse('wheelchair_accessible', TRISTATE) ?? null,
      bikesAllowed: f.parse('bikes_allowed', TRISTATE) ?? null,
    };
  });

export const readStopTimes = (t: CsvTable, issues: IssueList): GtfsStopTime[] =>
  readRows<GtfsStopTime>(t, issues, (f) => {
    const tripId = f.req('trip_id');
    const stopSequence = f.parse('stop_sequence', (v) => parseGtfsInt(v, 0, INT_MAX), true);
    const stopId = f.req('stop_id');
    const arrivalS = f.parse('arrival_time', parseGtfsTime) ?? null;
    const departureS = f.parse('departure_time', parseGtfsTime) ?? null;
    if (arrivalS !== null && departureS !== null && departureS < arrivalS)
      f.fail('departure_time', 'departure_time is before arrival_time');
    if (tripId === undefined || stopSequence === undefined || stopId === undefined) return undefined;
    return {
      tripId,
      stopSequence,
      stopId,
      arrivalS,
      departureS,
      stopHeadsign: f.opt('stop_headsign') ?? null,
      pickupType: f.parse('pickup_type', enumOf(0, 1, 2, 3)) ?? null,
      dropOffType: f.parse('drop_off_type', enumOf(0, 1, 2, 3)) ?? null,
      shapeDistTraveled: f.parse('shape_dist_traveled', (v) => parseGtfsFloat(v, 0, Infinity)) ?? null,
      timepoint: f.parse('timepoint', BINARY) ?? null,
    };
  });

const DAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const;

export const readCalendar = (t: CsvTable, issues: IssueList): GtfsCalendar[] =>
  readRows<GtfsCalendar>(t, issues, (f) => {
    const serviceId = f.req('service_id');
    const days = DAYS.map((d) => f.parse(d, BINARY, true) === 1) as GtfsCalendar['days'];
    const startDate = f.parse('start_date', parseGtfsDate, true);
    const endDate = f.parse('end_date', parseGtfsDate, true);
    if (startDate && endDate && endDate < startDate) f.fail('end_date', 'end_date is before start_date');
    if (serviceId === undefined) return undefined;
    return { serviceId, days, startDate: startDate ?? '', endDate: endDate ?? '' };
  });

export const readCalendarDates = (t: CsvTable, issues: IssueList): GtfsCalendarDate[] =>
  readRows<GtfsCalendarDate>(t, issues, (f) => {
    const serviceId = f.req('service_id');
    const date = f.parse('date', parseGtfsDate, true);
    const exceptionType = f.parse('exception_type', enumOf(1, 2), true);
    if (serviceId === undefined) return undefined;
    return { serviceId, date: date ?? '', exceptionType: exceptionType ?? 0 };
  });

export const readFeedInfo = (t: CsvTable, issues: IssueList): GtfsFeedInfo | null =>
  readRows<GtfsFeedInfo>(t, issues, (f) => {
    f.req('feed_publisher_name');
    f.req('feed_publisher_url');
    f.req('feed_lang');
    return {
      publisher: f.opt('feed_publisher_name') ?? null,
      version: f.opt('feed_version') ?? null,
      startDate: f.parse('feed_start_date', parseGtfsDate) ?? null,
      endDate: f.parse('feed_end_date', parseGtfsDate) ?? null,
    };
  })[0] ?? null;
