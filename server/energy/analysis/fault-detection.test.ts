import { beforeAll, describe, expect, it } from 'vitest';
import { energyModel, readRegister } from '../model/index.ts';
import type { DetectedAlert } from './alert-types.ts';
import { runsOfDays } from './alert-types.ts';
import { detectFaults } from './detect-faults.ts';
import { scoreDetection, type KindScore } from './evaluate-detection.ts';
import { modelDailySeries } from './model-daily-series.ts';
import { modelDayContext } from './model-day-context.ts';

// Detection against the seeded generator's injected faults (E1's ground truth), in memory. Only the
// detectors may be changed to pass this, never the generator.
describe('fault detection on the seeded model', () => {
  let scores: KindScore[];
  let alerts: DetectedAlert[];

  beforeAll(async () => {
    const model = energyModel(await readRegister());
    alerts = detectFaults(modelDailySeries(model), modelDayContext(model.seed));
    scores = scoreDetection(alerts, model.faults);
  }, 120_000);

  it.each(['leak', 'holiday_heating', 'pv_outage', 'meter_gap', 'step_change'])(
    'finds %s with precision and recall of at least 0.9',
    (kind) => {
      const s = scores.find((x) => x.kind === kind)!;
      expect(s.truths).toBeGreaterThan(0);
      expect(s.precision, JSON.stringify(s)).toBeGreaterThanOrEqual(0.9);
      expect(s.recall, JSON.stringify(s)).toBeGreaterThanOrEqual(0.9);
    },
  );

  it('gives every alert a meter, an ordered interval and a severity', () => {
    for (const a of alerts) {
      expect(a.meterCode).toBeTruthy();
      if (a.endsAt !== null) expect(a.endsAt).toBeGreaterThan(a.startsAt);
      expect(['info', 'warning', 'critical']).toContain(a.severity);
    }
  });
});

describe('runsOfDays', () => {
  it('joins days at most maxHole days apart', () => {
    expect(runsOfDays(['2025-01-05', '2025-01-01', '2025-01-02', '2025-01-04'], 0)).toEqual([
      ['2025-01-01', '2025-01-02'],
      ['2025-01-04', '2025-01-05'],
    ]);
    expect(runsOfDays(['2025-01-01', '2025-01-03', '2025-01-07'], 1)).toEqual([
      ['2025-01-01', '2025-01-03'],
      ['2025-01-07', '2025-01-07'],
    ]);
  });
});
