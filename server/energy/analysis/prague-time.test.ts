import { describe, expect, it } from 'vitest';
import { pragueDateHour, pragueMidnight } from './prague-time.ts';

describe('Prague local time', () => {
  it('switches to CEST on the last Sunday of March and back on the last of October', () => {
    expect(pragueDateHour(Date.parse('2025-03-30T00:59:00Z'))).toEqual({ date: '2025-03-30', hour: 1 });
    expect(pragueDateHour(Date.parse('2025-03-30T01:00:00Z'))).toEqual({ date: '2025-03-30', hour: 3 });
    expect(pragueDateHour(Date.parse('2025-10-26T00:30:00Z'))).toEqual({ date: '2025-10-26', hour: 2 });
    expect(pragueDateHour(Date.parse('2025-10-26T01:30:00Z'))).toEqual({ date: '2025-10-26', hour: 2 });
    expect(pragueDateHour(Date.parse('2024-12-31T23:00:00Z'))).toEqual({ date: '2025-01-01', hour: 0 });
  });

  it('finds local midnight in winter and summer', () => {
    expect(new Date(pragueMidnight('2025-01-01')).toISOString()).toBe('2024-12-31T23:00:00.000Z');
    expect(new Date(pragueMidnight('2025-07-01')).toISOString()).toBe('2025-06-30T22:00:00.000Z');
    expect(new Date(pragueMidnight('2025-03-31')).toISOString()).toBe('2025-03-30T22:00:00.000Z');
  });
});
