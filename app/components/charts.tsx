import type { ReactNode } from "react";
import { useTranslation } from "~/i18n/react";

/**
 * Charts drawn on the server as SVG: they need no JavaScript, print well, and
 * each comes with the table of its numbers (the table is what screen readers
 * and spreadsheets read; the picture is marked as an image with a summary).
 */

type Bar = { label: string; value: number; display: string };

/**
 * Horizontal bars as HTML rows — the label, then the bar and its value — so
 * the text stays at the page's size on any screen (an SVG scaled to a 390 px
 * phone shrank its labels to 6 px). Each bar is a one-rect SVG whose width is
 * an attribute: the Content Security Policy allows no inline styles.
 */
export function BarChart({ id, title, bars, children }: { id: string; title: string; bars: Bar[]; children: ReactNode }) {
  const { t } = useTranslation();
  const max = Math.max(1, ...bars.map((b) => b.value));
  return (
    <figure className="chart" aria-labelledby={`${id}-title`}>
      <figcaption id={`${id}-title`} className="chart-title">
        {title}
      </figcaption>
      {bars.length ? (
        <div role="img" aria-label={t("stats.charts.summary", { title })} className="bar-chart">
          {bars.map((b, i) => {
            const w = b.value > 0 ? Math.max(0.5, (b.value / max) * 100) : 0;
            return (
              <div key={`${b.label}-${i}`} className="bar-row">
                <span className="bar-label">{b.label}</span>
                <svg viewBox="0 0 100 10" preserveAspectRatio="none" className="bar-track" aria-hidden="true" focusable="false">
                  <rect x="0" y="0" width={w.toFixed(2)} height="10" className="chart-bar" />
                </svg>
                <span className="bar-value">{b.display}</span>
              </div>
            );
          })}
        </div>
      ) : (
        <p className="muted">{t("stats.charts.empty")}</p>
      )}
      {children}
    </figure>
  );
}

type Column = { label: string; a: number; b: number };

/** Two series side by side per period (received, resolved), with a legend. */
export function ColumnChart({ id, title, columns, legend, children }: { id: string; title: string; columns: Column[]; legend: [string, string]; children: ReactNode }) {
  const { t } = useTranslation();
  const max = Math.max(1, ...columns.flatMap((c) => [c.a, c.b]));
  const height = 220;
  const top = 24;
  const bottom = 40;
  const left = 44;
  // About 390 units wide for a year: drawn near 1:1 on a phone, so its 12 px labels stay readable.
  const slot = Math.max(12, Math.min(28, Math.floor(340 / Math.max(1, columns.length))));
  const width = Math.max(300, left + slot * columns.length + 10);
  const plot = height - top - bottom;
  const bar = Math.max(4, Math.floor((slot - 6) / 2));
  const y = (v: number) => top + plot - Math.round((v / max) * plot);
  // A label takes ~36 units ("03/26" at 12 px): label every column that has room.
  const every = Math.max(Math.ceil(36 / slot), Math.ceil(columns.length / 12));
  return (
    <figure className="chart" aria-labelledby={`${id}-title`}>
      <figcaption id={`${id}-title`} className="chart-title">
        {title}
      </figcaption>
      <svg viewBox={`0 0 ${width} ${height}`} role="img" aria-label={t("stats.charts.summary", { title })} className="chart-svg" preserveAspectRatio="xMinYMin meet">
        <line x1={left} x2={width - 4} y1={top + plot} y2={top + plot} className="chart-axis" />
        <text x={left - 6} y={top + 4} textAnchor="end" className="chart-value">
          {max}
        </text>
        <text x={left - 6} y={top + plot} textAnchor="end" className="chart-value">
          0
        </text>
        {columns.map((c, i) => {
          const x = left + i * slot + 3;
          return (
            <g key={c.label}>
              <rect x={x} y={y(c.a)} width={bar} height={top + plot - y(c.a)} className="chart-bar" />
              <rect x={x + bar} y={y(c.b)} width={bar} height={top + plot - y(c.b)} className="chart-bar chart-bar-b" />
              {i % every === 0 ? (
                <text x={x + bar} y={height - bottom + 16} textAnchor="middle" className="chart-label">
                  {c.label}
                </text>
              ) : null}
            </g>
          );
        })}
        <g transform={`translate(${left}, ${height - 12})`}>
          <rect width="12" height="12" y="-10" className="chart-bar" />
          <text x="16" className="chart-label">
            {legend[0]}
          </text>
          <rect x="140" width="12" height="12" y="-10" className="chart-bar chart-bar-b" />
          <text x="156" className="chart-label">
            {legend[1]}
          </text>
        </g>
      </svg>
      {children}
    </figure>
  );
}
