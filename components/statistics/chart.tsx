import { useEffect, useId, useRef, useState } from 'react';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import { t } from '../i18n';
import type { Period } from './aggregate';

/**
 * A chart over the periods of the page, drawn by uPlot, with the same numbers as a table.
 * The canvas is hidden from screen readers; the table is always in the page (visually
 * hidden while the chart shows), so the figures reach everyone, and "Show as table" shows it.
 */

export interface Series {
  label: string;
  /** One value per period; null for a period without data, drawn as a gap. */
  values: (number | null)[];
  color: string;
}

interface ChartProps {
  title: string;
  periods: Period[];
  series: Series[];
  kind: 'bars' | 'lines';
  /** Values are shares 0–1, shown as percentages. */
  percent?: boolean;
  testId?: string;
}

export const PALETTE = ['#1a5fb4', '#c01c28', '#26a269', '#a35200', '#813d9c', '#1c71d8'];

const HEIGHT = 220;

export function formatValue(value: number | null, percent = false): string {
  if (value === null) return t('noValue');
  return percent ? `${Math.round(value * 100)} %` : String(value);
}

export function Chart({ title, periods, series, kind, percent = false, testId }: ChartProps) {
  const [asTable, setAsTable] = useState(false);
  const titleId = useId();
  const host = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const element = host.current;
    if (!element || asTable) return;
    const xs = periods.map((period) => Date.parse(`${period.key}T00:00:00Z`) / 1000);
    const bars = uPlot.paths.bars?.({ size: [0.6, 48] });
    const options: uPlot.Options = {
      width: element.clientWidth || 600,
      height: HEIGHT,
      // Period keys are calendar dates: show them as such, whatever the viewer's zone.
      tzDate: (ts) => uPlot.tzDate(new Date(ts * 1000), 'Etc/UTC'),
      legend: { show: series.length > 1, live: false },
      cursor: { show: true, points: { show: false } },
      scales: {
        x: { time: true },
        y: percent ? { range: [0, 1] } : { range: (_u, _min, max) => [0, Math.max(1, max)] },
      },
      axes: [
        { stroke: 'currentColor', grid: { stroke: 'rgba(128,128,128,0.2)' } },
        {
          stroke: 'currentColor',
          grid: { stroke: 'rgba(128,128,128,0.2)' },
          values: (_u, ticks) => ticks.map((tick) => formatValue(tick, percent)),
        },
      ],
      series: [
        {},
        ...series.map((line) => ({
          label: line.label,
          stroke: line.color,
          width: 2,
          value: (_u: uPlot, value: number | null) => formatValue(value, percent),
          ...(kind === 'bars'
            ? { fill: `${line.color}cc`, paths: bars, points: { show: false } }
            : { points: { show: true, size: 6 }, spanGaps: false }),
        })),
      ],
    };
    const plot = new uPlot(options, [xs, ...series.map((line) => line.values)], element);
    const resize = new ResizeObserver(() => {
      if (element.clientWidth > 0) plot.setSize({ width: element.clientWidth, height: HEIGHT });
    });
    resize.observe(element);
    return () => {
      resize.disconnect();
      plot.destroy();
    };
  }, [periods, series, kind, percent, asTable]);

  return (
    <figure
      className="chart"
      aria-labelledby={titleId}
      data-testid={testId}
      data-series={JSON.stringify(series.map((line) => line.values))}
    >
      <figcaption className="chart-caption">
        <h2 id={titleId}>{title}</h2>
        <button type="button" aria-pressed={asTable} onClick={() => setAsTable(!asTable)}>
          {asTable ? t('statsShowChart') : t('statsShowTable')}
        </button>
      </figcaption>
      {!asTable && <div ref={host} className="chart-canvas" aria-hidden="true" />}
      <table className={asTable ? 'data-table' : 'data-table visually-hidden'}>
        <caption className="visually-hidden">{title}</caption>
        <thead>
          <tr>
            <th scope="col">{t('colPeriod')}</th>
            {series.map((line) => (
              <th key={line.label} scope="col">
                {line.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {periods.map((period, i) => (
            <tr key={period.key}>
              <th scope="row">{period.label}</th>
              {series.map((line) => (
                <td key={line.label}>{formatValue(line.values[i] ?? null, percent)}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
