import { describe, expect, it } from 'vitest';
import { I18n } from '../i18n/i18n.ts';
import { heritagePopup, visitorsChart } from '../layers/heritage-layers.ts';

const bezdez = {
  id: 'Q1186381',
  name: 'Bezděz',
  kind: 'ruin',
  municipality: 'Bezděz',
  wikidata: 'Q1186381',
  visitors_2023: 55037,
  visitors_2024: 55962,
  visitors_2025: 54156,
  nkp: true,
  access: 'fee',
  website: 'https://www.hrad-bezdez.eu/',
};

describe('heritage popup with Wikidata and the visitors chart', () => {
  it('charts the published years as bars in the kind colour', () => {
    const chart = visitorsChart(bezdez, new I18n('cs'));
    expect(chart).toMatchObject({
      type: 'bar',
      lang: 'cs',
      x: { categories: ['2023', '2024', '2025'] },
      series: [{ values: [55037, 55962, 54156], color: '#636363' }],
    });
    expect(
      visitorsChart(
        { ...bezdez, visitors_2023: null, visitors_2024: null, visitors_2025: null },
        new I18n('cs'),
      ),
    ).toBeUndefined();
  });

  it('names the Wikidata id, the access and links the item', () => {
    const popup = heritagePopup(bezdez, new I18n('en'));
    expect(popup.rows).toContainEqual(['Wikidata', 'Q1186381']);
    expect(popup.rows).toContainEqual(['Access', 'admission fee']);
    expect(popup.links).toContainEqual({ href: 'https://www.wikidata.org/wiki/Q1186381', label: 'Wikidata' });
    expect(popup.charts).toHaveLength(1);
  });

  it('leaves out a Wikidata id that is not a QID (a museum without one)', () => {
    const popup = heritagePopup({ ...bezdez, wikidata: 'lk-severoceske-muzeum' }, new I18n('en'));
    expect(popup.rows.find(([label]) => label === 'Wikidata')).toBeUndefined();
    expect(popup.links?.some((l) => l.href.includes('wikidata'))).toBe(false);
  });
});
