// What every series of one model run shares, computed once: the time axes, local calendar fields,
// weather, sun and occupancy per building type (memoised per interval).
import { occupancy } from './calendar.ts';
import type { BuildingType } from './register-types.ts';
import { clearSkyWm2, sunElevationDeg } from './solar.ts';
import { dayIndex, localTime, stepCount, stepTime, type LocalTime } from './time-axis.ts';
import { hourlyTemperature, modelWeather, type Weather } from './weather.ts';

export interface Axis {
  intervalMinutes: 15 | 60;
  /** UTC ms of each reading (start of its interval). */
  times: Float64Array;
  /** Day index of each reading. */
  day: Int32Array;
  local: LocalTime[];
}

export interface ModelContext {
  seed: number;
  weather: Weather;
  axis(intervalMinutes: 15 | 60): Axis;
  /** Occupancy 0–1 at the middle of each interval. */
  occupancy(type: BuildingType, intervalMinutes: 15 | 60): Float64Array;
  /** Outdoor temperature at the middle of each interval. */
  temperature(intervalMinutes: 15 | 60): Float64Array;
  /** Clear-sky irradiance (W/m²) at the middle of each interval. */
  clearSky(intervalMinutes: 15 | 60): Float64Array;
}

export function createContext(seed: number): ModelContext {
  const weather = modelWeather(seed);
  const memo = new Map<string, unknown>();
  const once = <T>(key: string, make: () => T): T => {
    if (!memo.has(key)) memo.set(key, make());
    return memo.get(key) as T;
  };
  const axis = (interval: 15 | 60): Axis =>
    once(`axis${interval}`, () => {
      const n = stepCount(interval);
      const times = new Float64Array(n);
      const day = new Int32Array(n);
      const local: LocalTime[] = [];
      for (let i = 0; i < n; i++) {
        times[i] = stepTime(interval, i);
        day[i] = dayIndex(times[i] ?? 0);
        local.push(localTime((times[i] ?? 0) + (interval * 60_000) / 2));
      }
      return { intervalMinutes: interval, times, day, local };
    });
  const perStep = (key: string, interval: 15 | 60, fn: (utcMid: number, i: number) => number) =>
    once(`${key}${interval}`, () => {
      const a = axis(interval);
      return Float64Array.from(a.times, (t, i) => fn(t + (interval * 60_000) / 2, i));
    });
  return {
    seed,
    weather,
    axis,
    occupancy: (type, interval) =>
      perStep(`occ-${type}`, interval, (_t, i) => occupancy(type, axis(interval).local[i] as LocalTime)),
    temperature: (interval) => perStep('temp', interval, (t) => hourlyTemperature(weather, t)),
    clearSky: (interval) => perStep('sun', interval, (t) => clearSkyWm2(sunElevationDeg(t))),
  };
}
