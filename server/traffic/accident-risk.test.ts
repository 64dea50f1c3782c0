import { describe, expect, it } from 'vitest';
import { periodDays, riskByClass, riskBySegment, type SegmentExposure } from './accident-risk.ts';

const S = (
  id: number,
  cls: SegmentExposure['class'],
  lengthM: number,
  nightVehicles: number,
  accidents: number,
) => ({ id, class: cls, lengthM, nightVehicles, source: 'model', accidents }) as SegmentExposure;

describe('night accident-risk indicator', () => {
  it('counts the days of the police extract, both ends included', () => {
    expect(periodDays('2020-01-01', '2025-12-03')).toBe(2164);
    expect(periodDays('2024-02-28', '2024-03-01')).toBe(3);
  });

  it('divides accidents by million night vehicle-km (golden numbers)', () => {
    // 2 km × 1,000 night vehicles a day × 1,000 days = 2 million vehicle-km; 6 accidents → 3 per million.
    const [row] = riskBySegment([S(1, 'I', 2000, 1000, 6)], 1000);
    expect(row).toEqual({ id: 1, class: 'I', accidents: 6, nightMvkm: 2, rate: 3 });
    expect(riskBySegment([S(2, 'local', 500, 0, 1)], 1000)[0]!.rate).toBeNull();
  });

  it('sums accidents and vehicle-km per class before dividing', () => {
    const rows = riskByClass(
      [S(1, 'II', 1000, 1000, 1), S(2, 'II', 1000, 3000, 7), S(3, 'III', 100, 10, 0)],
      500,
    );
    const ii = rows.find((r) => r.class === 'II')!;
    // (1 + 7) / ((1 + 3) km·thousand vehicles × 500 days / 1e6) = 8 / 2 = 4 (not the mean of 2 and 4.67).
    expect(ii).toMatchObject({ segments: 2, km: 2, accidents: 8, nightMvkm: 2, rate: 4, counterSegments: 0 });
    expect(rows.map((r) => r.class)).toEqual(['motorway', 'I', 'II', 'III', 'local']);
    expect(rows.find((r) => r.class === 'motorway')).toMatchObject({ segments: 0, rate: null });
    expect(rows.find((r) => r.class === 'III')).toMatchObject({ accidents: 0, rate: 0 });
  });
});
