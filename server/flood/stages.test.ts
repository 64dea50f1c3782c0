import { describe, expect, it } from 'vitest';
import {
  gaugeMeasure,
  gaugeStatus,
  stageOf,
  thresholdsOf,
  trendOf,
  type GaugeReading,
  type GaugeThresholdColumns,
} from './stages.ts';

// Liberec on the Lužická Nisa (ČHMÚ): SPA 85/125/160 cm, dry 24 cm; 9.44/23.4/36.4 m³/s, dry 0.381.
const LIBEREC: GaugeThresholdColumns = {
  spa_type: 'H',
  dry_h: 24,
  spa1_h: 85,
  spa2_h: 125,
  spa3_h: 160,
  dry_q: 0.381,
  spa1_q: 9.44,
  spa2_q: 23.4,
  spa3_q: 36.4,
};
const H = thresholdsOf(LIBEREC, 'H');
const Q = thresholdsOf({ ...LIBEREC, spa_type: 'Q' }, 'Q');
const HOUR = 3_600_000;
const T0 = Date.parse('2026-07-07T00:00:00Z');

const reading = (
  h: number,
  level: number | null,
  q: number | null = null,
  p: number | null = null,
): GaugeReading => ({
  ts: T0 + h * HOUR,
  level_cm: level,
  discharge_m3s: q,
  precipitation_mm: p,
});

describe('stageOf', () => {
  it('counts a value exactly at a threshold as reached, just below as not', () => {
    expect(stageOf(85, H)).toBe('SPA1');
    expect(stageOf(84.99, H)).toBe('none');
    expect(stageOf(125, H)).toBe('SPA2');
    expect(stageOf(124.9, H)).toBe('SPA1');
    expect(stageOf(160, H)).toBe('SPA3');
    expect(stageOf(159.9, H)).toBe('SPA2');
    expect(stageOf(500, H)).toBe('SPA3');
  });

  it('reports drought at or below the dry threshold', () => {
    expect(stageOf(24, H)).toBe('drought');
    expect(stageOf(24.1, H)).toBe('none');
    expect(stageOf(-3, H)).toBe('drought');
  });

  it('judges Q gauges on discharge with the Q thresholds', () => {
    expect(gaugeMeasure('Q')).toBe('Q');
    expect(stageOf(23.4, Q)).toBe('SPA2');
    expect(stageOf(23.39, Q)).toBe('SPA1');
    expect(stageOf(0.381, Q)).toBe('drought');
    expect(stageOf(85, Q)).toBe('SPA3'); // 85 is SPA1 in cm but far above SPA3 in m³/s
  });

  it('skips missing thresholds and cannot judge without any', () => {
    expect(stageOf(130, { spa1: null, spa2: 125, spa3: null, dry: null })).toBe('SPA2');
    expect(stageOf(100, { spa1: null, spa2: 125, spa3: null, dry: null })).toBe('none');
    expect(stageOf(10, { spa1: null, spa2: null, spa3: null, dry: 28 })).toBe('drought');
    expect(stageOf(50, { spa1: null, spa2: null, spa3: null, dry: 28 })).toBe('none');
    expect(stageOf(50, { spa1: null, spa2: null, spa3: null, dry: null })).toBe('unknown');
  });

  it('is unknown without a value', () => {
    expect(stageOf(null, H)).toBe('unknown');
    expect(stageOf(Number.NaN, H)).toBe('unknown');
  });

  it('reads gauges without an SPA type as level gauges', () => {
    expect(gaugeMeasure(null)).toBe('H');
    expect(gaugeMeasure('H')).toBe('H');
  });
});

describe('gaugeStatus', () => {
  it('judges the latest reading, with a rising trend and rain totals', () => {
    const rs = [0, 1, 2, 3, 4, 5].map((h) => reading(h, 80 + h * 2, 9 + h, 1));
    const s = gaugeStatus(rs, 'H', H, T0 + 5 * HOUR);
    expect(s).toMatchObject({
      stage: 'SPA1',
      value: 90,
      trend: 'rising',
      stale: false,
      lastReadingAt: T0 + 5 * HOUR,
      level_cm: 90,
      discharge_m3s: 14,
      precipitation_1h_mm: 1,
      precipitation_24h_mm: 6,
    });
  });

  it('ignores readings after the clock (replay)', () => {
    const rs = [reading(0, 100), reading(1, 130), reading(2, 170)];
    expect(gaugeStatus(rs, 'H', H, T0 + HOUR + 1).stage).toBe('SPA2');
    expect(gaugeStatus(rs, 'H', H, T0 - 1).stage).toBe('unknown');
  });

  it('bridges a null reading with the last value within the window, then gives up', () => {
    const rs = [reading(0, 130), reading(1, null), reading(2, null)];
    const s = gaugeStatus(rs, 'H', H, T0 + 2 * HOUR);
    expect(s).toMatchObject({ stage: 'SPA2', value: 130, valueAt: T0, lastReadingAt: T0 + 2 * HOUR });
    const long = [reading(0, 130), ...[1, 2, 3, 4].map((h) => reading(h, null))];
    expect(gaugeStatus(long, 'H', H, T0 + 4 * HOUR)).toMatchObject({
      stage: 'unknown',
      value: null,
      trend: null,
    });
  });

  it('judges an H gauge on level even when discharge is missing, a Q gauge on discharge', () => {
    const rs = [reading(0, 130, null)];
    expect(gaugeStatus(rs, 'H', H, T0).stage).toBe('SPA2');
    expect(gaugeStatus(rs, 'Q', Q, T0).stage).toBe('unknown');
    expect(gaugeStatus([reading(0, null, 40)], 'Q', Q, T0).stage).toBe('SPA3');
  });

  it('flags a gauge stale when its last reading is more than 3 h before the clock, keeping its stage', () => {
    const rs = [reading(0, 20)];
    expect(gaugeStatus(rs, 'H', H, T0 + 3 * HOUR).stale).toBe(false);
    const late = gaugeStatus(rs, 'H', H, T0 + 3 * HOUR + 1);
    expect(late).toMatchObject({ stale: true, stage: 'drought', precipitation_1h_mm: null });
  });
});

describe('trendOf', () => {
  const at = (v: number) => ({ ts: T0 + 3 * HOUR, value: v });
  it('is steady within 2 cm, rising or falling beyond', () => {
    const rs = [reading(0, 100)];
    expect(trendOf(rs, 'H', at(102))).toBe('steady');
    expect(trendOf(rs, 'H', at(102.5))).toBe('rising');
    expect(trendOf(rs, 'H', at(97.5))).toBe('falling');
  });

  it('uses 2 % of the earlier discharge on Q gauges', () => {
    const rs = [reading(0, null, 50)];
    expect(trendOf(rs, 'Q', at(50.9))).toBe('steady');
    expect(trendOf(rs, 'Q', at(51.1))).toBe('rising');
  });

  it('has no trend without an earlier value in the window', () => {
    expect(trendOf([reading(-7, 100)], 'H', at(150))).toBeNull();
    expect(trendOf([], 'H', at(150))).toBeNull();
  });
});
