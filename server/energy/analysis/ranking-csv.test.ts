import { describe, expect, it } from 'vitest';
import type { BuildingStats } from './energy-queries.ts';
import { rankingCsv } from './ranking-csv.ts';

const row = (over: Partial<BuildingStats>) =>
  ({ id: 1, code: 'X', name: 'A', savings_czk: 0, ...over }) as BuildingStats;

describe('rankingCsv', () => {
  it('writes a header and one CRLF line per building, quoting separators and quotes', () => {
    const csv = rankingCsv([row({ name: 'Gymnázium "Dr. A. Randy", Jablonec', savings_czk: 1234.56 })]);
    const [header, line, end] = csv.split('\r\n');
    expect(header!.split(',')[0]).toBe('id');
    expect(header).toContain('savings_czk');
    expect(line).toContain('"Gymnázium ""Dr. A. Randy"", Jablonec"');
    expect(line!.endsWith(',1235')).toBe(true);
    expect(end).toBe('');
  });

  it('leaves missing values empty', () => {
    const line = rankingCsv([row({ heat_intensity: null })]).split('\r\n')[1]!;
    expect(line.split(',').length).toBe(rankingCsv([]).split('\r\n')[0]!.split(',').length);
    expect(line).toMatch(/^1,X,A,,/);
  });
});
