import { describe, expect, it } from 'vitest';
import { I18n } from '../i18n/i18n.ts';
import { densityLegend } from './admin-layers.ts';
import { gaugePopup } from './flood-layers.ts';
import { heritagePopup } from './heritage-layers.ts';
import { DENSITY_COLORS } from './palettes.ts';

const gauge = {
  id: '0-203-1-086000',
  dbc: '086000',
  name: 'Dolní Sytová',
  river: 'Jizera',
  catchment_km2: 322.13,
  spa_type: 'H',
  dry_h: 35,
  spa1_h: 180,
  spa2_h: 240,
  spa3_h: 320,
  spa4_h: 404,
  dry_q: 1.82,
  spa1_q: 98.4,
  spa2_q: 175,
  spa3_q: 282,
  spa4_q: 400,
};

describe('gauge popup', () => {
  it('lists SPA thresholds in cm and m³/s and marks the column that applies', () => {
    const popup = gaugePopup(gauge, new I18n('cs'));
    expect(popup.title).toBe('Dolní Sytová');
    expect(popup.table?.head).toEqual(['', 'Stav (cm)', 'Průtok (m³/s)']);
    expect(popup.table?.body[1]).toEqual(['SPA 1 – bdělost', '180', '98,4']);
    expect(popup.table?.body[4]).toEqual(['SPA 4 – extrémní povodeň', '404', '400']);
    expect(popup.table?.highlightColumn).toBe(1);
    const onDischarge = gaugePopup({ ...gauge, spa_type: 'Q' }, new I18n('en'));
    expect(onDischarge.table?.highlightColumn).toBe(2);
    expect(onDischarge.table?.note).toBe('Levels are declared on the discharge (m³/s).');
  });

  it('says so when a gauge has no thresholds instead of an empty table', () => {
    const popup = gaugePopup({ id: 'x', name: 'Bez SPA', river: 'Jizera' }, new I18n('en'));
    expect(popup.table).toBeUndefined();
    expect(popup.rows.at(-1)).toEqual([
      'Flood activity levels',
      'No flood activity levels are set for this station.',
    ]);
  });
});

describe('heritage popup', () => {
  const site = {
    id: 'Q123',
    name: 'Hrad Grabštejn',
    kind: 'castle_chateau',
    municipality: 'Chotyně',
    founded: 1250,
    visitors_2023: 40123,
    visitors_2025: 41000,
    nkp: true,
    website: 'https://www.hrad-grabstejn.cz/',
    wikipedia: 'javascript:alert(1)',
  };

  it('shows kind, founding year, visitors per year, the NKP flag and web links only', () => {
    const popup = heritagePopup(site, new I18n('en'));
    expect(popup.rows).toEqual([
      ['Kind', 'castle and chateau'],
      ['Founded', '1250'],
      ['Visitors 2023', '40,123'],
      ['Visitors 2025', '41,000'],
      ['National cultural monument', 'yes'],
    ]);
    expect(popup.links).toEqual([{ href: 'https://www.hrad-grabstejn.cz/', label: 'Website' }]);
    expect(heritagePopup({ ...site, nkp: false }, new I18n('cs')).rows).toContainEqual([
      'Národní kulturní památka',
      'ne',
    ]);
  });
});

describe('density legend', () => {
  it('has one class per colour, from "below" to "and more", in both languages', () => {
    const cs = densityLegend(new I18n('cs'));
    expect(cs.map((item) => item.color)).toEqual([...DENSITY_COLORS]);
    expect(cs[0]?.label).toBe('pod 25 obyv./km²');
    expect(cs[3]?.label).toBe('100–200 obyv./km²');
    expect(densityLegend(new I18n('en')).at(-1)?.label).toBe('1,000 and more inh./km²');
  });
});
