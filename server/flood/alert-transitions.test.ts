import { describe, expect, it } from 'vitest';
import { runAlerts } from './alert-transitions.ts';

const T = { spa1: 85, spa2: 125, spa3: 160, dry: 24 };
const series = (values: (number | null)[]) => values.map((value, ts) => ({ ts, value }));

describe('runAlerts', () => {
  it('opens each stage on the way up and closes them on the way down, keeping the peak', () => {
    const alerts = runAlerts([], series([50, 85, 130, 170, 180, 150, 120, 82, 60]), T);
    expect(alerts).toEqual([
      { stage: 'SPA1', openedAt: 1, closedAt: 7, peakValue: 180, peakAt: 4 },
      { stage: 'SPA2', openedAt: 2, closedAt: 6, peakValue: 180, peakAt: 4 },
      { stage: 'SPA3', openedAt: 3, closedAt: 5, peakValue: 180, peakAt: 4 },
    ]);
  });

  it('does not close within the hysteresis band (2 % of the threshold) and ignores nulls', () => {
    // SPA1 = 85: 83.5 is within 1.7 cm, 83.2 is beyond.
    const alerts = runAlerts([], series([86, 83.5, null, 86, 83.2, 84]), T);
    expect(alerts).toEqual([{ stage: 'SPA1', openedAt: 0, closedAt: 4, peakValue: 86, peakAt: 0 }]);
  });

  it('continues from an alert left open by an earlier batch', () => {
    const open = [{ id: 7, stage: 'SPA1' as const, openedAt: 0, closedAt: null, peakValue: 100, peakAt: 0 }];
    const alerts = runAlerts(
      open,
      [
        { ts: 10, value: 110 },
        { ts: 11, value: 70 },
      ],
      T,
    );
    expect(alerts).toEqual([{ id: 7, stage: 'SPA1', openedAt: 0, closedAt: 11, peakValue: 110, peakAt: 10 }]);
    expect(open[0]!.closedAt).toBeNull(); // the input is not mutated
  });

  it('tracks drought with its lowest value', () => {
    const alerts = runAlerts([], series([30, 24, 20, 22, 24.4, 25]), T);
    expect(alerts).toEqual([{ stage: 'drought', openedAt: 1, closedAt: 5, peakValue: 20, peakAt: 2 }]);
  });

  it('raises nothing for a stage without a threshold', () => {
    expect(runAlerts([], series([500, 0]), { spa1: null, spa2: null, spa3: null, dry: null })).toEqual([]);
  });
});
