import { DETECTED_KINDS, type DetectedAlert, type DetectedKind } from './alert-types.ts';

/** A ground-truth fault: what the seeded generator injected ([startsAt, endsAt) UTC ms). */
export interface TruthEvent {
  meterId: number;
  kind: string;
  startsAt: number;
  endsAt: number;
}

export interface KindScore {
  kind: DetectedKind;
  truths: number;
  detected: number;
  /** Detections overlapping a truth event of the same kind and meter. */
  truePositives: number;
  /** Truth events overlapped by at least one detection. */
  found: number;
  precision: number;
  recall: number;
}

const overlaps = (a: DetectedAlert, t: TruthEvent) =>
  a.meterId === t.meterId &&
  a.kind === t.kind &&
  a.startsAt < t.endsAt &&
  (a.endsAt ?? Infinity) > t.startsAt;

/**
 * Event-level precision and recall per fault kind: a detection is right when its interval overlaps a
 * truth event of the same kind on the same meter; a truth event is found when some detection does.
 * With no detections precision is 1 (nothing claimed wrongly); with no truths recall is 1.
 */
export function scoreDetection(alerts: readonly DetectedAlert[], truths: readonly TruthEvent[]): KindScore[] {
  return DETECTED_KINDS.map((kind) => {
    const a = alerts.filter((x) => x.kind === kind);
    const t = truths.filter((x) => x.kind === kind);
    const truePositives = a.filter((x) => t.some((y) => overlaps(x, y))).length;
    const found = t.filter((y) => a.some((x) => overlaps(x, y))).length;
    return {
      kind,
      truths: t.length,
      detected: a.length,
      truePositives,
      found,
      precision: a.length ? truePositives / a.length : 1,
      recall: t.length ? found / t.length : 1,
    };
  });
}

/** The per-kind table as Markdown. */
export function scoreMarkdown(scores: readonly KindScore[]): string {
  const rows = scores.map(
    (s) =>
      `| ${s.kind} | ${s.truths} | ${s.detected} | ${s.truePositives} | ${s.found} | ${s.precision.toFixed(3)} | ${s.recall.toFixed(3)} |`,
  );
  return [
    '| fault type | injected | detected | correct detections | injected found | precision | recall |',
    '|---|---|---|---|---|---|---|',
    ...rows,
  ].join('\n');
}
