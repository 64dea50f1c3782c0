import type { Properties } from './dataset-spec.ts';

// Readers of one source property each; they throw a message naming the property, which the
// dataset reader prefixes with the dataset and feature.

const missing = (key: string, value: unknown, want: string) =>
  new Error(`property ${key} is ${JSON.stringify(value) ?? 'missing'}, expected ${want}`);

/** A non-empty string (surrounding blanks removed). */
export function text(p: Properties, key: string): string {
  const value = p[key];
  if (typeof value !== 'string' || value.trim() === '') throw missing(key, value, 'a non-empty string');
  return value.trim();
}

/** A string, or null where the source has null, nothing or blanks. */
export function optionalText(p: Properties, key: string): string | null {
  const value = p[key];
  if (value === null || value === undefined) return null;
  if (typeof value !== 'string') throw missing(key, value, 'a string or null');
  return value.trim() === '' ? null : value.trim();
}

export function integer(p: Properties, key: string): number {
  const value = p[key];
  if (!Number.isInteger(value)) throw missing(key, value, 'an integer');
  return value as number;
}

export function optionalInteger(p: Properties, key: string): number | null {
  const value = p[key];
  return value === null || value === undefined ? null : integer(p, key);
}

/** A finite number, or null where the source has none. */
export function optionalNumber(p: Properties, key: string): number | null {
  const value = p[key];
  if (value === null || value === undefined) return null;
  if (typeof value !== 'number' || !Number.isFinite(value)) throw missing(key, value, 'a number or null');
  return value;
}

export function boolean(p: Properties, key: string): boolean {
  const value = p[key];
  if (typeof value !== 'boolean') throw missing(key, value, 'true or false');
  return value;
}

/** Looks a code up in a fixed table; an unknown code is an error, not a silent null. */
export function oneOf<T>(p: Properties, key: string, table: Readonly<Record<string, T>>): T {
  const value = p[key];
  if (typeof value !== 'string' || !Object.hasOwn(table, value)) {
    throw missing(key, value, `one of ${Object.keys(table).join(', ')}`);
  }
  return table[value] as T;
}
