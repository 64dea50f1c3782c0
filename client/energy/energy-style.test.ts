import { describe, expect, it } from 'vitest';
import { I18n } from '../i18n/i18n.ts';
import { NO_DATA_COLOR, RATIO_SCALE, SAVINGS_SCALE } from './energy-palette.ts';
import { buildingColor, buildingRadius, colorLegend, pvRadius } from './energy-style.ts';

describe('building style', () => {
  it('colours by savings or by intensity ratio, grey without a value', () => {
    const p = { savings_czk: 750_000, intensity_ratio: 0.4 };
    expect(buildingColor(p, 'savings')).toBe(SAVINGS_SCALE.colors[3]);
    expect(buildingColor(p, 'ratio')).toBe(RATIO_SCALE.colors[0]);
    expect(buildingColor({ savings_czk: 0, intensity_ratio: 1 }, 'ratio')).toBe(RATIO_SCALE.colors[3]);
    expect(buildingColor({ savings_czk: 0 }, 'ratio')).toBe(NO_DATA_COLOR);
  });

  it('grows the dot with the square root of floor area, within bounds', () => {
    expect(buildingRadius(undefined)).toBe(4);
    expect(buildingRadius(30_000)).toBe(16);
    expect(buildingRadius(1e6)).toBe(16);
    // Four times the area, twice the radius above the minimum.
    expect(buildingRadius(20_000) - 4).toBeCloseTo(2 * (buildingRadius(5000) - 4));
    expect(pvRadius(0)).toBe(3);
    expect(pvRadius(200)).toBe(14);
    expect(pvRadius(50)).toBeLessThan(pvRadius(100));
  });

  it('has a legend entry per class and one for no data, in each mode and language', () => {
    const savings = colorLegend('savings', new I18n('cs'));
    expect(savings).toHaveLength(SAVINGS_SCALE.colors.length + 1);
    expect(savings[0]?.label).toBe('< 25 tis. Kč');
    expect(savings.at(-1)?.label).toBe('bez dat');
    const ratio = colorLegend('ratio', new I18n('en'));
    expect(ratio[3]?.label).toBe('95 %–105 %');
    expect(ratio.at(-1)?.color).toBe(NO_DATA_COLOR);
  });
});
