import { describe, expect, it } from 'vitest';
import type { DetectedAlert } from './alert-types.ts';
import { scoreDetection } from './evaluate-detection.ts';

const alert = (meterId: number, kind: DetectedAlert['kind'], startsAt: number, endsAt: number | null) =>
  ({
    meterId,
    kind,
    startsAt,
    endsAt,
    meterCode: `M${meterId}`,
    buildingId: 1,
    severity: 'warning',
    details: {},
  }) as DetectedAlert;

describe('scoreDetection', () => {
  it('matches events of the same kind and meter whose intervals overlap', () => {
    const truths = [
      { meterId: 1, kind: 'leak', startsAt: 10, endsAt: 20 },
      { meterId: 2, kind: 'leak', startsAt: 10, endsAt: 20 },
    ];
    const alerts = [
      alert(1, 'leak', 15, 30), // right
      alert(2, 'leak', 20, null), // touches the end only: wrong
      alert(1, 'meter_gap', 10, 20), // other kind: wrong, and no gap truth
    ];
    const [leak, , , gap] = scoreDetection(alerts, truths);
    expect(leak).toMatchObject({
      truths: 2,
      detected: 2,
      truePositives: 1,
      found: 1,
      precision: 0.5,
      recall: 0.5,
    });
    expect(gap).toMatchObject({ kind: 'meter_gap', truths: 0, detected: 1, precision: 0, recall: 1 });
  });
});
