// The detector's view of the days, taken from E1's model: its seeded daily temperatures (the
// "temperature model" — the only temperatures the project has) and the school-holiday and public-
// holiday calendar.
import { isPublicHoliday, SCHOOL_HOLIDAYS } from '../model/calendar.ts';
import { MODEL_SEED } from '../model/index.ts';
import { PERIOD_START } from '../model/time-axis.ts';
import { modelWeather } from '../model/weather.ts';
import type { DayContext } from './detect-holiday-heating.ts';

const DAY = 86_400_000;

export function modelDayContext(seed = MODEL_SEED): DayContext {
  const weather = modelWeather(seed);
  return {
    temperatureC(date) {
      const i = Math.round((Date.parse(`${date}T00:00:00Z`) - PERIOD_START) / DAY);
      return weather.dailyMeanC[i];
    },
    holidays: SCHOOL_HOLIDAYS,
    isWorkingDay(date) {
      const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
      return weekday >= 1 && weekday <= 5 && !isPublicHoliday(date);
    },
  };
}
