// Czech public holidays and the school-year calendar of the modelled period, and the occupancy
// (0–1) of each building type by local time. School holidays follow the MŠMT pattern for 2024/25 and
// 2025/26; the spring-holiday week differs per okres and is modelled as one week for the whole region.
import type { BuildingType } from './register-types.ts';
import type { LocalTime } from './time-axis.ts';

/** Czech public holidays (státní svátky and ostatní svátky) in the period. */
const PUBLIC_HOLIDAYS = new Set([
  '2025-01-01',
  '2025-04-18',
  '2025-04-21',
  '2025-05-01',
  '2025-05-08',
  '2025-07-05',
  '2025-07-06',
  '2025-09-28',
  '2025-10-28',
  '2025-11-17',
  '2025-12-24',
  '2025-12-25',
  '2025-12-26',
  '2026-01-01',
]);

/** A named school-holiday block, inclusive dates. */
export interface SchoolHoliday {
  name: string;
  from: string;
  to: string;
  /** Falls in the heating season, so heating left on over it shows (fault injection uses these). */
  heating: boolean;
}

export const SCHOOL_HOLIDAYS: readonly SchoolHoliday[] = [
  { name: 'vánoční 2024/25', from: '2024-12-21', to: '2025-01-05', heating: true },
  { name: 'pololetní 2025', from: '2025-01-31', to: '2025-02-02', heating: true },
  { name: 'jarní 2025', from: '2025-03-01', to: '2025-03-09', heating: true },
  { name: 'velikonoční 2025', from: '2025-04-17', to: '2025-04-21', heating: false },
  { name: 'hlavní 2025', from: '2025-06-28', to: '2025-08-31', heating: false },
  { name: 'podzimní 2025', from: '2025-10-25', to: '2025-11-02', heating: true },
  { name: 'vánoční 2025/26', from: '2025-12-20', to: '2026-01-04', heating: true },
  { name: 'pololetní 2026', from: '2026-01-30', to: '2026-02-01', heating: true },
  { name: 'jarní 2026', from: '2026-02-14', to: '2026-02-22', heating: true },
];

export function isPublicHoliday(date: string): boolean {
  return PUBLIC_HOLIDAYS.has(date);
}

export function isSchoolHoliday(date: string): boolean {
  return SCHOOL_HOLIDAYS.some((h) => date >= h.from && date <= h.to);
}

/** A working day: Monday–Friday and not a public holiday. */
export function isWorkingDay(t: LocalTime): boolean {
  return t.weekday >= 1 && t.weekday <= 5 && !isPublicHoliday(t.date);
}

/** Smooth ramp from 0 to 1 over [a, b] and back down over [c, d] (hours). */
function plateau(hour: number, a: number, b: number, c: number, d: number): number {
  if (hour <= a || hour >= d) return 0;
  if (hour < b) return (hour - a) / (b - a);
  if (hour <= c) return 1;
  return (d - hour) / (d - c);
}

/**
 * Share of the building's occupants present at a local time: schools on term days 7–16 h with some
 * evening use, hospitals and fire stations round the clock, museums open Tuesday–Sunday, offices on
 * working days.
 */
export function occupancy(type: BuildingType, t: LocalTime): number {
  const h = t.hour;
  switch (type) {
    case 'school':
      if (!isWorkingDay(t) || isSchoolHoliday(t.date)) return 0;
      return Math.max(plateau(h, 6.5, 7.75, 14.5, 16.5), 0.15 * plateau(h, 16, 16.5, 19.5, 20.5));
    case 'hospital':
    case 'social_care':
      return 0.7 + 0.3 * plateau(h, 6, 7.5, 15, 18) * (isWorkingDay(t) ? 1 : 0.4);
    case 'fire_station':
      return 0.75 + 0.25 * plateau(h, 6.5, 7.5, 15, 16.5) * (isWorkingDay(t) ? 1 : 0.3);
    case 'museum':
    case 'gallery': {
      const staff = isWorkingDay(t) ? 0.3 * plateau(h, 7, 8, 15.5, 16.5) : 0;
      const open = t.weekday !== 1 && !isPublicHoliday(t.date) ? plateau(h, 8.5, 9, 17, 17.5) : 0;
      return Math.max(staff, open);
    }
    case 'office':
      return isWorkingDay(t) ? plateau(h, 6, 7.5, 15.5, 18) : 0;
  }
}
