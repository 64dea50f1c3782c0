import { describe, expect, it } from 'vitest';
import { formatAxisNumbers, formatTime, formatValue } from './chart-format.ts';

describe('chart formats', () => {
  it('labels days and hours in Czech and English', () => {
    const noon = Date.UTC(2025, 0, 5, 11);
    expect(formatTime(noon, 'day', 'cs')).toBe('5. 1.');
    expect(formatTime(noon, 'day', 'en')).toBe('5 Jan');
    expect(formatTime(noon, 'hour', 'cs')).toBe('12:00');
    expect(formatTime(noon, 'year', 'en')).toBe('2025');
    expect(formatTime(noon, 'month', 'cs')).toBe('led 2025');
    expect(formatTime(noon, 'month', 'en', false)).toBe('Jan');
  });

  it('writes large axis numbers compactly and small ones with the decimals their span needs', () => {
    expect(formatAxisNumbers([0, 60_000, 120_000], 'cs', 60_000)).toEqual([
      '0',
      '60\u00a0tis.',
      '120\u00a0tis.',
    ]);
    expect(formatAxisNumbers([5000, 10_000], 'en', 5000)).toEqual(['5k', '10k']);
    expect(formatAxisNumbers([0, 1500, 3000], 'en', 1500)).toEqual(['0', '1,500', '3,000']);
    expect(formatAxisNumbers([0, 0.25, 0.5], 'cs', 0.25)).toEqual(['0', '0,25', '0,5']);
  });

  it('shows a missing value as a dash', () => {
    expect(formatValue(null, 'cs')).toBe('–');
    expect(formatValue(1234.56, 'cs')).toBe('1\u00a0234,6');
  });
});
