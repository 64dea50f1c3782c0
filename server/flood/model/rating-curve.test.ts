import { describe, expect, it } from 'vitest';
import { dischargeAt, fitRatingCurve, genericRatingCurve, levelAt } from './rating-curve.ts';

// Liberec, Lužická Nisa (ČHMÚ): dry 24 cm / 0.381, SPA1 85/9.44, SPA2 125/23.4, SPA3 160/36.4, SPA4 342/120.
const LIBEREC = [
  { h: 24, q: 0.381 },
  { h: 85, q: 9.44 },
  { h: 125, q: 23.4 },
  { h: 160, q: 36.4 },
  { h: 342, q: 120 },
];

describe('rating curve', () => {
  it('fits through the published pairs within a fifth in discharge and is monotonic', () => {
    const c = fitRatingCurve(LIBEREC)!;
    expect(c.kind).toBe('fitted');
    expect(c.h0).toBeLessThan(24);
    for (const p of LIBEREC.slice(1)) expect(Math.abs(dischargeAt(c, p.h) / p.q - 1)).toBeLessThan(0.2);
    let last = -1;
    for (let h = c.h0; h < 400; h += 5) {
      expect(dischargeAt(c, h)).toBeGreaterThan(last);
      last = dischargeAt(c, h);
    }
  });

  it('fits two pairs almost exactly and inverts', () => {
    const c = fitRatingCurve([
      { h: 100, q: 10 },
      { h: 200, q: 50 },
    ])!;
    expect(dischargeAt(c, 100)).toBeCloseTo(10, 3);
    expect(dischargeAt(c, 200)).toBeCloseTo(50, 3);
    expect(levelAt(c, dischargeAt(c, 137))).toBeCloseTo(137, 6);
  });

  it('needs two pairs; otherwise the generic curve passes through the anchor or the mean flow', () => {
    expect(fitRatingCurve([{ h: 30, q: 0.2 }])).toBeNull();
    expect(dischargeAt(genericRatingCurve({ h: 30, q: 0.2, lowFlow: true }, 5), 30)).toBeCloseTo(0.2, 9);
    expect(levelAt(genericRatingCurve(null, 5), 5)).toBeCloseTo(40, 9);
    const flood = genericRatingCurve({ h: 300, q: 40, lowFlow: false }, 1);
    expect(flood.h0).toBe(0);
    expect(dischargeAt(flood, 300)).toBeCloseTo(40, 9);
  });
});
