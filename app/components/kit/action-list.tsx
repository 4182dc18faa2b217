import type { ReactNode } from "react";

/**
 * The actions a record's state allows, as a short list where each opens the
 * one form it needs. Native <details>: works without JavaScript, keyboard and
 * screen-reader friendly. Render only the actions the domain's pure decision
 * function allows (e.g. workflow.ts): this component holds no rules.
 *
 *   <ActionPanel title={t("case.actions")}>
 *     <ActionItem id="accept" label={t("case.accept")} primary open={errorsFor === "accept"}>
 *       <Form method="post">…</Form>
 *     </ActionItem>
 *   </ActionPanel>
 */
export function ActionPanel({ title, children, hint }: { title: ReactNode; children: ReactNode; hint?: ReactNode }) {
  return (
    <section className="action-panel" aria-labelledby="action-panel-title">
      <h2 id="action-panel-title">{title}</h2>
      {hint ? <p className="field-hint">{hint}</p> : null}
      <div className="action-list">{children}</div>
    </section>
  );
}

export function ActionItem({
  id,
  label,
  description,
  open,
  primary,
  tone,
  children,
}: {
  /** Anchor id: a link to `#action-<id>` scrolls to it; a server error reopens it. */
  id: string;
  label: ReactNode;
  /** One line saying what the action does or why now. */
  description?: ReactNode;
  /** Open on load — pass true when the action's form came back with errors. */
  open?: boolean;
  /** The next action the record is waiting for: shown first and emphasised. */
  primary?: boolean;
  /** "danger" for irreversible actions (decline, end). */
  tone?: "danger";
  children: ReactNode;
}) {
  const className = ["action-item", primary ? "action-primary" : "", tone === "danger" ? "action-danger" : ""].filter(Boolean).join(" ");
  return (
    <details id={`action-${id}`} className={className} open={open || undefined}>
      <summary>
        <span className="action-label">{label}</span>
        {description ? <span className="action-description">{description}</span> : null}
      </summary>
      <div className="action-body">{children}</div>
    </details>
  );
}
