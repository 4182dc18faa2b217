import { unstable_createMemoryUploadHandler as createMemoryUploadHandler } from "@remix-run/node";
import { importRegister } from "~/modules/democracy/areas.server";
import { bodyProblemResponse, parseForm } from "~/utils/form-data.server";
import { registerImportSchema } from "~/modules/democracy/schemas";

type Officer = { id: string; role: string; unitId: string | null };
type Failure = { ok: false; errors: Record<string, string[]>; values: Record<string, string> };

/**
 * The register form of the areas pages: a CSV file, and for a new area its
 * name and kind. Problems come back by field ("register" for the file, with
 * the line of each bad row), the typed name and kind kept.
 */
export async function importFromForm(officer: Officer, formData: FormData, areaId: string | null): Promise<{ ok: true; areaId: string; counts: Record<string, number> } | Failure> {
  const values = { name: String(formData.get("name") ?? ""), kind: String(formData.get("kind") ?? "") };
  const parsed = registerImportSchema.safeParse({ areaId: areaId ?? undefined, name: values.name || undefined, kind: values.kind || undefined });
  const errors: Record<string, string[]> = parsed.success ? {} : (parsed.error.flatten().fieldErrors as Record<string, string[]>);
  if (!areaId && !values.name.trim()) errors.name = ["errors.required"];
  const file = formData.get("register");
  const csv = file && typeof file !== "string" && file.size > 0 ? await file.text() : null;
  if (!csv) errors.register = ["democracy.errors.register.file"];
  if (Object.keys(errors).length || !csv || !parsed.success) return { ok: false, errors, values };
  const target = areaId ? { areaId } : { name: values.name.trim(), kind: parsed.data.kind ?? "VILLAGE" };
  const result = await importRegister(officer, target, csv);
  if (result.ok) return { ok: true, areaId: result.areaId, counts: { households: result.households, voters: result.voters, linked: result.linked, deactivated: result.deactivated } };
  if ("problems" in result) {
    return {
      ok: false,
      values,
      errors: { register: result.problems.slice(0, 20).map((p) => `democracy.errors.register.line?line=${p.line}&problem=${encodeURIComponent(p.problem)}`) },
    };
  }
  return { ok: false, values, errors: result.error === "duplicateName" ? { name: ["democracy.errors.register.duplicateName"] } : { register: [`democracy.errors.register.${result.error}`] } };
}

const registerMaxBytes = 5 * 1024 * 1024;

/**
 * The register form's body, read by the shared parser (never a 500: a ';' in
 * the file's name, a cut-off or boundary-less body). A body that arrived in
 * part is answered on the form, with the name and kind that arrived kept.
 */
export async function importRequest(officer: Officer, request: Request, areaId: string | null) {
  const { formData, problem } = await parseForm(request, { uploadHandler: createMemoryUploadHandler({ maxPartSize: registerMaxBytes }), maxBytes: registerMaxBytes + 64 * 1024 });
  if (problem === "unsupported") throw bodyProblemResponse(problem);
  if (problem) {
    const values = { name: String(formData.get("name") ?? ""), kind: String(formData.get("kind") ?? "") };
    return { ok: false as const, values, errors: { register: [problem === "incomplete" ? "errors.formIncomplete" : "errors.formTooLarge"] } };
  }
  return importFromForm(officer, formData, areaId);
}
