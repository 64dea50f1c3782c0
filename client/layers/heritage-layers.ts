import type { I18n } from '../i18n/i18n.ts';
import type { MessageKey } from '../i18n/messages.ts';
import type { CatalogSource } from '../state/catalog.ts';
import { pointTileLayer } from './deck-points.ts';
import { HERITAGE_COLORS, HERITAGE_KINDS, NKP_OUTLINE, rgba } from './palettes.ts';
import { num, rows, text, type DeckThemeLayer, type PopupContent, type Properties } from './theme-layer.ts';

const isNkp = (value: unknown) => value === true || value === 'true' || value === 1;
const kindColor = (kind: unknown) => HERITAGE_COLORS[text(kind) as keyof typeof HERITAGE_COLORS] ?? '#000000';

/** Castles, chateaux, ruins, museums and galleries, coloured by kind; national monuments get a gold ring. */
export function heritageLayer(source: CatalogSource): DeckThemeLayer {
  return {
    renderer: 'deck',
    source,
    deckLayer: (context) =>
      pointTileLayer(source, context, {
        fillColor: (f) => rgba(kindColor(f.properties.kind)),
        lineColor: (f) => rgba(isNkp(f.properties.nkp) ? NKP_OUTLINE : '#ffffff'),
        lineWidth: (f) => (isNkp(f.properties.nkp) ? 3 : 1.5),
        radius: (f) => (isNkp(f.properties.nkp) ? 8 : 6),
      }),
    legend: (i18n) => [
      ...HERITAGE_KINDS.map((kind) => ({
        symbol: 'circle' as const,
        color: HERITAGE_COLORS[kind],
        outline: '#ffffff',
        label: i18n.t(`heritage.${kind}`),
      })),
      { symbol: 'circle', color: '#ffffff', outline: NKP_OUTLINE, label: i18n.t('heritage.nkpLegend') },
    ],
    tooltip: (p, i18n) => `${text(p.name) ?? ''} (${kindLabel(p.kind, i18n)})`,
    popup: heritagePopup,
  };
}

function kindLabel(kind: unknown, i18n: I18n): string {
  const k = text(kind) ?? '';
  return (HERITAGE_KINDS as readonly string[]).includes(k) ? i18n.t(`heritage.${k}` as MessageKey) : k;
}

export function heritagePopup(p: Properties, i18n: I18n): PopupContent {
  const visitors = (year: number): [string, string | undefined] => {
    const n = num(p[`visitors_${year}`]);
    return [i18n.t('field.visitors', { year }), n === undefined ? undefined : i18n.number(n)];
  };
  const links: { href: string; label: string }[] = [];
  for (const [key, label] of [
    ['website', i18n.t('field.website')],
    ['wikipedia', i18n.t('field.wikipedia')],
  ] as const) {
    const href = text(p[key]);
    // Only web links: a tile property must never become a javascript: or data: URL in the page.
    if (href && /^https?:\/\//i.test(href)) links.push({ href, label });
  }
  return {
    title: text(p.name) ?? '',
    subtitle: [kindLabel(p.kind, i18n), text(p.municipality)].filter(Boolean).join(', '),
    rows: rows(
      [i18n.t('field.kind'), kindLabel(p.kind, i18n)],
      [i18n.t('field.founded'), num(p.founded) === undefined ? undefined : String(num(p.founded))],
      visitors(2023),
      visitors(2024),
      visitors(2025),
      [i18n.t('field.nkp'), i18n.t(isNkp(p.nkp) ? 'yes' : 'no')],
      [i18n.t('field.manager'), text(p.manager)],
      [i18n.t('field.access'), text(p.access)],
    ),
    links,
  };
}
