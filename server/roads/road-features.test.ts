import { describe, expect, it } from 'vitest';
import type { SourceFeature } from '../ingest/geojson-reader.ts';
import { parseClassMap, roadFeatureLines } from './road-features.ts';

const feature = (
  properties: Record<string, unknown>,
  coordinates = [
    [15, 50.7],
    [15.01, 50.7],
  ],
): SourceFeature => ({
  properties,
  geometry: { type: 'LineString', coordinates },
});

describe('parseClassMap', () => {
  it('reads VALUE=CLASS pairs, class names in any case', () => {
    expect(parseClassMap('1=I, 2=ii,dálnice=Motorway,a=b=local')).toEqual({
      '1': 'I',
      '2': 'II',
      dálnice: 'motorway',
      'a=b': 'local',
    });
  });

  it.each(['1=IV', '=I', 'I', '1=I,'])('rejects %j', (text) => {
    expect(() => parseClassMap(text)).toThrow(/is not VALUE=motorway\|I\|II\|III\|local/);
  });
});

describe('roadFeatureLines', () => {
  it('maps classes through the map or by name, speeds from the field or by class', () => {
    const lines = roadFeatureLines(
      [
        feature({ t: 'silnice I. třídy', v: null, n: 'A' }),
        feature({ t: 'III', v: '60', n: '' }),
        feature({ t: 'local', v: 30 }),
        feature({ t: 'motorway', v: '' }),
      ],
      { classField: 't', classMap: { 'silnice I. třídy': 'I' }, speedField: 'v', nameField: 'n' },
      'roads.geojson',
    );
    expect(lines.map((l) => l.attrs)).toEqual([
      { roadClass: 'I', speedKmh: 90, oneway: false, name: 'A' },
      { roadClass: 'III', speedKmh: 60, oneway: false, name: null },
      { roadClass: 'local', speedKmh: 30, oneway: false, name: null },
      { roadClass: 'motorway', speedKmh: 130, oneway: false, name: null },
    ]);
  });

  it('lists every unknown class value at once', () => {
    expect(() =>
      roadFeatureLines(
        [feature({ t: 'x' }), feature({ t: 'I' }), feature({ t: 'y' }), feature({ t: 'x' })],
        { classField: 't' },
        'r.geojson',
      ),
    ).toThrow('r.geojson: unknown class values in t: "x", "y" (map them with --class-map VALUE=CLASS)');
  });

  it('rejects a missing class field, a bad speed and a non-line geometry', () => {
    expect(() => roadFeatureLines([feature({ a: 'I' })], { classField: 't' }, 'r')).toThrow(
      /no feature has the class field "t"/,
    );
    expect(() =>
      roadFeatureLines([feature({ t: 'I', v: 'fast' })], { classField: 't', speedField: 'v' }, 'r'),
    ).toThrow('r: feature 0: speed "fast" is not a speed in km/h');
    const point: SourceFeature = {
      properties: { t: 'I' },
      geometry: { type: 'Point', coordinates: [15, 50] },
    };
    expect(() => roadFeatureLines([point], { classField: 't' }, 'r')).toThrow(/geometry Point is not a line/);
  });

  it('reprojects S-JTSK (told by negative metres) and checks WGS 84 ranges', () => {
    const [line] = roadFeatureLines(
      [
        feature({ t: 'I' }, [
          [-687795.11, -973752.894],
          [-687024.695, -973291.125],
        ]),
      ],
      { classField: 't' },
      'r',
    );
    const [lon, lat] = line?.coords[0] ?? [];
    expect(lon).toBeCloseTo(15.06, 4);
    expect(lat).toBeCloseTo(50.77, 4);
    expect(() =>
      roadFeatureLines(
        [
          feature({ t: 'I' }, [
            [500000, 5600000],
            [500010, 5600000],
          ]),
        ],
        { classField: 't' },
        'r',
      ),
    ).toThrow(/neither WGS 84 nor S-JTSK/);
  });

  it('splits a MultiLineString into its parts', () => {
    const multi: SourceFeature = {
      properties: { t: 'II' },
      geometry: {
        type: 'MultiLineString',
        coordinates: [
          [
            [15, 50],
            [15.1, 50],
          ],
          [
            [15.1, 50],
            [15.2, 50],
          ],
        ],
      },
    };
    expect(roadFeatureLines([multi], { classField: 't' }, 'r')).toHaveLength(2);
  });
});
