import type { ReactNode } from "react";

/**
 * The top of every page: its one <h1>, an optional line under it (a unit, a
 * code, a period), facts as badges (status, due date) and the page's main
 * action. On a 390 px phone the main action sits right under the title, so it
 * is visible without scrolling; wider, it moves to the title's right.
 */
export function PageHeader({
  title,
  subtitle,
  badges,
  actions,
  titleId,
}: {
  title: ReactNode;
  subtitle?: ReactNode;
  /** Short facts shown as badges: a status, a due date, "overdue". */
  badges?: ReactNode;
  /** The page's main action(s): a primary link or button, at most two. */
  actions?: ReactNode;
  titleId?: string;
}) {
  return (
    <header className="page-header">
      <div className="page-header-text">
        <h1 id={titleId}>{title}</h1>
        {subtitle ? <p className="page-subtitle">{subtitle}</p> : null}
        {badges ? <div className="page-badges">{badges}</div> : null}
      </div>
      {actions ? <div className="page-actions">{actions}</div> : null}
    </header>
  );
}

/** A small labelled fact for PageHeader's badges. `tone` colours it (never the only signal: the text says it). */
export function Badge({ children, tone = "neutral" }: { children: ReactNode; tone?: "neutral" | "ok" | "warn" | "danger" | "info" }) {
  return <span className={`badge-fact badge-${tone}`}>{children}</span>;
}
