import { describe, expect, it } from 'vitest';
import { LOAD_SCALE, TRAFFIC_SCALE, classLabels, classOf, colorOf, sqrtWidth } from './class-scale.ts';

describe('class scales', () => {
  it('puts a value in the class whose lower bound it reaches', () => {
    expect(classOf(TRAFFIC_SCALE, 0)).toBe(0);
    expect(classOf(TRAFFIC_SCALE, 9.9)).toBe(0);
    expect(classOf(TRAFFIC_SCALE, 10)).toBe(1);
    expect(classOf(TRAFFIC_SCALE, 799)).toBe(4);
    expect(classOf(TRAFFIC_SCALE, 5000)).toBe(5);
    expect(colorOf(LOAD_SCALE, 0.95)).toBe('#d7191c');
    expect(colorOf(LOAD_SCALE, 1.2)).toBe('#7b0025');
  });

  it('labels the classes from below the first break to above the last', () => {
    expect(classLabels(LOAD_SCALE, (n) => String(n * 100))).toEqual([
      '< 30',
      '30–60',
      '60–90',
      '90–100',
      '≥ 100',
    ]);
    expect(TRAFFIC_SCALE.colors).toHaveLength(TRAFFIC_SCALE.breaks.length + 1);
  });

  it('grows widths with the square root, capped', () => {
    expect(sqrtWidth(0, 100, 1, 11)).toBe(1);
    expect(sqrtWidth(25, 100, 1, 11)).toBe(6);
    expect(sqrtWidth(400, 100, 1, 11)).toBe(11);
  });
});
