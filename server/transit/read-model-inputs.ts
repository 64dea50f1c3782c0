// Reads what the occupancy MODEL needs from the database: the calls of the trips running on one
// service day (real timetable) and the stop places with their municipality's population.
import type { Queryable } from '../db/db.ts';
import type { StopPlace } from './catchment.ts';
import type { ModelTrip } from './load-model.ts';
import { TRANSIT_SQL } from './transit-sql.ts';

interface CallRow {
  trip_id: string;
  route_id: string;
  direction_id: number | null;
  route_type: number;
  stop_id: string;
  place_id: string;
  time_s: number | null;
  pickup: boolean;
  drop_off: boolean;
}

interface PlaceRow {
  place_id: string;
  municipality: string | null;
  population: number | null;
  area_km2: number | null;
}

/** The trips of `day` ("YYYY-MM-DD") with their calls in stop order. */
export async function readModelTrips(db: Queryable, day: string): Promise<ModelTrip[]> {
  const rows = await db.query<CallRow>(TRANSIT_SQL.modelCalls, [day]);
  const trips: ModelTrip[] = [];
  let current: ModelTrip | undefined;
  for (const r of rows) {
    if (current?.tripId !== r.trip_id) {
      current = {
        tripId: r.trip_id,
        routeId: r.route_id,
        directionId: r.direction_id,
        routeType: r.route_type,
        calls: [],
      };
      trips.push(current);
    }
    current.calls.push({
      stopId: r.stop_id,
      placeId: r.place_id,
      timeS: r.time_s,
      pickup: r.pickup,
      dropOff: r.drop_off,
    });
  }
  return trips;
}

/** Every stop place (station, or stop without one) with its municipality's population and area. */
export async function readStopPlaces(db: Queryable): Promise<StopPlace[]> {
  return (await db.query<PlaceRow>(TRANSIT_SQL.stopPlaces)).map((r) => ({
    placeId: r.place_id,
    municipality: r.municipality,
    population: r.population,
    areaKm2: r.area_km2,
  }));
}
