import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import { el } from '../panels/dom.ts';
import {
  alignedData,
  barRects,
  tickIndices,
  usesIndexAxis,
  valueRange,
  xCount,
  xTickLabels,
} from './chart-data.ts';
import { formatAxisNumbers, formatValue } from './chart-format.ts';
import { CHART_DEFAULTS, type ChartSpec, type ChartThreshold } from './chart-spec.ts';

/** A drawn chart: its element (caption and canvas) and what frees its canvas and listeners. */
export interface ChartView {
  element: HTMLElement;
  destroy(): void;
}

// Roughly one tick label per 45 px keeps "led" or "5. 1." labels apart in a popup.
const PX_PER_TICK = 45;
const FONT = '11px system-ui, sans-serif';
const AXIS_STROKE = '#555555';
const GRID_STROKE = 'rgba(0, 0, 0, 0.08)';

/**
 * Draws a {@link ChartSpec} with uPlot: lines over time, grouped bars, threshold lines with labels.
 * The element carries `data-chart` (its caption) so that tests can find its canvas.
 */
export function createChart(spec: ChartSpec): ChartView {
  const width = spec.width ?? CHART_DEFAULTS.width;
  const height = spec.height ?? CHART_DEFAULTS.height;
  const target = el('div', { class: 'chart-plot' });
  const figure = el(
    'figure',
    { class: 'chart', 'data-chart': spec.caption ?? spec.type, role: 'img', 'aria-label': ariaLabel(spec) },
    spec.caption && el('figcaption', {}, spec.caption),
    target,
  );
  const plot = new uPlot(options(spec, width, height), alignedData(spec) as uPlot.AlignedData, target);
  return { element: figure, destroy: () => plot.destroy() };
}

function options(spec: ChartSpec, width: number, height: number): uPlot.Options {
  const index = usesIndexAxis(spec);
  const count = xCount(spec);
  const maxTicks = Math.max(2, Math.floor(width / PX_PER_TICK));
  const font = FONT;
  return {
    width,
    height,
    // Time ticks fall on the region's midnights and month starts, not on UTC ones.
    tzDate: (seconds) => uPlot.tzDate(new Date(seconds * 1000), 'Europe/Prague'),
    // Hovering shows the values in the legend; no drag-zoom inside a small popup.
    cursor: { drag: { x: false, y: false }, points: { show: !index } },
    legend: { show: spec.series.length > 1 || spec.type === 'line', live: true },
    scales: {
      x: index ? { time: false, range: [-0.5, count - 0.5] } : { time: true },
      y: { range: () => valueRange(spec) },
    },
    axes: [
      {
        font,
        stroke: AXIS_STROKE,
        grid: { show: false },
        ticks: { size: 3 },
        ...(index ? { splits: () => tickIndices(count, maxTicks) } : {}),
        values: (_u, splits, _axis, _space, step) => xTickLabels(spec, splits, step),
      },
      {
        font,
        stroke: AXIS_STROKE,
        grid: { stroke: GRID_STROKE },
        ticks: { size: 3 },
        size: 46,
        label: spec.unit,
        labelSize: spec.unit ? 14 : 0,
        labelFont: font,
        values: (_u, splits, _axis, _space, step) => formatAxisNumbers(splits, spec.lang, step),
      },
    ],
    series: [
      { value: (_u, x) => (x === null ? '' : (xTickLabels(spec, [x])[0]?.replace('\n', ' ') ?? '')) },
      ...spec.series.map((series, k) => ({
        label: series.label,
        stroke: series.color,
        width: spec.type === 'bar' ? 0 : 1.5,
        spanGaps: false,
        // Off the chart the legend shows only names; under the cursor, the values.
        value: (_u: uPlot, v: number | null) =>
          v === null ? '' : `${formatValue(v, spec.lang)}${spec.unit ? ` ${spec.unit}` : ''}`,
        ...(spec.type === 'bar'
          ? { fill: series.color, paths: groupedBars(k, spec.series.length), points: { show: false } }
          : { points: { show: false } }),
      })),
    ],
    plugins: spec.thresholds?.length ? [thresholdLines(spec.thresholds)] : [],
  };
}

/** One series of bars set beside the others of its group (uPlot's own bars overlap when grouped). */
function groupedBars(seriesIndex: number, seriesCount: number): uPlot.Series.PathBuilder {
  return (u, seriesIdx) => {
    const xs = u.data[0];
    const ys = u.data[seriesIdx] ?? [];
    const centers = Array.from(xs, (x) => u.valToPos(x, 'x', true));
    const tops = Array.from(ys, (y) => (y === null || y === undefined ? null : u.valToPos(y, 'y', true)));
    const zero = u.valToPos(0, 'y', true);
    const spacing = u.valToPos(1, 'x', true) - u.valToPos(0, 'x', true);
    const fill = new Path2D();
    for (const r of barRects(centers, tops, zero, seriesIndex, seriesCount, spacing))
      fill.rect(r.x, r.y, r.width, r.height);
    return { stroke: null, fill };
  };
}

/** Dashed horizontal lines at each threshold, labelled at their right end above the line. */
function thresholdLines(thresholds: ChartThreshold[]): uPlot.Plugin {
  return {
    hooks: {
      draw: [
        (u) => {
          const { ctx, bbox } = u;
          const ratio = uPlot.pxRatio;
          ctx.save();
          ctx.lineWidth = 1.5 * ratio;
          ctx.setLineDash([5 * ratio, 3 * ratio]);
          ctx.font = `${11 * ratio}px system-ui, sans-serif`;
          ctx.textAlign = 'right';
          ctx.textBaseline = 'bottom';
          for (const t of thresholds) {
            const y = Math.round(u.valToPos(t.value, 'y', true));
            ctx.strokeStyle = t.color;
            ctx.beginPath();
            ctx.moveTo(bbox.left, y);
            ctx.lineTo(bbox.left + bbox.width, y);
            ctx.stroke();
            ctx.fillStyle = t.color;
            ctx.fillText(t.label, bbox.left + bbox.width - 3 * ratio, y - 2 * ratio);
          }
          ctx.restore();
        },
      ],
    },
  };
}

/** What a screen reader hears instead of the canvas: caption, series and their ranges. */
function ariaLabel(spec: ChartSpec): string {
  const parts = spec.series.map((s) => {
    const values = s.values.filter((v): v is number => typeof v === 'number');
    if (values.length === 0) return s.label;
    const range = `${formatValue(Math.min(...values), spec.lang)}–${formatValue(Math.max(...values), spec.lang)}`;
    return `${s.label}: ${range}${spec.unit ? ` ${spec.unit}` : ''}`;
  });
  return [spec.caption, ...parts].filter(Boolean).join('; ');
}
