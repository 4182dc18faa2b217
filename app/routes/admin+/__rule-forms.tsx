import { Form } from "@remix-run/react";
import type { ReactNode } from "react";
import { useTranslation } from "~/i18n/react";
import { ErrorList, FormErrors } from "~/components/forms";
import { ActionItem } from "~/components/kit";
import { basisStatuses, dialogueRequirements } from "~/modules/deadlines/admin-schemas";
import { deadlineStages } from "~/modules/deadlines/rules";
import { caseKinds } from "~/modules/cases/constants";

export type Result = { error?: Record<string, string[] | null> | null; initialValue?: Record<string, unknown> | null } | null | undefined;

/** A labelled control with its errors; `name` is the form field and, prefixed, its id. */
export function AdminField({ prefix, name, label, result, children, hint }: { prefix: string; name: string; label: ReactNode; result: Result; children: ReactNode; hint?: ReactNode }) {
  const id = `${prefix}-${name}`;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {hint ? (
        <p className="field-hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
      {children}
      <ErrorList id={`${id}-errors`} errors={result?.error?.[name]} />
    </div>
  );
}

const value = (result: Result, name: string, fallback = "") => String(result?.initialValue?.[name] ?? fallback);
const checked = (result: Result, name: string, fallback = false) => (result?.initialValue ? result.initialValue[name] === "on" : fallback);

function Input({ prefix, name, result, type = "text", fallback, required }: { prefix: string; name: string; result: Result; type?: string; fallback?: string; required?: boolean }) {
  const id = `${prefix}-${name}`;
  return (
    <input
      id={id}
      name={name}
      type={type}
      inputMode={type === "number" ? "numeric" : undefined}
      min={type === "number" ? 0 : undefined}
      required={required}
      defaultValue={value(result, name, fallback)}
      aria-invalid={result?.error?.[name] ? true : undefined}
      aria-describedby={`${id}-errors`}
    />
  );
}

function Check({ prefix, name, label, result, fallback }: { prefix: string; name: string; label: string; result: Result; fallback?: boolean }) {
  return (
    <div className="field field-checkbox">
      <input id={`${prefix}-${name}`} type="checkbox" name={name} defaultChecked={checked(result, name, fallback)} />
      <label htmlFor={`${prefix}-${name}`}>{label}</label>
    </div>
  );
}

/** A new rule row in force from a date; by default the row in force then ends the day before. */
export function AddRuleForm({ result, today }: { result: Result; today: string }) {
  const { t } = useTranslation();
  const p = "add";
  const f = (name: string) => t(`rules.form.${name}`);
  const optional = (label: string) => `${label} (${t("rules.form.optional")})`;
  return (
    <ActionItem id="addRule" label={t("rules.actions.add")} description={t("rules.actions.addHint")} open={!!result?.error}>
      <Form method="post" aria-label={t("rules.actions.add")}>
        <FormErrors errors={result?.error?.[""]} />
        <input type="hidden" name="intent" value="addRule" />
        <div className="field-row">
          <AdminField prefix={p} name="kind" label={f("kind")} result={result}>
            <select id={`${p}-kind`} name="kind" required defaultValue={value(result, "kind")}>
              <option value="">{t("file.choose")}</option>
              {caseKinds.map((k) => (
                <option key={k} value={k}>
                  {t(`caseKind.${k}`)}
                </option>
              ))}
            </select>
          </AdminField>
          <AdminField prefix={p} name="stage" label={f("stage")} result={result}>
            <select id={`${p}-stage`} name="stage" required defaultValue={value(result, "stage")}>
              <option value="">{t("file.choose")}</option>
              {deadlineStages.map((s) => (
                <option key={s} value={s}>
                  {t(`rules.stages.${s}`)}
                </option>
              ))}
            </select>
          </AdminField>
          <AdminField prefix={p} name="instance" label={f("instance")} result={result}>
            <select id={`${p}-instance`} name="instance" defaultValue={value(result, "instance", "0")}>
              {(["0", "1", "2"] as const).map((i) => (
                <option key={i} value={i}>
                  {t(`rules.instance.${i}`)}
                </option>
              ))}
            </select>
          </AdminField>
          <AdminField prefix={p} name="days" label={f("days")} result={result}>
            <Input prefix={p} name="days" type="number" result={result} required />
          </AdminField>
          <AdminField prefix={p} name="dayType" label={f("dayType")} result={result}>
            <select id={`${p}-dayType`} name="dayType" defaultValue={value(result, "dayType", "WORKING")}>
              <option value="WORKING">{t("rules.dayTypes.WORKING")}</option>
              <option value="CALENDAR">{t("rules.dayTypes.CALENDAR")}</option>
            </select>
          </AdminField>
          {(["complexDays", "remoteDays", "remoteComplexDays", "complexMaxExtensions", "especiallyComplexMaxExtensions"] as const).map((name) => (
            <AdminField key={name} prefix={p} name={name} label={optional(f(name))} result={result}>
              <Input prefix={p} name={name} type="number" result={result} />
            </AdminField>
          ))}
          <AdminField prefix={p} name="maxExtensions" label={f("maxExtensions")} result={result}>
            <Input prefix={p} name="maxExtensions" type="number" result={result} fallback="0" />
          </AdminField>
          <AdminField prefix={p} name="extensionDays" label={f("extensionDays")} result={result}>
            <Input prefix={p} name="extensionDays" type="number" result={result} fallback="0" />
          </AdminField>
        </div>
        <Check prefix={p} name="pauseOnNeedsInfo" label={f("pauseOnNeedsInfo")} result={result} />
        <Check prefix={p} name="pauseOnSuspension" label={f("pauseOnSuspension")} result={result} fallback />
        <AdminField prefix={p} name="dialogue" label={f("dialogue")} result={result}>
          <select id={`${p}-dialogue`} name="dialogue" defaultValue={value(result, "dialogue", "NONE")}>
            {dialogueRequirements.map((d) => (
              <option key={d} value={d}>
                {t(`rules.dialogue.${d}`)}
              </option>
            ))}
          </select>
        </AdminField>
        <AdminField prefix={p} name="basisDocument" label={f("basisDocument")} result={result}>
          <Input prefix={p} name="basisDocument" result={result} required />
        </AdminField>
        <div className="field-row">
          <AdminField prefix={p} name="basisArticle" label={optional(f("basisArticle"))} result={result}>
            <Input prefix={p} name="basisArticle" result={result} />
          </AdminField>
          <AdminField prefix={p} name="basisClause" label={optional(f("basisClause"))} result={result}>
            <Input prefix={p} name="basisClause" result={result} />
          </AdminField>
        </div>
        <BasisFields prefix={p} result={result} />
        <AdminField prefix={p} name="validFrom" label={f("validFrom")} result={result}>
          <Input prefix={p} name="validFrom" type="date" result={result} fallback={today} required />
        </AdminField>
        <Check prefix={p} name="endCurrent" label={f("endCurrent")} result={result} fallback />
        <button type="submit" className="button primary">
          {f("save")}
        </button>
      </Form>
    </ActionItem>
  );
}

/** Source link, note and confirmation status of a legal basis. */
export function BasisFields({ prefix, result, current }: { prefix: string; result: Result; current?: { basisStatus: string; sourceUrl: string | null; sourceNote: string | null } }) {
  const { t } = useTranslation();
  return (
    <>
      <AdminField prefix={prefix} name="basisStatus" label={t("rules.form.basisStatus")} result={result}>
        <select id={`${prefix}-basisStatus`} name="basisStatus" defaultValue={value(result, "basisStatus", current?.basisStatus ?? "UNCONFIRMED")}>
          {basisStatuses.map((s) => (
            <option key={s} value={s}>
              {t(`rules.statuses.${s}`)}
            </option>
          ))}
        </select>
      </AdminField>
      <AdminField prefix={prefix} name="sourceUrl" label={`${t("rules.form.sourceUrl")} (${t("rules.form.optional")})`} result={result}>
        <Input prefix={prefix} name="sourceUrl" type="url" result={result} fallback={current?.sourceUrl ?? ""} />
      </AdminField>
      <AdminField prefix={prefix} name="sourceNote" label={`${t("rules.form.sourceNote")} (${t("rules.form.optional")})`} result={result}>
        <textarea id={`${prefix}-sourceNote`} name="sourceNote" rows={3} defaultValue={value(result, "sourceNote", current?.sourceNote ?? "")} aria-describedby={`${prefix}-sourceNote-errors`} />
      </AdminField>
    </>
  );
}

/** A rule row's own actions: end it, or correct its source and confirmation. */
export function RuleRowActions({ rule, result, today }: { rule: { id: string; basisStatus: string; sourceUrl: string | null; sourceNote: string | null; validTo: string | null }; result: Result; today: string }) {
  const { t } = useTranslation();
  const p = `rule-${rule.id}`;
  return (
    <div className="action-list">
      {!rule.validTo ? (
        <ActionItem id={`end-${rule.id}`} label={t("rules.actions.end")} open={!!result?.error && result.initialValue?.intent === "endRule"}>
          <Form method="post" aria-label={t("rules.actions.end")}>
            <input type="hidden" name="intent" value="endRule" />
            <input type="hidden" name="ruleId" value={rule.id} />
            <AdminField prefix={`${p}-end`} name="lastDay" label={t("rules.form.lastDay")} result={result}>
              <Input prefix={`${p}-end`} name="lastDay" type="date" result={result} fallback={today} required />
            </AdminField>
            <button type="submit" className="button">
              {t("rules.actions.end")}
            </button>
          </Form>
        </ActionItem>
      ) : null}
      <ActionItem id={`basis-${rule.id}`} label={t("rules.actions.basis")} open={!!result?.error && result.initialValue?.intent === "ruleBasis"}>
        <Form method="post" aria-label={t("rules.actions.basis")}>
          <input type="hidden" name="intent" value="ruleBasis" />
          <input type="hidden" name="ruleId" value={rule.id} />
          <BasisFields prefix={`${p}-basis`} result={result} current={rule} />
          <button type="submit" className="button">
            {t("rules.form.save")}
          </button>
        </Form>
      </ActionItem>
    </div>
  );
}

/** Adds a day off or a make-up day, or edits one (`holiday` given). */
export function HolidayForm({ holiday, result, label }: { holiday?: { id: string; date: string; type: string; nameVi: string; nameEn: string; provisional: boolean; source: string | null }; result: Result; label: string }) {
  const { t } = useTranslation();
  const p = holiday ? `holiday-${holiday.id}` : "holiday-new";
  return (
    <ActionItem id={p} label={label} open={!!result?.error}>
      <Form method="post" aria-label={holiday ? `${label} ${holiday.date}` : label}>
        <FormErrors errors={result?.error?.[""]} />
        <input type="hidden" name="intent" value="holiday" />
        {holiday ? <input type="hidden" name="holidayId" value={holiday.id} /> : null}
        <div className="field-row">
          <AdminField prefix={p} name="date" label={t("rules.holidays.date")} result={result}>
            <Input prefix={p} name="date" type="date" result={result} fallback={holiday?.date} required />
          </AdminField>
          <AdminField prefix={p} name="type" label={t("rules.holidays.type")} result={result}>
            <select id={`${p}-type`} name="type" defaultValue={value(result, "type", holiday?.type ?? "HOLIDAY")}>
              <option value="HOLIDAY">{t("rules.holidays.HOLIDAY")}</option>
              <option value="WORKDAY">{t("rules.holidays.WORKDAY")}</option>
            </select>
          </AdminField>
          <AdminField prefix={p} name="nameVi" label={t("rules.holidays.nameVi")} result={result}>
            <Input prefix={p} name="nameVi" result={result} fallback={holiday?.nameVi} required />
          </AdminField>
          <AdminField prefix={p} name="nameEn" label={t("rules.holidays.nameEn")} result={result}>
            <Input prefix={p} name="nameEn" result={result} fallback={holiday?.nameEn} required />
          </AdminField>
        </div>
        <Check prefix={p} name="provisional" label={t("rules.holidays.provisional")} result={result} fallback={holiday?.provisional ?? false} />
        <AdminField prefix={p} name="source" label={`${t("rules.holidays.source")} (${t("rules.form.optional")})`} result={result}>
          <Input prefix={p} name="source" result={result} fallback={holiday?.source ?? ""} />
        </AdminField>
        <button type="submit" className="button">
          {t("rules.form.save")}
        </button>
      </Form>
      {holiday ? (
        <Form method="post" aria-label={`${t("rules.actions.deleteHoliday")} ${holiday.date}`}>
          <input type="hidden" name="intent" value="deleteHoliday" />
          <input type="hidden" name="holidayId" value={holiday.id} />
          <button type="submit" className="button">
            {t("rules.actions.deleteHoliday")}
          </button>
        </Form>
      ) : null}
    </ActionItem>
  );
}

/** Marks a unit (or unmarks it) as a remote, hard-to-reach area. */
export function RemoteUnitForm({ units, result }: { units: { id: string; name: string; remote: boolean }[]; result: Result }) {
  const { t } = useTranslation();
  const p = "remote";
  return (
    <ActionItem id="unitRemote" label={t("rules.actions.remote")} description={t("rules.remote.intro")} open={!!result?.error}>
      <Form method="post" aria-label={t("rules.actions.remote")}>
        <input type="hidden" name="intent" value="unitRemote" />
        <AdminField prefix={p} name="unitId" label={t("rules.remote.unit")} result={result}>
          <select id={`${p}-unitId`} name="unitId" required defaultValue={value(result, "unitId")}>
            <option value="">{t("file.choose")}</option>
            {units.map((u) => (
              <option key={u.id} value={u.id}>
                {u.name}
                {u.remote ? ` ✓` : ""}
              </option>
            ))}
          </select>
        </AdminField>
        <Check prefix={p} name="remote" label={t("rules.remote.remote")} result={result} fallback />
        <button type="submit" className="button">
          {t("rules.form.save")}
        </button>
      </Form>
    </ActionItem>
  );
}
