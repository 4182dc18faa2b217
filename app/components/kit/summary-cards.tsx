import type { ReactNode } from "react";

export type SummaryItem = {
  /** Stable key (also used for the element id of the label). */
  key: string;
  label: ReactNode;
  value: ReactNode;
  /** A line under the value: "93,8% of received", "since 1/7". */
  hint?: ReactNode;
  tone?: "neutral" | "ok" | "warn" | "danger";
  /** Makes the card a link (e.g. to the filtered list it counts). */
  href?: string;
};

/**
 * Headline figures as cards: two per row on a phone, more when wider. A
 * description list, so a screen reader reads "label: value".
 */
export function SummaryCards({ items, label }: { items: SummaryItem[]; label: string }) {
  return (
    <dl className="summary-cards" aria-label={label}>
      {items.map((item) => (
        <div key={item.key} className={`summary-card summary-${item.tone ?? "neutral"}`}>
          <dt id={`summary-${item.key}`}>{item.label}</dt>
          <dd>
            {item.href ? (
              <a href={item.href} aria-describedby={`summary-${item.key}`} className="summary-value">
                {item.value}
              </a>
            ) : (
              <span className="summary-value">{item.value}</span>
            )}
            {item.hint ? <span className="summary-hint">{item.hint}</span> : null}
          </dd>
        </div>
      ))}
    </dl>
  );
}
