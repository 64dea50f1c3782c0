// Stage–discharge relation of a gauge, Q = a·(H − h0)^b, the form hydrologists fit to gaugings. Fitted
// here through the gauge's own published pairs (dry, SPA1…SPA4 in cm and m³/s), because ČHMÚ derived
// those pairs from its rating curve; with fewer than two pairs a generic curve is anchored instead.

export interface RatingCurve {
  a: number;
  b: number;
  /** Level (cm) at which the discharge is zero. */
  h0: number;
  /** 'fitted' through ≥ 2 published pairs, or 'generic' (documented exponent, anchored on one pair or the mean flow). */
  kind: 'fitted' | 'generic';
}

export const RATING_DEFAULTS = {
  /** Exponent of the generic curve: a narrow, deep section (wide ones have 5/3); keeps flood levels to metres. */
  genericExponent: 2.5,
  /** Flow depth (cm) above the zero-flow level at the one published pair that anchors a generic curve. */
  genericAnchorDepthCm: 30,
  /** Level (cm) the generic curve gives at the mean flow when no published pair anchors it. */
  genericMeanLevelCm: 40,
  /** Exponents tried in the fit. */
  exponents: { min: 1.2, max: 3.5, step: 0.05 },
} as const;

/** Discharge (m³/s) at level h (cm). */
export const dischargeAt = (c: RatingCurve, h: number) => (h <= c.h0 ? 0 : c.a * (h - c.h0) ** c.b);

/** Level (cm) at discharge q (m³/s): the inverse the model uses to turn its flows into levels. */
export const levelAt = (c: RatingCurve, q: number) => (q <= 0 ? c.h0 : c.h0 + (q / c.a) ** (1 / c.b));

/**
 * Least squares on log Q over a grid of b and h0 (h0 below the lowest published level); for given b
 * and h0 the best log a is the mean residual, so the fit is exact for two pairs.
 */
export function fitRatingCurve(pairs: readonly { h: number; q: number }[]): RatingCurve | null {
  const ok = pairs.filter((p) => Number.isFinite(p.h) && p.q > 0);
  if (ok.length < 2) return null;
  const minH = Math.min(...ok.map((p) => p.h));
  const logQ = ok.map((p) => Math.log(p.q));
  let best: (RatingCurve & { sse: number }) | null = null;
  const { min, max, step } = RATING_DEFAULTS.exponents;
  for (let b = min; b <= max + 1e-9; b += step) {
    for (let depth = 1; depth <= 400; depth += 1) {
      const h0 = minH - depth;
      const x = ok.map((p) => b * Math.log(p.h - h0));
      const logA = logQ.reduce((s, lq, i) => s + lq - x[i]!, 0) / ok.length;
      const sse = logQ.reduce((s, lq, i) => s + (lq - logA - x[i]!) ** 2, 0);
      if (!best || sse < best.sse - 1e-12) best = { a: Math.exp(logA), b, h0, kind: 'fitted', sse };
    }
  }
  if (!best) return null;
  return { a: best.a, b: best.b, h0: best.h0, kind: 'fitted' };
}

/**
 * The generic curve (b = 2.5) through one published pair when there is one — a low-flow (drought)
 * pair with the zero-flow level `genericAnchorDepthCm` below it, a flood pair with h0 = 0 —
 * otherwise with h0 = 0, giving `genericMeanLevelCm` at the mean flow.
 */
export function genericRatingCurve(
  anchor: { h: number; q: number; lowFlow: boolean } | null,
  meanFlow: number,
): RatingCurve {
  const b = RATING_DEFAULTS.genericExponent;
  const depth = anchor?.lowFlow ? RATING_DEFAULTS.genericAnchorDepthCm : (anchor?.h ?? 0);
  if (anchor && anchor.q > 0 && depth > 0)
    return { a: anchor.q / depth ** b, b, h0: anchor.h - depth, kind: 'generic' };
  return { a: meanFlow / RATING_DEFAULTS.genericMeanLevelCm ** b, b, h0: 0, kind: 'generic' };
}
