import { describe, expect, it } from 'vitest';
import {
  formatGtfsTime,
  parseGtfsColor,
  parseGtfsDate,
  parseGtfsEnum,
  parseGtfsFloat,
  parseGtfsInt,
  parseGtfsTime,
  parseRouteType,
} from './gtfs-fields.ts';

describe('parseGtfsTime', () => {
  it('reads HH:MM:SS and H:MM:SS as seconds after midnight', () => {
    expect(parseGtfsTime('00:00:00')).toEqual({ value: 0 });
    expect(parseGtfsTime('07:05:09')).toEqual({ value: 7 * 3600 + 5 * 60 + 9 });
    expect(parseGtfsTime('7:05:09')).toEqual({ value: 7 * 3600 + 5 * 60 + 9 });
  });

  it('keeps hours past midnight of the service day', () => {
    expect(parseGtfsTime('25:10:00')).toEqual({ value: 90_600 });
    expect(parseGtfsTime('27:49:00')).toEqual({ value: 27 * 3600 + 49 * 60 });
  });

  it('names the bad part of a time', () => {
    expect(parseGtfsTime('25:61:00')).toEqual({ problem: '"25:61:00": minutes 61 out of range 00–59' });
    expect(parseGtfsTime('12:00:60')).toEqual({ problem: '"12:00:60": seconds 60 out of range 00–59' });
    for (const bad of ['7:5:00', '07:00', '07-00-00', ' 07:00:00x', '', 'noon'])
      expect(parseGtfsTime(bad)).toEqual({ problem: `"${bad}" is not a time HH:MM:SS` });
  });

  it('formats seconds back, hours over 24 included', () => {
    expect(formatGtfsTime(90_600)).toBe('25:10:00');
    expect(formatGtfsTime(7 * 3600 + 5)).toBe('07:00:05');
  });
});

describe('parseGtfsDate', () => {
  it('reads YYYYMMDD as an ISO date', () => {
    expect(parseGtfsDate('20260126')).toEqual({ value: '2026-01-26' });
    expect(parseGtfsDate('20240229')).toEqual({ value: '2024-02-29' });
  });

  it('rejects days that do not exist and other formats', () => {
    expect(parseGtfsDate('20260229')).toEqual({ problem: '"20260229" is not a calendar date' });
    expect(parseGtfsDate('20261301')).toEqual({ problem: '"20261301" is not a calendar date' });
    expect(parseGtfsDate('2026-01-26')).toEqual({ problem: '"2026-01-26" is not a date YYYYMMDD' });
  });
});

describe('numbers', () => {
  it('checks latitude and longitude ranges', () => {
    expect(parseGtfsFloat('50.75791549682617', -90, 90)).toEqual({ value: 50.75791549682617 });
    expect(parseGtfsFloat('-0.5', -90, 90)).toEqual({ value: -0.5 });
    expect(parseGtfsFloat('91', -90, 90)).toEqual({ problem: '91 out of range -90 to 90' });
    expect(parseGtfsFloat('-180.0001', -180, 180)).toEqual({ problem: '-180.0001 out of range -180 to 180' });
    expect(parseGtfsFloat('50,7', -90, 90)).toEqual({ problem: '"50,7" is not a number' });
    expect(parseGtfsFloat('NaN', -90, 90)).toEqual({ problem: '"NaN" is not a number' });
  });

  it('checks integers and enums', () => {
    expect(parseGtfsInt('12', 0, 100)).toEqual({ value: 12 });
    expect(parseGtfsInt('1.5', 0, 100)).toEqual({ problem: '"1.5" is not an integer' });
    expect(parseGtfsInt('-1', 0, 100)).toEqual({ problem: '-1 out of range 0–100' });
    expect(parseGtfsEnum('2', [1, 2])).toEqual({ value: 2 });
    expect(parseGtfsEnum('3', [1, 2])).toEqual({ problem: '"3" is not one of 1, 2' });
  });

  it('accepts the basic and extended route types only', () => {
    for (const ok of ['0', '3', '7', '11', '12', '100', '700', '900', '1702'])
      expect(parseRouteType(ok)).toEqual({ value: Number(ok) });
    for (const bad of ['8', '13', '99', '1800', 'bus', '-1'])
      expect(parseRouteType(bad)).toHaveProperty('problem');
  });

  it('reads colours as six hex digits', () => {
    expect(parseGtfsColor('f2a900')).toEqual({ value: 'F2A900' });
    expect(parseGtfsColor('#f2a900')).toHaveProperty('problem');
    expect(parseGtfsColor('fff')).toHaveProperty('problem');
  });
});
