import type { I18n } from '../i18n/i18n.ts';
import type { MessageKey } from '../i18n/messages.ts';
import { num, rows, text, type PopupContent, type Properties } from '../layers/theme-layer.ts';
import type { BuildingDetail, EnergyAlert, SeriesAnswer } from './energy-api.ts';
import { buildingCharts } from './energy-charts.ts';

/** What the building popup is built from: tile properties (or a ranking row), then the API answers. */
export interface BuildingPopupData {
  detail?: BuildingDetail | undefined;
  monthly?: SeriesAnswer | undefined;
  daily?: SeriesAnswer | undefined;
  alerts?: EnergyAlert[] | undefined;
}

const typeLabel = (type: unknown, i18n: I18n) => {
  const t = text(type);
  return t ? i18n.t(`energy.type.${t}` as MessageKey) : undefined;
};

const amount = (value: unknown, unit: string, i18n: I18n, digits = 0) => {
  const n = num(value);
  return n === undefined ? undefined : `${i18n.number(n, digits)} ${unit}`;
};

/** "142 kWh/m²·rok (srovnání 110)" — the value alone when the type has no benchmark. */
function vsBenchmark(value: unknown, benchmark: unknown, unit: string, i18n: I18n, digits = 0) {
  const shown = amount(value, unit, i18n, digits);
  const bench = num(benchmark);
  if (shown === undefined || bench === undefined) return shown;
  return i18n.t('energy.vsBenchmark', { value: shown, benchmark: i18n.number(bench, digits) });
}

/**
 * The building popup: key figures from the tile (or ranking row) at once; with the API answers the
 * intensities against their benchmarks, data completeness, the open faults and the charts.
 */
export function buildingPopup(p: Properties, i18n: I18n, data: BuildingPopupData = {}): PopupContent {
  const stats = data.detail?.stats;
  const ratio = num(stats?.intensity_ratio ?? p.intensity_ratio);
  const completeness = num(stats?.completeness);
  const alerts = data.alerts;
  const waterPerPerson = stats?.bench_water_person != null && stats.water_per_person != null;
  return {
    title: text(p.name) ?? '',
    badge: i18n.t('energy.modelled'),
    subtitle: [typeLabel(p.type, i18n), text(p.municipality)].filter(Boolean).join(', '),
    rows: rows(
      [i18n.t('energy.field.floorArea'), amount(p.floor_area_m2, 'm²', i18n)],
      [
        i18n.t('energy.field.heatIntensity'),
        vsBenchmark(
          stats?.heat_intensity ?? p.heat_intensity,
          stats?.bench_heat,
          i18n.t('energy.unit.kwhM2'),
          i18n,
        ),
      ],
      [
        i18n.t('energy.field.electricityIntensity'),
        vsBenchmark(
          stats?.electricity_intensity ?? p.electricity_intensity,
          stats?.bench_electricity,
          i18n.t('energy.unit.kwhM2'),
          i18n,
        ),
      ],
      [
        i18n.t('energy.field.waterIntensity'),
        waterPerPerson
          ? vsBenchmark(
              stats?.water_per_person,
              stats?.bench_water_person,
              i18n.t('energy.unit.m3Person'),
              i18n,
              1,
            )
          : vsBenchmark(stats?.water_intensity ?? p.water_intensity, stats?.bench_water_m2, 'm³/m²', i18n, 2),
      ],
      [i18n.t('energy.field.ratio'), ratio === undefined ? undefined : `${i18n.number(ratio * 100)} %`],
      [
        i18n.t('energy.field.savingsKwh'),
        amount(stats?.savings_kwh ?? p.savings_kwh, i18n.t('energy.unit.kwhYear'), i18n),
      ],
      [
        i18n.t('energy.field.savingsM3'),
        amount(stats?.savings_m3 ?? p.savings_m3, i18n.t('energy.unit.m3Year'), i18n),
      ],
      [
        i18n.t('energy.field.savingsCzk'),
        amount(stats?.savings_czk ?? p.savings_czk, i18n.t('energy.unit.czkYear'), i18n),
      ],
      [
        i18n.t('energy.field.completeness'),
        completeness === undefined ? undefined : `${i18n.number(completeness * 100)} %`,
      ],
      [
        i18n.t('energy.field.openAlerts'),
        alerts
          ? String(alerts.length)
          : num(p.open_alerts) === undefined
            ? undefined
            : String(num(p.open_alerts)),
      ],
    ),
    ...(alerts && alerts.length > 0 ? { table: alertTable(alerts, i18n) } : {}),
    charts: buildingCharts(data.monthly, data.daily, i18n),
  };
}

const ALERT_KINDS = ['leak', 'holiday_heating', 'pv_outage', 'meter_gap', 'step_change', 'night_baseload'];

/** A fault kind in words; a kind this client does not know yet is shown as the API names it. */
const alertLabel = (kind: string, i18n: I18n) =>
  ALERT_KINDS.includes(kind) ? i18n.t(`energy.alert.${kind}` as MessageKey) : kind;

function alertTable(alerts: EnergyAlert[], i18n: I18n): NonNullable<PopupContent['table']> {
  const since = new Intl.DateTimeFormat(i18n.lang === 'cs' ? 'cs-CZ' : 'en-GB', {
    day: 'numeric',
    month: 'numeric',
    year: 'numeric',
    timeZone: 'Europe/Prague',
  });
  return {
    caption: i18n.t('energy.alerts.caption'),
    head: [i18n.t('energy.alerts.kind'), i18n.t('energy.alerts.meter'), i18n.t('energy.alerts.since')],
    body: alerts.map((alert) => [
      alertLabel(alert.kind, i18n),
      i18n.t(`energy.kind.${alert.meter_kind}` as MessageKey),
      since.format(Date.parse(alert.starts_at)),
    ]),
  };
}
