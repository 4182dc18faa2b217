import { Form } from "@remix-run/react";
import type { ReactNode } from "react";
import { useTranslation } from "~/i18n/react";
import { ErrorList, FormErrors } from "./forms";
import { ActionItem, ActionPanel } from "./kit";

export type ActionErrors = { intent: string; errors: Record<string, string[]> } | undefined;
type Paper = { position: number; name: string; required: boolean; status: string };

/** One action's form: POST, multipart (files ride along), the version the person saw, the intent. */
function ActionForm({ intent, version, children, submit, errors }: { intent: string; version: number; children?: ReactNode; submit: string; errors: ActionErrors }) {
  const mine = errors?.intent === intent ? errors.errors : {};
  return (
    <Form method="post" encType="multipart/form-data" reloadDocument>
      <input type="hidden" name="intent" value={intent} />
      <input type="hidden" name="version" value={version} />
      <FormErrors errors={mine.form} />
      {children}
      <ErrorList errors={mine.note} />
      <ErrorList errors={mine.files} />
      <button type="submit" className="button primary">{submit}</button>
    </Form>
  );
}

function Note({ id, label, required, rows = 3 }: { id: string; label: string; required?: boolean; rows?: number }) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <textarea id={id} name="note" rows={rows} required={required} />
    </div>
  );
}

function PaperChecks({ papers, idPrefix, label }: { papers: Paper[]; idPrefix: string; label: string }) {
  return (
    <fieldset>
      <legend>{label}</legend>
      {papers.map((p) => (
        <div className="field field-checkbox" key={p.position}>
          <input id={`${idPrefix}-${p.position}`} type="checkbox" name="present" value={p.position} defaultChecked={p.status === "PROVIDED"} />
          <label htmlFor={`${idPrefix}-${p.position}`}>{p.name}</label>
        </div>
      ))}
    </fieldset>
  );
}

/**
 * The actions a dossier's state allows for this person (decided on the server
 * by decideDossier), each opening the one form it needs.
 */
export function DossierActions({
  can,
  version,
  papers,
  step,
  errors,
  refusalCodes,
}: {
  can: Partial<Record<string, boolean>>;
  version: number;
  papers: Paper[];
  /** The current step's kind, for the step action's wording */
  step: string | null;
  errors: ActionErrors;
  refusalCodes: readonly string[];
}) {
  const { t } = useTranslation();
  const open = (intent: string) => errors?.intent === intent;
  const stepLabel = step === "SIGN" ? t("onestop.actions.sign") : step === "INTER_AGENCY" ? t("onestop.actions.interAgency") : t("onestop.actions.appraise");
  const items: ReactNode[] = [];
  if (can.accept || can.requestSupplementAtIntake) {
    items.push(
      <ActionItem key="check" id="check" label={t("onestop.actions.check")} description={t("onestop.actions.checkHint")} primary open={open("accept") || open("requestSupplement")}>
        <Form method="post" encType="multipart/form-data" reloadDocument>
          <input type="hidden" name="version" value={version} />
          <FormErrors errors={errors && ["accept", "requestSupplement"].includes(errors.intent) ? errors.errors.form : null} />
          <PaperChecks papers={papers} idPrefix="check" label={`${t("onestop.dossier.papers")} — ${t("onestop.actions.present")}`} />
          <Note id="check-note" label={t("onestop.actions.supplementNote")} />
          <div className="button-row">
            {can.accept ? <button type="submit" name="intent" value="accept" className="button primary">{t("onestop.actions.accept")}</button> : null}
            {can.requestSupplementAtIntake ? <button type="submit" name="intent" value="requestSupplement" className="button">{t("onestop.actions.requestSupplement")}</button> : null}
          </div>
        </Form>
      </ActionItem>,
    );
  }
  if (can.completeStep) {
    items.push(
      <ActionItem key="step" id="step" label={stepLabel} primary open={open("completeStep")}>
        <ActionForm intent="completeStep" version={version} submit={stepLabel} errors={errors}>
          {step === "APPRAISE" ? (
            <fieldset>
              <legend>{t("onestop.actions.proposal")}</legend>
              {(["GRANT", "REFUSE"] as const).map((p) => (
                <div className="field field-checkbox" key={p}>
                  <input id={`proposal-${p}`} type="radio" name="proposal" value={p} defaultChecked={p === "GRANT"} />
                  <label htmlFor={`proposal-${p}`}>{t(`onestop.actions.proposals.${p}`)}</label>
                </div>
              ))}
            </fieldset>
          ) : null}
          <Note id="step-note" label={t("onestop.actions.stepNote")} />
        </ActionForm>
      </ActionItem>,
    );
  }
  if (can.returnResult) {
    items.push(
      <ActionItem key="return" id="return" label={t("onestop.actions.returnResult")} primary open={open("returnResult")}>
        <ActionForm intent="returnResult" version={version} submit={t("onestop.actions.returnResult")} errors={errors}>
          <div className="field">
            <label htmlFor="returnedVia">{t("onestop.actions.returnedVia")}</label>
            <select id="returnedVia" name="returnedVia" defaultValue="AT_DESK">
              {(["AT_DESK", "ONLINE", "POST"] as const).map((c) => (
                <option key={c} value={c}>{t(`onestop.returnChannels.${c}`)}</option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="result">{t("onestop.actions.resultFile")}</label>
            <input id="result" name="result" type="file" accept=".pdf,.jpg,.jpeg,.png,.docx" />
          </div>
        </ActionForm>
      </ActionItem>,
    );
  }
  if (can.supply) {
    items.push(
      <ActionItem key="supply" id="supply" label={t("onestop.actions.supply")} description={t("onestop.actions.supplyHint")} primary open={open("supply")}>
        <ActionForm intent="supply" version={version} submit={t("onestop.actions.supply")} errors={errors}>
          {papers
            .filter((p) => p.status === "MISSING")
            .map((p) => (
              <div className="field" key={p.position}>
                <label htmlFor={`paper-${p.position}`}>{p.name}</label>
                <input id={`paper-${p.position}`} name={`paper-${p.position}`} type="file" accept=".pdf,.jpg,.jpeg,.png,.docx" />
              </div>
            ))}
          <Note id="supply-note" label={t("onestop.actions.supplyNote")} />
        </ActionForm>
      </ActionItem>,
    );
  }
  if (can.requestSupplementInProcessing) {
    items.push(
      <ActionItem key="psupp" id="processing-supplement" label={t("onestop.actions.processingSupplement")} description={t("onestop.actions.processingSupplementHint")} open={open("requestSupplement")}>
        <ActionForm intent="requestSupplement" version={version} submit={t("onestop.actions.requestSupplement")} errors={errors}>
          <PaperChecks papers={papers} idPrefix="psupp" label={`${t("onestop.dossier.papers")} — ${t("onestop.actions.present")}`} />
          <Note id="psupp-note" label={t("onestop.actions.supplementNote")} />
        </ActionForm>
      </ActionItem>,
    );
  }
  if (can.apologise) {
    items.push(
      <ActionItem key="apology" id="apology" label={t("onestop.actions.apologise")} description={t("onestop.actions.apologiseHint")} open={open("apologise")}>
        <ActionForm intent="apologise" version={version} submit={t("onestop.actions.apologise")} errors={errors}>
          <Note id="apology-note" label={t("onestop.actions.apologyReason")} required />
          <div className="field">
            <label htmlFor="newDueDate">{t("onestop.actions.newDueDate")}</label>
            <input id="newDueDate" name="newDueDate" type="date" required />
            <ErrorList errors={open("apologise") ? errors?.errors.newDueDate : null} />
          </div>
        </ActionForm>
      </ActionItem>,
    );
  }
  if (can.refuseAtIntake) {
    items.push(
      <ActionItem key="refuse" id="refuse" label={t("onestop.actions.refuse")} tone="danger" open={open("refuseAtIntake")}>
        <ActionForm intent="refuseAtIntake" version={version} submit={t("onestop.actions.refuse")} errors={errors}>
          <div className="field">
            <label htmlFor="reasonCode">{t("onestop.actions.reason")}</label>
            <select id="reasonCode" name="reasonCode" required defaultValue="">
              <option value="" />
              {refusalCodes.map((c) => (
                <option key={c} value={c}>{t(`onestop.refusalCodes.${c}`)}</option>
              ))}
            </select>
          </div>
          <Note id="refuse-note" label={t("onestop.actions.reasonNote")} required />
        </ActionForm>
      </ActionItem>,
    );
  }
  if (can.rate) {
    items.push(
      <ActionItem key="rate" id="rate" label={t("onestop.actions.rate")} primary open={open("rate")}>
        <ActionForm intent="rate" version={version} submit={t("onestop.actions.rate")} errors={errors}>
          <fieldset>
            <legend>{t("onestop.actions.rating")}</legend>
            {(["5", "4", "3", "2", "1"] as const).map((r) => (
              <div className="field field-checkbox" key={r}>
                <input id={`rating-${r}`} type="radio" name="rating" value={r} required />
                <label htmlFor={`rating-${r}`}>{t(`onestop.actions.ratings.${r}`)}</label>
              </div>
            ))}
          </fieldset>
          <Note id="rate-note" label={t("onestop.actions.ratingComment")} />
        </ActionForm>
      </ActionItem>,
    );
  }
  if (can.withdraw) {
    items.push(
      <ActionItem key="withdraw" id="withdraw" label={t("onestop.actions.withdraw")} description={t("onestop.actions.withdrawHint")} tone="danger" open={open("withdraw")}>
        <ActionForm intent="withdraw" version={version} submit={t("onestop.actions.withdraw")} errors={errors}>
          <Note id="withdraw-note" label={t("onestop.actions.withdrawReason")} />
        </ActionForm>
      </ActionItem>,
    );
  }
  if (can.note) {
    items.push(
      <ActionItem key="note" id="note" label={t("onestop.actions.note")} open={open("note")}>
        <ActionForm intent="note" version={version} submit={t("onestop.actions.note")} errors={errors}>
          <Note id="note-text" label={t("onestop.actions.noteLabel")} required />
        </ActionForm>
      </ActionItem>,
    );
  }
  // An answer about a form the page no longer offers (the dossier moved on meanwhile, e.g. in another tab) is said above the actions.
  const offered = (intent: string) =>
    intent === "requestSupplement" ? !!(can.requestSupplementAtIntake || can.requestSupplementInProcessing) : !!can[intent];
  const gone = errors && !offered(errors.intent) ? Object.values(errors.errors).flat() : null;
  if (!items.length) return gone ? <FormErrors errors={gone} /> : null;
  return (
    <ActionPanel title={t("onestop.actions.heading")}>
      {gone ? <FormErrors errors={gone} /> : null}
      {items}
    </ActionPanel>
  );
}
