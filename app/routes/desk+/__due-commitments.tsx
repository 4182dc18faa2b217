import { Form, Link } from "@remix-run/react";
import { useTranslation } from "~/i18n/react";
import type { Language } from "~/i18n/config";
import { formatDate } from "~/utils/dates";

type Commitment = { id: string; responsible: string; what: string; dueAt: string; session: { id: string; title: string } | null; unit: { name: string } };

/** Commitments made in dialogue minutes that the unit still owes, soonest first (on the desk). */
export function DueCommitments({ commitments }: { commitments: Commitment[] }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const now = Date.now();
  return (
    <section aria-labelledby="commitments-title">
      <h2 id="commitments-title">{t("dialogue.commitments.heading")}</h2>
      {commitments.length ? (
        <ul className="notification-list">
          {commitments.map((c) => (
            <li key={c.id}>
              <p>
                <strong>{c.what}</strong> — {c.responsible} · {t("dialogue.commitments.due", { date: formatDate(c.dueAt, language) })}
                {new Date(c.dueAt).getTime() < now ? <span className="tag tag-danger">{t("cases.overdue")}</span> : null}
              </p>
              <p className="muted">
                {c.unit.name}
                {c.session ? (
                  <>
                    {" · "}
                    <Link to={`/desk/sessions/${c.session.id}`}>{c.session.title}</Link>
                  </>
                ) : null}
              </p>
              <Form method="post" action={`/desk/commitments/${c.id}`}>
                <button type="submit" className="link-button">
                  {t("dialogue.commitments.markDone")}
                </button>
              </Form>
            </li>
          ))}
        </ul>
      ) : (
        <p>{t("dialogue.commitments.none")}</p>
      )}
    </section>
  );
}
