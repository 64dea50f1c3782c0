import { describe, expect, it } from 'vitest';
import { parseAmount, parseId, parseTimestamp } from './row-fields.ts';

const iso = (raw: unknown) => {
  const r = parseTimestamp(raw);
  return r.ok ? r.value.toISOString() : `error: ${r.message}`;
};

describe('parseTimestamp', () => {
  it('reads ISO-8601 with Z or an offset, seconds and fractions optional', () => {
    expect(iso('2025-03-01T10:15:00Z')).toBe('2025-03-01T10:15:00.000Z');
    expect(iso('2025-03-01T10:15Z')).toBe('2025-03-01T10:15:00.000Z');
    expect(iso('2025-03-01T11:15:00+01:00')).toBe('2025-03-01T10:15:00.000Z');
    expect(iso('2025-03-01T08:15:00.250-0200')).toBe('2025-03-01T10:15:00.250Z');
    expect(iso(' 2025-03-01T10:15:00Z ')).toBe('2025-03-01T10:15:00.000Z');
  });

  it('refuses timestamps without an offset, impossible dates and non-strings', () => {
    expect(iso('2025-03-01T10:15:00')).toMatch(/UTC offset/);
    expect(iso('2025-03-01 10:15:00Z')).toMatch(/UTC offset/);
    expect(iso('2025-02-29T00:00:00Z')).toMatch(/not a valid date/);
    expect(iso('2024-02-29T00:00:00Z')).toBe('2024-02-29T00:00:00.000Z');
    expect(iso('2025-03-01T24:00:00Z')).toMatch(/not a valid date/);
    expect(iso(1740823200000)).toMatch(/string/);
    expect(iso(undefined)).toMatch(/string/);
  });
});

describe('parseAmount', () => {
  it('takes numbers and numeric strings (CSV), absent for undefined, null and empty', () => {
    expect(parseAmount(4.5)).toEqual({ ok: true, value: 4.5 });
    expect(parseAmount('4.5')).toEqual({ ok: true, value: 4.5 });
    expect(parseAmount('1e3')).toEqual({ ok: true, value: 1000 });
    expect(parseAmount(0)).toEqual({ ok: true, value: 0 });
    for (const absent of [undefined, null, ''])
      expect(parseAmount(absent)).toEqual({ ok: true, value: undefined });
  });

  it('refuses text, negatives, infinities, booleans', () => {
    expect(parseAmount('4,5')).toEqual({ ok: false, message: 'must be a number' });
    expect(parseAmount('12 kWh')).toEqual({ ok: false, message: 'must be a number' });
    expect(parseAmount(true)).toEqual({ ok: false, message: 'must be a number' });
    expect(parseAmount(-0.1)).toEqual({ ok: false, message: 'must not be negative' });
    expect(parseAmount('-3')).toEqual({ ok: false, message: 'must not be negative' });
    expect(parseAmount(Infinity)).toEqual({ ok: false, message: 'must be a finite number' });
    expect(parseAmount('1e999')).toEqual({ ok: false, message: 'must be a finite number' });
  });
});

describe('parseId', () => {
  it('trims strings, accepts integers, refuses empty and other types', () => {
    expect(parseId(' EL-1 ')).toEqual({ ok: true, value: 'EL-1' });
    expect(parseId(89)).toEqual({ ok: true, value: '89' });
    expect(parseId('')).toMatchObject({ ok: false });
    expect(parseId({})).toMatchObject({ ok: false });
  });
});
