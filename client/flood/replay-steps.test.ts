import { describe, expect, it } from 'vitest';
import { isoSeconds, replaySteps } from './replay-steps.ts';

const timeline = {
  from: '2025-06-10T00:00:00Z',
  to: '2025-06-12T00:00:00Z',
  stepMinutes: 60,
  peakAt: '2025-06-11T07:20:00Z',
};

describe('replaySteps', () => {
  it('numbers the moments of the span step by step, both ends included', () => {
    const steps = replaySteps(timeline);
    expect(steps.count).toBe(49);
    expect(steps.momentAt(0)).toBe('2025-06-10T00:00:00Z');
    expect(steps.momentAt(48)).toBe('2025-06-12T00:00:00Z');
    expect(steps.momentAt(99)).toBe('2025-06-12T00:00:00Z');
  });

  it('finds the nearest step of a moment, clamped to the span', () => {
    const steps = replaySteps(timeline);
    expect(steps.indexOf(timeline.peakAt)).toBe(31);
    expect(steps.momentAt(steps.indexOf(timeline.peakAt))).toBe('2025-06-11T07:00:00Z');
    expect(steps.indexOf('2020-01-01T00:00:00Z')).toBe(0);
    expect(steps.indexOf('not a date')).toBe(48);
  });

  it('refuses a timeline it cannot step through', () => {
    expect(() => replaySteps({ ...timeline, stepMinutes: 0 })).toThrow(/unusable/);
    expect(() => replaySteps({ ...timeline, to: '2025-06-01T00:00:00Z' })).toThrow(/unusable/);
    expect(() => replaySteps({ ...timeline, from: null, to: null })).toThrow(/unusable/);
  });

  it('writes instants without milliseconds', () => {
    expect(isoSeconds(Date.UTC(2025, 5, 12, 14))).toBe('2025-06-12T14:00:00Z');
  });
});
