import { type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "~/i18n/react";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { Badge, DataTable, FilterBar, FilterField, PageHeader, SummaryCards } from "~/components/kit";
import { getT } from "~/i18n/i18n.server";
import { requirePermission } from "~/modules/auth/guards.server";
import type { Cell, Period } from "~/modules/dialogue/frequency";
import { receptionCompliance } from "~/modules/dialogue/frequency.server";
import { monthOf } from "~/modules/dialogue/register.server";
import { notFound } from "~/utils/http.server";
import { pageMeta } from "~/utils/meta";

export const meta: MetaFunction<typeof loader> = pageMeta;

/** Who fell short of their reception duty, in which week or month (Law on Citizen Reception 2013, amended 2025). */
export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requirePermission(request, "report:unit");
  if (!user.unitId || !user.unit) notFound();
  const t = await getT(request);
  const month = monthOf(request);
  return { title: t("dialogue.frequency.heading"), unit: user.unit.name, month, ...(await receptionCompliance(user.unitId, month)) };
}

const toneOf = { OK: "ok", SHORT: "danger", OPEN: "neutral" } as const;

function dm(date: string) {
  return `${date.slice(8, 10)}/${date.slice(5, 7)}`;
}

export default function Frequency() {
  const { t } = useTranslation();
  const { unit, month, rules } = useLoaderData<typeof loader>();
  const periodLabel = (p: Period) => (p.kind === "WEEK" ? t("receptionDuty.week", { week: Number(p.key.slice(-2)), from: dm(p.from), to: dm(p.to) }) : t("receptionDuty.month", { month: p.key }));
  const shortfalls = rules.reduce((n, r) => n + r.rows.reduce((m, row) => m + row.short, 0), 0);
  return (
    <section aria-labelledby="frequency-title">
      <PageHeader titleId="frequency-title" title={t("dialogue.frequency.heading")} subtitle={`${unit} · ${t("dialogue.register.month", { month })}`} actions={<Link to={`/desk/reception?month=${month}`}>{t("dialogue.register.heading")}</Link>} />
      <FilterBar label={t("dialogue.register.monthLabel")}>
        <FilterField id="month" label={t("dialogue.register.monthLabel")}>
          <input id="month" name="month" type="month" defaultValue={month} />
        </FilterField>
      </FilterBar>
      <p>{t("receptionDuty.intro")}</p>
      <SummaryCards label={t("dialogue.frequency.heading")} items={[{ key: "short", label: t("receptionDuty.shortfalls"), value: shortfalls, tone: shortfalls ? "danger" : "ok" }]} />
      {rules.length ? null : <p>{t("receptionDuty.noRule")}</p>}
      {rules.map(({ rule, periods, rows }) => (
        <section key={rule.id} aria-labelledby={`rule-${rule.id}`}>
          <h2 id={`rule-${rule.id}`}>
            {t(`receptionDuty.hosts.${rule.host === "PEOPLES_COUNCIL_STANDING" ? "PEOPLES_COUNCIL_STANDING" : "HEAD"}`)}: {t(`dialogue.frequency.rule.${rule.period === "WEEK" ? "WEEK" : "MONTH"}`, { count: rule.minDays })}
          </h2>
          <p className="field-hint">
            {rule.legalBasis} {rule.confirmed ? null : <Badge tone="warn">{t("receptionDuty.unconfirmed")}</Badge>}
          </p>
          <DataTable
            caption={`${t("dialogue.frequency.heading")} — ${t(`receptionDuty.hosts.${rule.host === "PEOPLES_COUNCIL_STANDING" ? "PEOPLES_COUNCIL_STANDING" : "HEAD"}`)}`}
            layout="scroll"
            rows={rows}
            rowKey={(r) => r.subject.id}
            empty={t("common.noResults")}
            columns={[
              {
                key: "subject",
                header: t("receptionDuty.subject"),
                label: t("receptionDuty.subject"),
                primary: true,
                cell: (r) => (r.subject.fullName ? `${r.subject.fullName}${r.subject.position ? ` (${r.subject.position})` : ""}` : t("receptionDuty.council")),
              },
              ...periods.map((p, i) => ({
                key: p.key,
                header: periodLabel(p),
                label: periodLabel(p),
                cell: (r: (typeof rows)[number]) => {
                  const c = r.cells[i] as Cell;
                  return (
                    <>
                      {t("receptionDuty.cell", { held: c.held, required: c.required })} <Badge tone={toneOf[c.state]}>{t(`receptionDuty.states.${c.state}`)}</Badge>
                    </>
                  );
                },
              })),
            ]}
          />
        </section>
      ))}
    </section>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
