/** The hour of a typical day the time-dependent layers (traffic, transit load) show. */
export const DAY_TYPES = ['weekday', 'weekend'] as const;
export type DayType = (typeof DAY_TYPES)[number];

export interface TimeValue {
  hour: number;
  day: DayType;
}

/** The morning peak: the hour a transport planner looks at first. */
export const DEFAULT_TIME: TimeValue = { hour: 7, day: 'weekday' };

type Listener = (time: TimeValue) => void;

/**
 * One time state shared by every time-dependent layer and the time panel, so that traffic and
 * transit load always show the same hour.
 */
export class TimeState {
  private value: TimeValue;
  private listeners: Listener[] = [];

  constructor(initial: Partial<TimeValue> = {}) {
    this.value = { ...DEFAULT_TIME, ...initial };
  }

  get hour(): number {
    return this.value.hour;
  }

  get day(): DayType {
    return this.value.day;
  }

  set(change: Partial<TimeValue>): void {
    const next = { ...this.value, ...change };
    if (!isHour(next.hour) || !isDayType(next.day)) return;
    if (next.hour === this.value.hour && next.day === this.value.day) return;
    this.value = next;
    for (const listener of this.listeners) listener(next);
  }

  onChange(listener: Listener): void {
    this.listeners.push(listener);
  }
}

export const isHour = (value: unknown): value is number =>
  typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= 23;

export const isDayType = (value: unknown): value is DayType =>
  (DAY_TYPES as readonly unknown[]).includes(value);

/** `7` → `07:00`. */
export const formatHour = (hour: number): string => `${String(hour).padStart(2, '0')}:00`;
