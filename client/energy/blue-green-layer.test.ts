import { describe, expect, it } from 'vitest';
import { I18n } from '../i18n/i18n.ts';
import { blueGreenPopup } from './blue-green-layer.ts';

describe('blue-green popup', () => {
  it('tells the rain retained and the drinking water saved, flagged as modelled', () => {
    const popup = blueGreenPopup(
      {
        kind: 'rain_tank',
        name: 'Nádrž – OA Česká Lípa',
        retained_m3_year: 412.4,
        potable_saved_m3_year: 380,
        volume_m3: 20,
      },
      new I18n('cs'),
    );
    expect(popup.subtitle).toBe('nádrž na dešťovou vodu');
    expect(popup.badge).toBe('modelová data');
    expect(popup.rows).toEqual([
      ['Zadržená srážková voda', '412 m³/rok'],
      ['Ušetřená pitná voda', '380 m³/rok'],
      ['Objem', '20 m³'],
    ]);
  });

  it('names a kind it does not know as it comes', () => {
    expect(blueGreenPopup({ kind: 'swale', name: 'x' }, new I18n('en')).subtitle).toBe('swale');
  });
});
