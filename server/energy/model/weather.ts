// Seeded daily weather for Liberec: mean air temperature (seasonal cycle + AR(1) noise), the hourly
// temperature (a diurnal sine around it) and a daily cloud factor for PV.
import { CLOUDS, WEATHER } from './model-params.ts';
import { mulberry32, normal } from '../../model/random.ts';
import { DAY, HOUR, PERIOD_DAYS, PERIOD_START } from './time-axis.ts';

export interface Weather {
  /** Daily mean temperature (°C) per day index of the period. */
  dailyMeanC: Float64Array;
  /** Share of the clear-sky PV yield each day gets (0.05–1). */
  cloudFactor: Float64Array;
}

/** Day of year (1 = 1 January) of a day index. */
function dayOfYear(day: number): number {
  const d = new Date(PERIOD_START + day * DAY);
  return Math.round((d.getTime() - Date.UTC(d.getUTCFullYear(), 0, 1)) / DAY) + 1;
}

/** Seasonal weight 0 (mid-winter) … 1 (mid-summer). */
function summerness(day: number): number {
  return 0.5 - 0.5 * Math.cos((2 * Math.PI * (dayOfYear(day) - WEATHER.coldestDayOfYear)) / 365.25);
}

export function modelWeather(seed: number): Weather {
  const random = mulberry32(seed ^ 0x5eed);
  const dailyMeanC = new Float64Array(PERIOD_DAYS);
  const cloudFactor = new Float64Array(PERIOD_DAYS);
  let noise = 0;
  for (let d = 0; d < PERIOD_DAYS; d++) {
    noise =
      WEATHER.noiseAr1 * noise + Math.sqrt(1 - WEATHER.noiseAr1 ** 2) * WEATHER.noiseSdC * normal(random);
    const s = summerness(d);
    dailyMeanC[d] = WEATHER.annualMeanC + WEATHER.amplitudeC * (2 * s - 1) + noise;
    const mean = CLOUDS.winterMean + (CLOUDS.summerMean - CLOUDS.winterMean) * s;
    cloudFactor[d] = Math.min(1, Math.max(0.05, mean + CLOUDS.spread * (2 * random() - 1)));
  }
  return { dailyMeanC, cloudFactor };
}

/** Hourly air temperature: the day's mean plus a diurnal sine warmest at 15:00 UTC+1. */
export function hourlyTemperature(weather: Weather, utcMs: number): number {
  const day = Math.min(weather.dailyMeanC.length - 1, Math.max(0, Math.floor((utcMs - PERIOD_START) / DAY)));
  const hour = ((utcMs - PERIOD_START) % DAY) / HOUR + 1;
  return (
    (weather.dailyMeanC[day] ?? 0) + WEATHER.diurnalAmplitudeC * Math.cos((2 * Math.PI * (hour - 15)) / 24)
  );
}

/** Heating degree-days of one day: max(0, base − daily mean), base 15 °C. */
export function heatingDegreeDays(weather: Weather, day: number): number {
  return Math.max(0, WEATHER.heatingBaseC - (weather.dailyMeanC[day] ?? WEATHER.heatingBaseC));
}
