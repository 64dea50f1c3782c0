import { describe, expect, it } from 'vitest';
import { formatCzechAddress, formatPostcode } from './czech-address.ts';

describe('formatCzechAddress', () => {
  it('writes street, číslo popisné/orientační and post code', () => {
    expect(
      formatCzechAddress({ street: 'Palackého', houseNumber: 4680, orientation: 91, postcode: '46605' }),
    ).toBe('Palackého 4680/91, 466 05');
    expect(formatCzechAddress({ street: 'Husova', houseNumber: '357/10', postcode: '46001' })).toBe(
      'Husova 357/10, 460 01',
    );
  });

  it('marks a číslo evidenční and skips missing parts', () => {
    expect(
      formatCzechAddress({ street: 'Dobranov', houseNumber: 12, numberType: 'č.ev.', postcode: null }),
    ).toBe('Dobranov ev. č. 12');
    expect(
      formatCzechAddress({ street: null, houseNumber: 157, numberType: 'č.p.', postcode: '47121' }),
    ).toBe('157, 471 21');
  });

  it('refuses an empty address', () => {
    expect(() => formatCzechAddress({ street: ' ', houseNumber: null, postcode: '' })).toThrow(/no street/);
  });

  it('keeps post codes it does not recognise', () => {
    expect(formatPostcode('59-900')).toBe('59-900');
  });
});
