import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";

/**
 * Charts drawn on the server as SVG: they need no JavaScript, print well, and
 * each comes with the table of its numbers (the table is what screen readers
 * and spreadsheets read; the picture is marked as an image with a summary).
 */

type Bar = { label: string; value: number; display: string };

export function BarChart({ id, title, bars, children }: { id: string; title: string; bars: Bar[]; children: ReactNode }) {
  const { t } = useTranslation();
  const max = Math.max(1, ...bars.map((b) => b.value));
  const row = 26;
  const labelWidth = 230;
  const width = 640;
  const barSpace = width - labelWidth - 70;
  const height = Math.max(row, bars.length * row) + 4;
  return (
    <figure className="chart" aria-labelledby={`${id}-title`}>
      <figcaption id={`${id}-title`} className="chart-title">
        {title}
      </figcaption>
      {bars.length ? (
        <svg viewBox={`0 0 ${width} ${height}`} role="img" aria-label={t("stats.charts.summary", { title })} className="chart-svg" preserveAspectRatio="xMinYMin meet">
          {bars.map((b, i) => {
            const y = i * row + 2;
            const w = Math.round((b.value / max) * barSpace);
            return (
              <g key={`${b.label}-${i}`}>
                <text x={labelWidth - 8} y={y + row / 2 + 4} textAnchor="end" className="chart-label">
                  {b.label.length > 34 ? `${b.label.slice(0, 33)}…` : b.label}
                </text>
                <rect x={labelWidth} y={y + 4} width={Math.max(w, b.value > 0 ? 2 : 0)} height={row - 8} className="chart-bar" />
                <text x={labelWidth + w + 6} y={y + row / 2 + 4} className="chart-value">
                  {b.display}
                </text>
              </g>
            );
          })}
        </svg>
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
  const slot = Math.max(14, Math.min(56, Math.floor(600 / Math.max(1, columns.length))));
  const width = left + slot * columns.length + 10;
  const plot = height - top - bottom;
  const bar = Math.max(4, Math.floor((slot - 6) / 2));
  const y = (v: number) => top + plot - Math.round((v / max) * plot);
  const every = Math.ceil(columns.length / 12);
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
          <rect x="150" width="12" height="12" y="-10" className="chart-bar chart-bar-b" />
          <text x="166" className="chart-label">
            {legend[1]}
          </text>
        </g>
      </svg>
      {children}
    </figure>
  );
}
