/**
 * A classed colour scale: `breaks` are the lower bounds of classes 1…n (class 0 is below the first),
 * so `colors` has one entry more than `breaks`. Classes rather than a continuous ramp: the reader
 * matches a line to a legend entry, and a test can count the pixels of a class.
 */
export interface ClassScale {
  breaks: readonly number[];
  colors: readonly string[];
}

/** The index of the class `value` falls into. */
export function classOf(scale: ClassScale, value: number): number {
  let k = 0;
  while (k < scale.breaks.length && value >= (scale.breaks[k] ?? Infinity)) k += 1;
  return k;
}

export function colorOf(scale: ClassScale, value: number): string {
  return scale.colors[classOf(scale, value)] ?? scale.colors[0] ?? '#000000';
}

/** Legend labels: "< a", "a–b", …, "≥ z", numbers formatted by `format`. */
export function classLabels(scale: ClassScale, format: (n: number) => string): string[] {
  const { breaks } = scale;
  return scale.colors.map((_, k) => {
    const low = breaks[k - 1];
    const high = breaks[k];
    if (low === undefined) return `< ${format(high ?? 0)}`;
    if (high === undefined) return `≥ ${format(low)}`;
    return `${format(low)}–${format(high)}`;
  });
}

/** Vehicles per hour on a road segment (modelled); the top three classes are "high intensity". */
export const TRAFFIC_SCALE: ClassScale = {
  breaks: [10, 50, 150, 400, 800],
  colors: ['#b9b9b9', '#fecc5c', '#fd8d3c', '#f03b20', '#bd0026', '#5e0033'],
};

/** Modelled load factor of a transit segment (passengers / scheduled capacity). */
export const LOAD_SCALE: ClassScale = {
  breaks: [0.3, 0.6, 0.9, 1],
  colors: ['#1a9641', '#a6d96a', '#fdae61', '#d7191c', '#7b0025'],
};

/** A line's width in pixels growing with the square root of `value` up to `max` (area-like reading). */
export function sqrtWidth(value: number, max: number, minPx: number, maxPx: number): number {
  if (!(value > 0)) return minPx;
  return minPx + (maxPx - minPx) * Math.sqrt(Math.min(value, max) / max);
}
