import { data } from "@remix-run/node";
import { fileProblemMessages } from "../cases/evidence.server";
import { redirectWithToast } from "~/utils/toast.server";
import type { LoadedDossier } from "./dossiers.server";
import { applyDossierAction } from "./dossiers.server";
import { bodyProblemMessage, readDossierForm } from "./files.server";
import { dossierErrorKeys, parseDossierAction } from "./schemas";
import type { DossierAction, DossierActor } from "./workflow";

/**
 * One POST of a dossier page (staff or applicant): parse with zod, apply the
 * action, and either go back to the page with what happened, or return the
 * form's errors (400; 409 for a conflict; 403 when the person may not act).
 */
export async function handleDossierAction(request: Request, d: LoadedDossier, actor: DossierActor, allowed: readonly DossierAction[], back: string) {
  const { formData, files, problems, bodyProblem } = await readDossierForm(request);
  const parsed = parseDossierAction(formData);
  const intent = String(formData.get("intent") ?? "");
  if (bodyProblem) return data({ intent, errors: { form: [bodyProblemMessage(bodyProblem)] } }, { status: 400 });
  if (!parsed.success) {
    const fieldErrors: Record<string, string[]> = {};
    for (const issue of parsed.error.issues) (fieldErrors[String(issue.path[0] ?? "form")] ??= []).push(issue.message);
    return data({ intent, errors: fieldErrors }, { status: 400 });
  }
  const form = parsed.data;
  if (!allowed.includes(form.intent)) return data({ intent, errors: { form: ["onestop.errors.forbidden"] } }, { status: 403 });
  if (problems.length) return data({ intent, errors: { files: fileProblemMessages(problems) } }, { status: 400 });
  const result = await applyDossierAction(d.id, {
    action: form.intent,
    version: form.version,
    actor,
    note: "note" in form ? form.note : null,
    presentPapers: "present" in form ? form.present : [],
    reasonCode: form.intent === "refuseAtIntake" ? form.reasonCode : null,
    proposal: form.intent === "completeStep" ? (form.proposal ?? null) : null,
    newDueDate: form.intent === "apologise" ? form.newDueDate : null,
    returnedVia: form.intent === "returnResult" ? form.returnedVia : null,
    rating: form.intent === "rate" ? form.rating : null,
    files: form.intent === "supply" || form.intent === "returnResult" ? files : [],
  });
  if (!result.ok) {
    const status = result.error === "conflict" ? 409 : result.error === "forbidden" ? 403 : 400;
    return data({ intent, errors: { form: [dossierErrorKeys[result.error] ?? "onestop.errors.notAllowed"] } }, { status });
  }
  return redirectWithToast(back, { key: `onestop.done.${form.intent}`, params: { code: result.code ?? "" }, type: "success" });
}
