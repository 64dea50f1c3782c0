import type { FloodTimeline } from './flood-api.ts';

/**
 * The replay slider's positions: the moments `from`, `from + step`, … up to `to`, as indices
 * 0…count-1. Pure, so that the panel, the URL and the tests agree on which moment an index is.
 */
export interface ReplaySteps {
  count: number;
  momentAt(index: number): string;
  /** The position of a moment (the nearest step, clamped to the span). */
  indexOf(iso: string): number;
}

export function replaySteps(timeline: FloodTimeline): ReplaySteps {
  const from = Date.parse(timeline.from ?? '');
  const to = Date.parse(timeline.to ?? '');
  const stepMs = timeline.stepMinutes * 60_000;
  if (!Number.isFinite(from) || !Number.isFinite(to) || !(stepMs > 0) || to < from)
    throw new Error(`unusable flood timeline ${JSON.stringify(timeline)}`);
  const count = Math.floor((to - from) / stepMs) + 1;
  const clamp = (i: number) => Math.min(count - 1, Math.max(0, i));
  return {
    count,
    momentAt: (index) => isoSeconds(from + clamp(Math.round(index)) * stepMs),
    indexOf: (iso) => {
      const t = Date.parse(iso);
      return Number.isFinite(t) ? clamp(Math.round((t - from) / stepMs)) : count - 1;
    },
  };
}

/** `2025-06-12T14:00:00Z`: the form the URL and the API's `at` carry (no milliseconds). */
export const isoSeconds = (ms: number): string => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
