import { Link } from "@remix-run/react";
import { useTranslation } from "~/i18n/react";
import { ActionItem } from "~/components/kit";
import { ErrorList } from "~/components/forms";
import { complexities } from "~/modules/deadlines/rules";
import type { PageAction } from "~/modules/cases/next-step";
import type { StaffCaseView } from "~/modules/cases/case-view.server";
import { ActionForm, DecisionFields, DeclineReason, GroundField, NoteField, sent, type Result } from "./__case-actions";

type View = Pick<StaffCaseView, "c" | "grounds" | "handlers" | "units" | "me" | "primary" | "replyByDefault">;

/**
 * The form each allowed action needs, one per item of the case page's action
 * list. Which actions appear is decided by the state machine (the loader's
 * `actions`); nothing here decides what is allowed.
 */
export function CaseActionForm({ action, view, result }: { action: PageAction; view: View; result: Result }) {
  const { t } = useTranslation();
  const { c } = view;
  const common = { version: c.version, result, primary: view.primary === action };
  switch (action) {
    case "accept":
      return (
        <ActionForm intent="accept" label={t("desk.case.accept")} submit={t("desk.case.accept")} {...common}>
          <div className="field field-checkbox">
            <input id="accept-complex" type="checkbox" name="complex" value="on" defaultChecked={c.complexity !== "NORMAL"} />
            <label htmlFor="accept-complex">{t("desk.case.complex")}</label>
          </div>
        </ActionForm>
      );
    case "assign":
      return (
        <ActionForm intent="assign" label={t("desk.case.assign")} submit={t("desk.case.assign")} {...common}>
          <div className="field">
            <label htmlFor="assign-to">{t("inbox.assignee")}</label>
            <select id="assign-to" name="assigneeId" required defaultValue={sent(result, "assigneeId")}>
              <option value="">{t("file.choose")}</option>
              {view.handlers.map((h) => (
                <option key={h.id} value={h.id}>
                  {h.fullName}
                  {h.id === view.me ? ` (${t("desk.case.me")})` : ""}
                </option>
              ))}
            </select>
            <ErrorList errors={result?.error?.assigneeId} />
          </div>
        </ActionForm>
      );
    case "requestInfo":
      return (
        <ActionForm intent="requestInfo" label={t("desk.case.requestInfo")} submit={t("desk.case.requestInfo")} {...common}>
          <NoteField intent="requestInfo" label={t("desk.case.requestInfoLabel")} result={result} />
          <div className="field">
            <label htmlFor="requestInfo-replyBy">{t("desk.case.replyBy")}</label>
            {view.replyByDefault ? (
              <p className="field-hint" id="requestInfo-replyBy-hint">
                {t("desk.case.replyByHint", { days: view.replyByDefault.days })}
              </p>
            ) : null}
            <input
              id="requestInfo-replyBy"
              name="replyBy"
              type="date"
              required
              defaultValue={sent(result, "replyBy") || view.replyByDefault?.date}
              aria-invalid={result?.error?.replyBy ? true : undefined}
              aria-describedby={`${view.replyByDefault ? "requestInfo-replyBy-hint " : ""}requestInfo-replyBy-errors`}
            />
            <ErrorList id="requestInfo-replyBy-errors" errors={result?.error?.replyBy} />
          </div>
        </ActionForm>
      );
    case "proposeResolution":
      return (
        <ActionForm intent="proposeResolution" label={t("desk.case.propose")} submit={t("desk.case.propose")} withFiles {...common}>
          <NoteField intent="proposeResolution" label={t("desk.case.proposeLabel")} result={result} rows={6} />
        </ActionForm>
      );
    case "approveResolution":
      return <ActionForm intent="approveResolution" label={t("desk.case.approve")} submit={t("desk.case.approve")} {...common} />;
    case "returnResolution":
      return (
        <ActionForm intent="returnResolution" label={t("desk.case.return")} submit={t("desk.case.return")} {...common}>
          <NoteField intent="returnResolution" label={t("desk.case.returnLabel")} result={result} />
        </ActionForm>
      );
    case "recordVerification":
      return (
        <ActionForm intent="recordVerification" label={t("procedure.actions.recordVerification")} description={t("procedure.actions.recordVerificationHint")} submit={t("procedure.actions.recordVerification")} {...common}>
          <fieldset className="field" aria-describedby="verification-errors">
            <legend>{t("procedure.form.demand")}</legend>
            {(["differs", "agrees"] as const).map((v) => (
              <div className="field-checkbox" key={v}>
                <input id={`demand-${v}`} type="radio" name="demand" value={v} required defaultChecked={sent(result, "demand") === v} />
                <label htmlFor={`demand-${v}`}>{t(v === "differs" ? "procedure.form.demandDiffers" : "procedure.form.demandAgrees")}</label>
              </div>
            ))}
            <ErrorList id="verification-errors" errors={result?.error?.demand} />
          </fieldset>
          <NoteField intent="recordVerification" label={t("procedure.form.verificationNote")} result={result} rows={4} />
        </ActionForm>
      );
    case "setComplexity": {
      const atReceipt = c.status === "SUBMITTED";
      const levels = atReceipt ? (["NORMAL", "COMPLEX"] as const) : c.kind === "DENUNCIATION" ? complexities : (["NORMAL", "COMPLEX"] as const);
      const current = sent(result, "complexity") || c.complexity;
      return (
        <ActionForm intent="setComplexity" label={t("procedure.actions.setComplexity")} description={t("procedure.actions.setComplexityHint")} submit={t("common.save")} {...common}>
          <fieldset className="field" aria-describedby="complexity-errors">
            <legend>{t("procedure.form.level")}</legend>
            {levels.map((level) => (
              <div className="field-checkbox" key={level}>
                <input id={`complexity-${level}`} type="radio" name="complexity" value={level} required defaultChecked={current === level} />
                <label htmlFor={`complexity-${level}`}>{t(atReceipt ? `procedure.levelsAtReceipt.${level as "NORMAL" | "COMPLEX"}` : `procedure.levels.${level}`)}</label>
              </div>
            ))}
            <ErrorList id="complexity-errors" errors={result?.error?.complexity} />
          </fieldset>
          <NoteField intent="setComplexity" label={t("procedure.form.levelNote")} result={result} />
        </ActionForm>
      );
    }
    case "extend":
      return (
        <ActionForm intent="extend" label={t("desk.case.extend")} description={t("procedure.form.extensionsLeft", { used: c.extensionCount, allowed: c.extensionsAllowed })} submit={t("desk.case.extend")} {...common}>
          {c.kind === "COMPLAINT" || c.kind === "DENUNCIATION" ? <DecisionFields intent="extend" result={result} /> : null}
          <NoteField intent="extend" label={t("desk.case.extendLabel")} result={result} />
        </ActionForm>
      );
    case "suspend":
      return (
        <ActionForm intent="suspend" label={t("procedure.actions.suspend")} description={t("procedure.actions.suspendHint")} submit={t("procedure.actions.suspend")} {...common}>
          <GroundField intent="suspend" grounds={view.grounds.suspend} result={result} />
          <DecisionFields intent="suspend" result={result} />
          <NoteField intent="suspend" label={t("procedure.form.reason")} result={result} />
        </ActionForm>
      );
    case "resume":
      return (
        <ActionForm intent="resume" label={t("procedure.actions.resume")} description={t("procedure.actions.resumeHint")} submit={t("procedure.actions.resume")} {...common}>
          <DecisionFields intent="resume" result={result} />
          <NoteField intent="resume" label={t("procedure.form.reason")} result={result} optional />
        </ActionForm>
      );
    case "end":
      return (
        <ActionForm intent="end" label={t("procedure.actions.end")} description={t("procedure.actions.endHint")} submit={t("procedure.actions.end")} tone="danger" {...common}>
          <GroundField intent="end" grounds={view.grounds.end} result={result} />
          <DecisionFields intent="end" result={result} />
          <NoteField intent="end" label={t("procedure.form.reason")} result={result} />
        </ActionForm>
      );
    case "continueResolution":
      return (
        <ActionForm intent="continueResolution" label={t("procedure.actions.continueResolution")} description={t("procedure.actions.continueResolutionHint")} submit={t("procedure.actions.continueResolution")} {...common}>
          <NoteField intent="continueResolution" label={t("procedure.form.reason")} result={result} />
        </ActionForm>
      );
    case "reply":
      return (
        <ActionForm intent="reply" label={t("desk.case.reply")} submit={t("desk.case.reply")} withFiles {...common}>
          <NoteField intent="reply" label={t("desk.case.replyLabel")} result={result} />
        </ActionForm>
      );
    case "note":
      return (
        <ActionForm intent="note" label={t("desk.case.note")} submit={t("desk.case.note")} withFiles {...common}>
          <NoteField intent="note" label={t("desk.case.noteLabel")} result={result} />
        </ActionForm>
      );
    case "transfer":
      return (
        <ActionForm intent="transfer" label={t("desk.case.transfer")} submit={t("desk.case.transfer")} {...common}>
          <div className="field">
            <label htmlFor="transfer-unit">{t("desk.case.transferTo")}</label>
            <select id="transfer-unit" name="targetUnitId" required defaultValue={sent(result, "targetUnitId")}>
              <option value="">{t("file.choose")}</option>
              {view.units.map((u) => (
                <option key={u.id} value={u.id}>
                  {u.name}
                </option>
              ))}
            </select>
            <ErrorList errors={result?.error?.targetUnitId} />
          </div>
          <NoteField intent="transfer" label={t("desk.case.transferLabel")} result={result} />
        </ActionForm>
      );
    case "decline":
      return (
        <ActionForm intent="decline" label={t("desk.case.decline")} submit={t("desk.case.decline")} tone="danger" {...common}>
          <DeclineReason result={result} />
          <NoteField intent="decline" label={t("desk.case.declineLabel")} result={result} />
        </ActionForm>
      );
    case "scheduleDialogue":
      return (
        <ActionItem id="scheduleDialogue" label={t("procedure.actions.scheduleDialogue")} description={t("procedure.actions.scheduleDialogueHint")} primary={common.primary} open={common.primary}>
          <p className="actions">
            <Link to={`/desk/sessions/new?case=${c.code}`} className="button primary">
              {t("dialogue.form.scheduleDialogue")}
            </Link>
          </p>
        </ActionItem>
      );
  }
}
