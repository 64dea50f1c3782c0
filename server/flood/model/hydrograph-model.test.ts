import { describe, expect, it } from 'vitest';
import { readBundledGauges } from './gauges-file.ts';
import { generateFloodModel } from './hydrograph-model.ts';
import { FLOOD_MODEL } from './model-params.ts';
import { summariseModel } from './model-summary.ts';

const gauges = readBundledGauges();
const model = generateFloodModel(gauges);
const summary = summariseModel(model, gauges);
const byName = (river: string, name: string) => summary.find((s) => s.river === river && s.name === name)!;
const EVENT = { from: Date.parse('2026-07-06T00:00:00Z'), to: Date.parse('2026-07-12T00:00:00Z') };

describe('seeded gauge model', () => {
  it('is deterministic and hourly over the fixed period for all 51 gauges, less the outages', () => {
    expect(gauges).toHaveLength(51);
    const few = gauges.slice(0, 4);
    expect(generateFloodModel(few).rows).toEqual(generateFloodModel(few).rows);
    expect(model.hours).toBe(75 * 24);
    expect(model.rows.length).toBeLessThan(51 * model.hours);
    expect(model.rows.length).toBeGreaterThan(51 * model.hours - 100);
    expect(model.rows[0]).toMatchObject({ ts: new Date(FLOOD_MODEL.from).toISOString() });
    for (const r of model.rows.slice(0, 5000)) {
      expect(r.level_cm).toBeGreaterThanOrEqual(0);
      expect(r.discharge_m3s).toBeGreaterThan(0);
      expect(r.precipitation_mm).toBeGreaterThanOrEqual(0);
    }
    expect(generateFloodModel(few, { ...FLOOD_MODEL, seed: 1 }).rows).not.toEqual(
      generateFloodModel(few).rows,
    );
  });

  it('drives several gauges through SPA1 → SPA2 → SPA3 and back in the regional event', () => {
    const inEvent = summary.filter((s) =>
      ['SPA1', 'SPA2', 'SPA3'].every((stage) =>
        s.alerts.some(
          (a) =>
            a.stage === stage && a.openedAt >= EVENT.from && a.closedAt !== null && a.closedAt < EVENT.to,
        ),
      ),
    );
    expect(inEvent.length).toBeGreaterThanOrEqual(8);
    // The stages open in order on the way up and close in reverse on the way down.
    for (const s of inEvent) {
      const of = (stage: string) => s.alerts.filter((a) => a.stage === stage && a.openedAt >= EVENT.from)[0]!;
      expect(of('SPA1').openedAt).toBeLessThanOrEqual(of('SPA2').openedAt);
      expect(of('SPA2').openedAt).toBeLessThanOrEqual(of('SPA3').openedAt);
      expect(of('SPA3').closedAt!).toBeLessThanOrEqual(of('SPA2').closedAt!);
      expect(of('SPA2').closedAt!).toBeLessThanOrEqual(of('SPA1').closedAt!);
    }
    // Not everything floods: some gauges with thresholds stay below SPA1 or at SPA1.
    const withThresholds = summary.filter((s) => gauges.find((g) => g.id === s.id)!.spa1_h !== null);
    expect(withThresholds.filter((s) => s.maxStage !== 'SPA3').length).toBeGreaterThanOrEqual(5);
  });

  it('sends the flood wave downstream with a lag: Liberec peaks before Hrádek nad Nisou, Frýdlant before Předlánce', () => {
    for (const [river, up, down] of [
      ['Lužická Nisa', 'Liberec', 'Hrádek nad Nisou'],
      ['Smědá', 'Frýdlant', 'Předlánce'],
      ['Ploučnice', 'Mimoň', 'Česká Lípa'],
    ] as const) {
      const a = Date.parse(byName(river, up).peakAt);
      const b = Date.parse(byName(river, down).peakAt);
      expect(b, `${up} → ${down}`).toBeGreaterThan(a);
      expect(b - a).toBeLessThan(24 * 3_600_000);
    }
  });

  it('pushes some gauges below their drought threshold in the dry spell, not all', () => {
    const dry = summary.filter((s) => s.drought);
    expect(dry.length).toBeGreaterThanOrEqual(2);
    expect(dry.length).toBeLessThan(summary.length / 3);
    for (const s of dry) {
      const a = s.alerts.find((x) => x.stage === 'drought')!;
      expect(a.openedAt).toBeGreaterThan(Date.parse(FLOOD_MODEL.drySpell.from));
    }
  });

  it('rains on the gauges in a spatially correlated way: neighbours agree more than distant gauges', () => {
    const rain = (name: string) =>
      model.rows
        .filter((r) => r.gauge === summary.find((s) => s.name === name)!.id)
        .map((r) => r.precipitation_mm);
    const corr = (a: number[], b: number[]) => {
      const n = Math.min(a.length, b.length);
      const ma = a.slice(0, n).reduce((x, y) => x + y, 0) / n;
      const mb = b.slice(0, n).reduce((x, y) => x + y, 0) / n;
      let sab = 0,
        saa = 0,
        sbb = 0;
      for (let i = 0; i < n; i++) {
        sab += (a[i]! - ma) * (b[i]! - mb);
        saa += (a[i]! - ma) ** 2;
        sbb += (b[i]! - mb) ** 2;
      }
      return sab / Math.sqrt(saa * sbb);
    };
    // Frýdlant–Višňová are 5 km apart; Frýdlant–Stružnice 50 km.
    expect(corr(rain('Frýdlant'), rain('Višňová'))).toBeGreaterThan(
      corr(rain('Frýdlant'), rain('Stružnice')),
    );
  });

  it('stops the outage gauges before the end, so the status flags them stale', () => {
    for (const o of FLOOD_MODEL.outages) {
      const s = summary.find((x) => x.id === o.gauge)!;
      expect(Date.parse(s.lastReadingAt!)).toBeLessThan(Date.parse(o.from));
    }
  });
});
