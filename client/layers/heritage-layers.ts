import type { ChartSpec } from '../charts/chart-spec.ts';
import type { I18n } from '../i18n/i18n.ts';
import type { MessageKey } from '../i18n/messages.ts';
import { HERITAGE_COLORS, HERITAGE_KINDS } from './palettes.ts';
import { num, rows, text, type PopupContent, type Properties } from './theme-layer.ts';

// The heritage popup; the layer itself (icons by kind, clusters) is client/heritage/heritage-layer.ts.

export const VISITOR_YEARS = [2023, 2024, 2025] as const;

export const isNkp = (value: unknown) => value === true || value === 'true' || value === 1;

export function kindLabel(kind: unknown, i18n: I18n): string {
  const k = text(kind) ?? '';
  return (HERITAGE_KINDS as readonly string[]).includes(k) ? i18n.t(`heritage.${k}` as MessageKey) : k;
}

const accessLabel = (access: unknown, i18n: I18n) =>
  access === 'free' || access === 'fee' ? i18n.t(`heritage.access.${access}`) : text(access);

/** Visitors per published year as a small bar chart; undefined when no year is published. */
export function visitorsChart(p: Properties, i18n: I18n): ChartSpec | undefined {
  const values = VISITOR_YEARS.map((year) => num(p[`visitors_${year}`]) ?? null);
  if (values.every((v) => v === null)) return undefined;
  const kind = text(p.kind) as keyof typeof HERITAGE_COLORS | undefined;
  return {
    type: 'bar',
    lang: i18n.lang,
    caption: i18n.t('heritage.visitorsChart'),
    x: { categories: VISITOR_YEARS.map(String) },
    series: [
      {
        label: i18n.t('heritage.visitorsSeries'),
        values,
        color: (kind && HERITAGE_COLORS[kind]) || '#636363',
      },
    ],
    height: 120,
  };
}

/** Only web links: a property must never become a javascript: or data: URL in the page. */
const webLink = (href: string | undefined, label: string) =>
  href && /^https?:\/\//i.test(href) ? [{ href, label }] : [];

export function heritagePopup(p: Properties, i18n: I18n): PopupContent {
  const visitors = (year: number): [string, string | undefined] => {
    const n = num(p[`visitors_${year}`]);
    return [i18n.t('field.visitors', { year }), n === undefined ? undefined : i18n.number(n)];
  };
  const wikidata = text(p.wikidata);
  const qid = wikidata && /^Q\d+$/.test(wikidata) ? wikidata : undefined;
  const chart = visitorsChart(p, i18n);
  return {
    title: text(p.name) ?? '',
    subtitle: [kindLabel(p.kind, i18n), text(p.municipality)].filter(Boolean).join(', '),
    rows: rows(
      [i18n.t('field.kind'), kindLabel(p.kind, i18n)],
      [i18n.t('field.founded'), num(p.founded) === undefined ? undefined : String(num(p.founded))],
      ...VISITOR_YEARS.map(visitors),
      [i18n.t('field.nkp'), i18n.t(isNkp(p.nkp) ? 'yes' : 'no')],
      [i18n.t('field.manager'), text(p.manager)],
      [i18n.t('heritage.field.address'), text(p.address)],
      [i18n.t('field.access'), accessLabel(p.access, i18n)],
      [i18n.t('heritage.field.wikidata'), qid],
    ),
    ...(chart ? { charts: [chart] } : {}),
    links: [
      ...webLink(text(p.website), i18n.t('field.website')),
      ...webLink(text(p.wikipedia), i18n.t('field.wikipedia')),
      ...webLink(qid && `https://www.wikidata.org/wiki/${qid}`, i18n.t('heritage.field.wikidata')),
    ],
  };
}
