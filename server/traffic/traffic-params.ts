// The parameters of the traffic MODEL in one place, each with its reason. None of these is a
// measurement of the Liberec Region: they are order-of-magnitude assumptions from general travel
// behaviour, chosen so that the model's totals are plausible. A counter feed (source = 'counter')
// is what replaces them with facts.
import type { RoadClass } from '../network/road-types.ts';

export interface TrafficParams {
  tripsPerInhabitant: number;
  originExponent: number;
  destinationExponent: number;
  meanTripMinutes: number;
  weekendFactor: number;
  heavyShare: Readonly<Record<RoadClass, number>>;
  weekendHeavyFactor: number;
}

export const TRAFFIC_MODEL: Readonly<TrafficParams> = {
  /**
   * Car (vehicle) trips per inhabitant and working day that cross a municipality's border.
   * Reasoning: people make ~2.5 trips a day (national travel surveys: Czech "Česko v pohybu", German
   * MiD: 2.5–3.1); ~45 % go by car, with ~1.35 persons per car → ~0.8 vehicle trips per inhabitant;
   * about half of them leave the home municipality in a region of mostly small municipalities (Liberec,
   * a quarter of the population, keeps most of its trips inside) → 0.4. Intra-municipal trips are NOT
   * modelled: on the model network a municipality is one centre node, so they would not load any road.
   * Trips to and from outside the region (Prague via the D10, Germany, Poland) are not modelled either.
   */
  tripsPerInhabitant: 0.4,
  /** Exponents of the origin and destination populations in T_ij = k · P_i^a · P_j^b · f(t_ij). */
  originExponent: 1,
  destinationExponent: 1,
  /**
   * Impedance f(t) = exp(−β·t), t = car travel time in minutes on the road graph. β is calibrated so
   * that the mean modelled trip lasts this long: car commutes in Czechia average roughly 20–25 minutes,
   * inter-municipal trips in the region are mostly between neighbouring places (5–15 min) and to the
   * towns (20–40 min).
   */
  meanTripMinutes: 20,
  /** Weekend-day traffic relative to a working day (weekend days carry ~70–80 % of a weekday's traffic). */
  weekendFactor: 0.75,
  /**
   * Heavy vehicles (goods vehicles > 3.5 t and buses) as a share of all vehicles on a working day, by
   * road class: the typical range of the national traffic census (ŘSD) for such roads — motorways
   * 20–30 %, class I 10–20 %, class II/III 5–10 %, local streets a few %.
   */
  heavyShare: { motorway: 0.25, I: 0.15, II: 0.1, III: 0.06, local: 0.03 },
  /** Heavy share at weekends relative to weekdays (Czech lorry bans on Sundays and summer Saturdays). */
  weekendHeavyFactor: 0.4,
};

/** Hours of the police night-accident data (19:00–05:59). */
export const NIGHT_HOURS: readonly number[] = [19, 20, 21, 22, 23, 0, 1, 2, 3, 4, 5];

export const DAY_TYPES = ['weekday', 'weekend'] as const;
export type DayType = (typeof DAY_TYPES)[number];

/** Weekdays and weekend days of a week: AADT = (5 · weekday + 2 · weekend) / 7. */
export const DAYS_PER_WEEK: Record<DayType, number> = { weekday: 5, weekend: 2 };
