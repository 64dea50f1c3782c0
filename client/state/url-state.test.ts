import { describe, expect, it } from 'vitest';
import { formatUrlState, parseUrlState } from './url-state.ts';

describe('url state', () => {
  it('round-trips view, layers with opacity and language', () => {
    const state = {
      view: { zoom: 10.5, lat: 50.76712, lon: 15.05619 },
      layers: [
        { id: 'municipalities', opacity: 0.6 },
        { id: 'gauges', opacity: 1 },
      ],
      lang: 'en',
    };
    const hash = formatUrlState(state);
    expect(hash).toBe('#map=10.5/50.76712/15.05619&layers=municipalities:60,gauges&lang=en');
    expect(parseUrlState(hash)).toEqual(state);
  });

  it('keeps an empty layer list (all layers switched off) distinct from no list', () => {
    expect(parseUrlState(formatUrlState({ layers: [] }))).toEqual({ layers: [] });
    expect(parseUrlState('#map=9/50.7/15')).toEqual({ view: { zoom: 9, lat: 50.7, lon: 15 } });
  });

  it('drops malformed parts instead of failing', () => {
    expect(parseUrlState('#map=99/50/15&layers=ok,BAD ID,x:150,ok,y:abc,z:0&lang=english&junk')).toEqual({
      layers: [
        { id: 'ok', opacity: 1 },
        { id: 'z', opacity: 0 },
      ],
    });
    expect(parseUrlState('')).toEqual({});
    expect(parseUrlState('#map=9/95/15')).toEqual({});
  });

  it('rounds coordinates to about a metre', () => {
    expect(formatUrlState({ view: { zoom: 9.123456, lat: 50.1234567, lon: 14.9876543 } })).toBe(
      '#map=9.12/50.12346/14.98765',
    );
  });

  it('round-trips the hour, the day type and the flow filter', () => {
    const state = {
      layers: [{ id: 'road-segments', opacity: 1 }],
      hour: 7,
      day: 'weekday' as const,
      flows: { min: 100, purpose: 'work' as const },
    };
    const hash = formatUrlState(state);
    expect(hash).toBe('#layers=road-segments&hour=7&day=weekday&flows=100/work');
    expect(parseUrlState(hash)).toEqual(state);
    expect(parseUrlState('#hour=24&day=friday&flows=-5/work')).toEqual({});
    expect(parseUrlState('#hour=0&flows=50/leisure')).toEqual({ hour: 0 });
  });

  it('round-trips the moment of the flood replay and drops a malformed one', () => {
    const state = { layers: [{ id: 'gauges', opacity: 1 }], at: '2025-06-12T06:00:00Z', lang: 'cs' };
    const hash = formatUrlState(state);
    expect(hash).toBe('#layers=gauges&at=2025-06-12T06:00:00Z&lang=cs');
    expect(parseUrlState(hash)).toEqual(state);
    expect(parseUrlState('#at=2025-06-12T06:00:00.000Z')).toEqual({ at: '2025-06-12T06:00:00.000Z' });
    expect(parseUrlState('#at=2025-06-12')).toEqual({});
    expect(parseUrlState('#at=2025-13-45T99:00:00Z')).toEqual({});
  });
});
