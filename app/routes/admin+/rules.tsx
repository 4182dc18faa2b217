import { readForm } from "~/utils/form-data.server";
import { parseWithZod } from "@conform-to/zod";
import { json, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "~/i18n/react";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { ActionPanel, DataTable, FilterBar, FilterChoice, PageHeader, type Column } from "~/components/kit";
import type { Language } from "~/i18n/config";
import { getT } from "~/i18n/i18n.server";
import { requirePermission } from "~/modules/auth/guards.server";
import { rulesAdminSchema } from "~/modules/deadlines/admin-schemas";
import { localDate } from "~/modules/deadlines/calendar";
import { ruleInForce } from "~/modules/deadlines/rules";
import { applyRulesAdmin, rulesAdminData } from "~/modules/deadlines/rules-admin.server";
import { formatDate } from "~/utils/dates";
import { pageMeta } from "~/utils/meta";
import { redirectWithToast } from "~/utils/toast.server";
import { AddRuleForm, HolidayForm, RemoteUnitForm, RuleRowActions } from "./__rule-forms";
import { revalidateAfterRefusal } from "~/utils/revalidate";

export const meta: MetaFunction<typeof loader> = pageMeta;

const years = [2026, 2027, 2028];

export const shouldRevalidate = revalidateAfterRefusal;

/** Deadline rules, days off and remote units: the law as data, changed here without a release (issue #11). */
export async function loader({ request }: LoaderFunctionArgs) {
  await requirePermission(request, "admin:rules");
  const today = localDate(new Date());
  const asked = Number(new URL(request.url).searchParams.get("year"));
  const year = years.includes(asked) ? asked : Number(today.slice(0, 4));
  const t = await getT(request);
  return json({ title: t("rules.heading"), year, today, ...(await rulesAdminData(year)) });
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requirePermission(request, "admin:rules");
  const formData = await readForm(request);
  const submission = parseWithZod(formData, { schema: rulesAdminSchema });
  // Which form answered: a row's id, or the form's intent for the page-level ones.
  const target = String(formData.get("ruleId") ?? formData.get("holidayId") ?? formData.get("intent") ?? "");
  if (submission.status !== "success") return json({ target, result: submission.reply() }, { status: 400 });
  const done = await applyRulesAdmin(user.id, submission.value);
  if (!done.ok) return json({ target, result: submission.reply({ fieldErrors: done.errors }) }, { status: 400 });
  const url = new URL(request.url);
  return redirectWithToast(`/admin/rules${url.search}`, { key: done.key, params: done.params, type: "success" });
}

export default function RulesAdmin() {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const { rules, holidays, grounds, units, year, today } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const resultFor = (target: string) => (actionData?.target === target ? actionData.result : null);
  const now = new Date();
  const d = (s: string | null) => (s ? formatDate(s, language) : "");
  // validTo is exclusive (the start of the first day no longer in force): show the last day.
  const lastDay = (s: string) => formatDate(new Date(new Date(s).getTime() - 1).toISOString(), language);

  type Rule = (typeof rules)[number];
  const ruleColumns: Column<Rule>[] = [
    { key: "kind", label: t("rules.col.kind"), header: t("rules.col.kind"), primary: true, cell: (r) => `${t(`caseKind.${r.kind}`)} — ${t(`rules.stages.${r.stage}`)} (${t(`rules.instance.${String(r.instance) as "0"}`)})` },
    { key: "days", label: t("rules.col.days"), header: t("rules.col.days"), cell: (r) => t("rules.daysValue", { days: r.days, unit: t(`rules.dayTypes.${r.dayType}`) }) },
    {
      key: "variants",
      label: t("rules.col.variants"),
      header: t("rules.col.variants"),
      cell: (r) => (r.complexDays || r.remoteDays || r.remoteComplexDays ? t("rules.variantsValue", { complex: r.complexDays ?? "—", remote: r.remoteDays ?? "—", both: r.remoteComplexDays ?? "—" }) : t("rules.none")),
    },
    {
      key: "extensions",
      label: t("rules.col.extensions"),
      header: t("rules.col.extensions"),
      cell: (r) =>
        r.extensionDays
          ? t("rules.extensionsByLevel", { normal: r.maxExtensions, complex: r.complexMaxExtensions ?? r.maxExtensions, especially: r.especiallyComplexMaxExtensions ?? r.complexMaxExtensions ?? r.maxExtensions, days: r.extensionDays })
          : t("rules.none"),
    },
    {
      key: "basis",
      label: t("rules.col.basis"),
      header: t("rules.col.basis"),
      cell: (r) => (
        <>
          {r.sourceUrl ? <a href={r.sourceUrl}>{r.legalBasis}</a> : r.legalBasis}
          {r.dialogue !== "NONE" ? <span className="muted"> · {t("rules.form.dialogue")}: {t(`rules.dialogue.${r.dialogue}`)}</span> : null}
          {r.sourceNote ? <details><summary>{t("rules.note")}</summary><p className="prewrap">{r.sourceNote}</p></details> : null}
        </>
      ),
    },
    { key: "status", label: t("rules.col.status"), header: t("rules.col.status"), cell: (r) => <span className={r.basisStatus === "CONFIRMED" ? undefined : "tag tag-danger"}>{t(`rules.statuses.${r.basisStatus as "CONFIRMED"}`)}</span> },
    {
      key: "validity",
      label: t("rules.col.validity"),
      header: t("rules.col.validity"),
      cell: (r) => {
        const range = r.validFrom && r.validTo ? t("rules.validity.range", { from: d(r.validFrom), to: lastDay(r.validTo) }) : r.validFrom ? t("rules.validity.from", { from: d(r.validFrom) }) : r.validTo ? t("rules.validity.to", { to: lastDay(r.validTo) }) : t("rules.validity.always");
        const state = ruleInForce({ validFrom: r.validFrom ? new Date(r.validFrom) : null, validTo: r.validTo ? new Date(r.validTo) : null }, now) ? "inForce" : r.validFrom && new Date(r.validFrom) > now ? "future" : "ended";
        return (
          <>
            {range} <span className="tag">{t(`rules.${state}`)}</span>
            <RuleRowActions rule={r} result={resultFor(r.id)} today={today} />
          </>
        );
      },
    },
  ];

  type Day = (typeof holidays)[number];
  const dayColumns: Column<Day>[] = [
    { key: "date", label: t("rules.holidays.date"), header: t("rules.holidays.date"), primary: true, cell: (h) => formatDate(h.date, language) },
    { key: "type", label: t("rules.holidays.type"), header: t("rules.holidays.type"), cell: (h) => t(`rules.holidays.${h.type as "HOLIDAY"}`) },
    {
      key: "name",
      label: t("rules.holidays.name"),
      header: t("rules.holidays.name"),
      cell: (h) => (
        <>
          {language === "en" ? h.nameEn : h.nameVi}
          {h.provisional ? <span className="tag tag-danger">{t("rules.holidays.provisionalTag")}</span> : null}
        </>
      ),
    },
    { key: "source", label: t("rules.holidays.source"), header: t("rules.holidays.source"), cell: (h) => h.source ?? "—" },
    { key: "edit", label: t("rules.actions.editHoliday"), header: t("rules.actions.editHoliday"), cell: (h) => <HolidayForm holiday={h} result={resultFor(h.id)} label={t("rules.actions.editHoliday")} /> },
  ];

  type Ground = (typeof grounds)[number];
  const groundColumns: Column<Ground>[] = [
    { key: "action", label: t("rules.grounds.action"), header: t("rules.grounds.action"), primary: true, cell: (g) => `${t(`caseKind.${g.kind}`)} — ${t(`rules.grounds.${g.action as "END"}`)}` },
    { key: "label", label: t("rules.grounds.label"), header: t("rules.grounds.label"), cell: (g) => (language === "en" ? g.labelEn : g.labelVi) },
    { key: "basis", label: t("rules.col.basis"), header: t("rules.col.basis"), cell: (g) => (g.sourceUrl ? <a href={g.sourceUrl}>{g.legalBasis}</a> : g.legalBasis) },
    { key: "status", label: t("rules.col.status"), header: t("rules.col.status"), cell: (g) => <span className={g.basisStatus === "CONFIRMED" ? undefined : "tag tag-danger"}>{t(`rules.statuses.${g.basisStatus as "CONFIRMED"}`)}</span> },
    { key: "validity", label: t("rules.col.validity"), header: t("rules.col.validity"), cell: (g) => (g.validFrom ? t("rules.validity.from", { from: d(g.validFrom) }) : g.validTo ? t("rules.validity.to", { to: lastDay(g.validTo) }) : t("rules.validity.always")) },
  ];
  const remote = units.filter((u) => u.remote);

  return (
    <section aria-labelledby="rules-title">
      <PageHeader titleId="rules-title" title={t("rules.heading")} subtitle={t("rules.intro")} />
      <ActionPanel title={t("rules.changes")}>
        <AddRuleForm result={resultFor("addRule")} today={today} />
        <HolidayForm result={resultFor("holiday")} label={t("rules.actions.holiday")} />
        <RemoteUnitForm units={units} result={resultFor("unitRemote")} />
      </ActionPanel>

      <h2 id="rules-table">{t("rules.rulesHeading")}</h2>
      <DataTable caption={t("rules.rulesHeading")} columns={ruleColumns} rows={rules} rowKey={(r) => r.id} empty={t("rules.none")} />

      <h2 id="holidays-title">{t("rules.holidays.heading", { year })}</h2>
      <FilterBar label={t("rules.holidays.year")} submitLabel={t("rules.holidays.show")}>
        <FilterChoice id="year" label={t("rules.holidays.year")} defaultValue={String(year)} options={years.map((y) => ({ value: String(y), label: String(y) }))} />
      </FilterBar>
      <DataTable caption={t("rules.holidays.heading", { year })} columns={dayColumns} rows={holidays} rowKey={(h) => h.id} empty={t("rules.holidays.none")} />

      <h2>{t("rules.grounds.heading")}</h2>
      <DataTable caption={t("rules.grounds.heading")} columns={groundColumns} rows={grounds} rowKey={(g) => g.id} empty={t("rules.none")} />

      <h2>{t("rules.remote.heading")}</h2>
      <p>{t("rules.remote.current", { count: remote.length })}</p>
      {remote.length ? (
        <ul aria-label={t("rules.remote.list")}>
          {remote.map((u) => (
            <li key={u.id}>{u.name}</li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
