import { describe, expect, it } from 'vitest';
import { floodingGauges, severity, shownStage, stageCounts, stageThreshold } from './stage-scale.ts';
import { gaugeStatus, statusOf } from './test-status.ts';

describe('severity', () => {
  it('is the stage plus the share of the way to the next threshold', () => {
    expect(severity(gaugeStatus({ id: 'a', stage: 'SPA1', value: 180 }))).toBe(1);
    expect(severity(gaugeStatus({ id: 'a', stage: 'SPA1', value: 210 }))).toBe(1.5);
    expect(severity(gaugeStatus({ id: 'a', stage: 'SPA2', value: 280 }))).toBe(2.5);
    // Past SPA 3 the SPA2–SPA3 step (80 cm) is the unit.
    expect(severity(gaugeStatus({ id: 'a', stage: 'SPA3', value: 360 }))).toBe(3.5);
  });

  it('falls back to the stage alone without a value or the thresholds around it', () => {
    expect(severity(gaugeStatus({ id: 'a', stage: 'SPA2', value: null }))).toBe(2);
    const noSpa3 = { spa1: 180, spa2: 240, spa3: null, dry: null };
    expect(severity(gaugeStatus({ id: 'a', stage: 'SPA2', value: 300, thresholds: noSpa3 }))).toBe(2);
    expect(severity(gaugeStatus({ id: 'a', stage: 'none' }))).toBe(0);
    expect(severity(gaugeStatus({ id: 'a', stage: 'drought', value: 20 }))).toBe(0);
  });
});

describe('floodingGauges', () => {
  it('lists SPA 1–3 only, SPA 3 first, then the furthest into its stage', () => {
    const status = statusOf([
      gaugeStatus({ id: 'calm', stage: 'none' }),
      gaugeStatus({ id: 'dry', stage: 'drought', value: 20 }),
      gaugeStatus({ id: 'watch', stage: 'SPA1', value: 200 }),
      gaugeStatus({ id: 'alert-high', stage: 'SPA2', value: 310 }),
      gaugeStatus({ id: 'danger', stage: 'SPA3', value: 321 }),
      gaugeStatus({ id: 'alert-low', stage: 'SPA2', value: 241 }),
      gaugeStatus({ id: 'unknown', stage: 'unknown', value: null }),
      // A discharge gauge just into SPA 2 ranks by its own thresholds, not by the size of its numbers.
      gaugeStatus({
        id: 'alert-q',
        stage: 'SPA2',
        measure: 'Q',
        value: 30,
        thresholds: { spa1: 10, spa2: 20, spa3: 40, dry: 1 },
      }),
    ]);
    expect(floodingGauges(status).map((g) => g.id)).toEqual([
      'danger',
      'alert-high',
      'alert-q',
      'alert-low',
      'watch',
    ]);
  });
});

describe('stages shown and counted', () => {
  it('draws a stale gauge grey whatever its last stage, and counts it as stale too', () => {
    expect(shownStage({ stage: 'SPA3', stale: true })).toBe('unknown');
    expect(shownStage({ stage: 'SPA3', stale: false })).toBe('SPA3');
    const counts = stageCounts(
      statusOf([
        gaugeStatus({ id: 'a', stage: 'SPA3', stale: true }),
        gaugeStatus({ id: 'b', stage: 'drought' }),
      ]),
    );
    expect(counts).toMatchObject({ SPA3: 1, drought: 1, stale: 1, none: 0 });
  });

  it('gives the threshold of the stage a gauge is at', () => {
    expect(stageThreshold(gaugeStatus({ id: 'a', stage: 'SPA2' }))).toBe(240);
    expect(stageThreshold(gaugeStatus({ id: 'a', stage: 'drought' }))).toBe(35);
    expect(stageThreshold(gaugeStatus({ id: 'a', stage: 'none' }))).toBeNull();
  });
});
