import { type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "~/i18n/react";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { Badge, DataTable, PageHeader } from "~/components/kit";
import type { Language } from "~/i18n/config";
import { getT } from "~/i18n/i18n.server";
import { ruleKinds } from "~/modules/democracy/constants";
import { loadDemocracyRules } from "~/modules/democracy/rules.server";
import { formatDate } from "~/utils/dates";
import { pageMeta } from "~/utils/meta";

export const meta: MetaFunction<typeof loader> = pageMeta;

/** Public: every rule the app applies, with its legal basis and whether it was confirmed from the text. */
export async function loader({ request }: LoaderFunctionArgs) {
  const [rules, t] = await Promise.all([loadDemocracyRules(), getT(request)]);
  return { title: t("democracy.rules.heading"), rules };
}

export default function Rules() {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const { rules } = useLoaderData<typeof loader>();
  const value = (r: (typeof rules)[number]) =>
    [
      r.ratioNum && r.ratioDen ? t(r.ratioStrict ? "democracy.share.moreThan" : "democracy.share.atLeast", { num: r.ratioNum, den: r.ratioDen }) : null,
      r.days !== null ? t(r.dayType === "WORKING" ? "democracy.rules.workingDays" : "democracy.rules.days", { days: r.days }) : null,
      r.secretBallot ? t("democracy.rules.secret") : null,
      r.onlineBallot ? t("democracy.rules.online") : null,
    ]
      .filter(Boolean)
      .join("; ") || "—";
  return (
    <section aria-labelledby="rules-title">
      <p>
        <Link to="/democracy">{t("democracy.back")}</Link>
      </p>
      <PageHeader title={t("democracy.rules.heading")} titleId="rules-title" />
      <p>{t("democracy.rules.intro")}</p>
      {ruleKinds.map((kind) => {
        const rows = rules.filter((r) => r.kind === kind);
        if (!rows.length) return null;
        return (
          <section key={kind} aria-labelledby={`kind-${kind}`}>
            <h2 id={`kind-${kind}`}>{t(`democracy.rules.kinds.${kind}`)}</h2>
            <DataTable
              caption={t(`democracy.rules.kinds.${kind}`)}
              rows={rows}
              rowKey={(r) => r.id}
              empty="—"
              columns={[
                { key: "code", header: t("democracy.rules.code"), label: t("democracy.rules.code"), primary: true, cell: (r) => t(`democracy.subjects.${r.code}`) },
                { key: "value", header: t("democracy.rules.value"), label: t("democracy.rules.value"), cell: value },
                {
                  key: "basis",
                  header: t("democracy.legalBasis"),
                  label: t("democracy.legalBasis"),
                  cell: (r) => (
                    <>
                      {[r.article, r.clause, r.document].filter(Boolean).join(", ")}{" "}
                      {r.confirmed ? <Badge tone="ok">{t("democracy.rules.confirmed")}</Badge> : <Badge tone="warn">{t("democracy.unconfirmed")}</Badge>}
                    </>
                  ),
                },
                { key: "note", header: t("democracy.rules.note"), label: t("democracy.rules.note"), cell: (r) => r.note ?? "" },
                { key: "source", header: t("democracy.rules.source"), label: t("democracy.rules.source"), wideOnly: true, cell: (r) => <span className="prewrap">{r.source}</span> },
                { key: "from", header: t("democracy.rules.inForce"), label: t("democracy.rules.inForce"), cell: (r) => (r.validFrom ? formatDate(r.validFrom, language) : "—") },
              ]}
            />
          </section>
        );
      })}
    </section>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
