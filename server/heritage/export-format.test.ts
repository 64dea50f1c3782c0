import { describe, expect, it } from 'vitest';
import { CSV_HEADER, EXPORT_LICENCE, toCsv, toGeoJson } from './export-format.ts';
import type { ExportRow } from './heritage-queries.ts';

const row = (over: Partial<ExportRow> = {}): ExportRow => ({
  id: 'Q1186381',
  name: 'Bezděz',
  kind: 'ruin',
  municipality: 'Bezděz',
  address: null,
  founded: 1264,
  manager: 'NPÚ',
  website: 'https://www.hrad-bezdez.eu/',
  wikipedia: 'https://cs.wikipedia.org/wiki/Bezděz_(hrad)',
  wikidata: 'Q1186381',
  visitors_2023: 55037,
  visitors_2024: 55962,
  visitors_2025: 54156,
  nkp: true,
  access: 'fee',
  source: 'wikidata-castles',
  lon: 14.7197,
  lat: 50.53904,
  ...over,
});

describe('heritage open-data export', () => {
  it('writes a FeatureCollection with licence, sources and lon/lat points', () => {
    const fc = JSON.parse(toGeoJson([row()])) as {
      metadata: { licence: string; count: number };
      features: { id: string; properties: Record<string, unknown>; geometry: { coordinates: number[] } }[];
    };
    expect(fc.metadata).toMatchObject({ licence: EXPORT_LICENCE, count: 1 });
    expect(fc.features[0]).toMatchObject({ id: 'Q1186381', geometry: { coordinates: [14.7197, 50.53904] } });
    expect(fc.features[0]?.properties).not.toHaveProperty('lon');
  });

  it('writes RFC 4180 CSV: header, quoting, empty for null, no spreadsheet formulas', () => {
    const csv = toCsv([row(), row({ id: 'x', name: 'A "quoted", name', manager: '=cmd()', founded: null })]);
    const lines = csv.split('\r\n');
    expect(lines[0]).toBe(CSV_HEADER);
    expect(lines[1]).toBe(
      'Q1186381,Bezděz,ruin,Bezděz,,1264,NPÚ,https://www.hrad-bezdez.eu/,https://cs.wikipedia.org/wiki/Bezděz_(hrad),Q1186381,55037,55962,54156,true,fee,wikidata-castles,14.7197,50.53904',
    );
    expect(lines[2]).toContain(`x,"A ""quoted"", name",ruin,Bezděz,,,'=cmd(),`);
    expect(csv.endsWith('\r\n')).toBe(true);
  });

  it('keeps the licence ASCII so that it can travel in a header', () => {
    expect(EXPORT_LICENCE).toMatch(/^[\x20-\x7e]+$/);
  });
});
