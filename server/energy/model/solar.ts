// Clear-sky solar irradiance from the sun's elevation (NOAA-style approximations; good to ~1° of
// elevation, ample for a model) and the Meinel clear-sky attenuation.
import { SITE } from './model-params.ts';

const RAD = Math.PI / 180;

/** Sun elevation (degrees) at a UTC instant at the model site. */
export function sunElevationDeg(utcMs: number, lat = SITE.lat, lon = SITE.lon): number {
  const d = new Date(utcMs);
  const dayOfYear = (utcMs - Date.UTC(d.getUTCFullYear(), 0, 1)) / 86_400_000;
  const g = (2 * Math.PI * dayOfYear) / 365.25;
  const decl =
    0.006918 -
    0.399912 * Math.cos(g) +
    0.070257 * Math.sin(g) -
    0.006758 * Math.cos(2 * g) +
    0.000907 * Math.sin(2 * g) -
    0.002697 * Math.cos(3 * g) +
    0.00148 * Math.sin(3 * g);
  const eqTimeMin =
    229.18 *
    (0.000075 +
      0.001868 * Math.cos(g) -
      0.032077 * Math.sin(g) -
      0.014615 * Math.cos(2 * g) -
      0.040849 * Math.sin(2 * g));
  const utcMinutes = (dayOfYear % 1) * 1440;
  const solarMinutes = utcMinutes + eqTimeMin + 4 * lon;
  const hourAngle = (solarMinutes / 4 - 180) * RAD;
  const sinEl =
    Math.sin(lat * RAD) * Math.sin(decl) + Math.cos(lat * RAD) * Math.cos(decl) * Math.cos(hourAngle);
  return Math.asin(Math.max(-1, Math.min(1, sinEl))) / RAD;
}

/** Clear-sky global irradiance on a horizontal plane (W/m²), Meinel: 1353 · 0.7^(AM^0.678). */
export function clearSkyWm2(elevationDeg: number): number {
  if (elevationDeg <= 0) return 0;
  const sinEl = Math.sin(elevationDeg * RAD);
  const airMass = 1 / (sinEl + 0.50572 * (elevationDeg + 6.07995) ** -1.6364);
  return 1353 * 0.7 ** (airMass ** 0.678) * sinEl * 1.1; // × 1.1: diffuse share
}
