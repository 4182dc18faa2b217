import { fileProblemMessages, keepPendingFiles, pendingFiles, readFormWithEvidence } from "~/modules/cases/evidence.server";
import { clientAddress } from "~/utils/http.server";

const tokenPattern = /^[A-Za-z0-9_-]{16,64}$/;

/**
 * A multipart form with documents and a form token: the files are checked by
 * content, and kept under the token when the form comes back for correction,
 * so nobody on a slow line uploads them twice (the service claims them).
 */
export async function readDocumentsForm(request: Request) {
  const { formData, files, problems } = await readFormWithEvidence(request);
  const raw = String(formData.get("submissionToken") ?? "");
  const token = tokenPattern.test(raw) ? raw : null;
  const kept = token && files.length ? await keepPendingFiles(token, files, clientAddress(request)) : { notKept: 0 };
  const fileErrors = fileProblemMessages(kept.notKept ? [...problems, { form: "files-not-kept" as const }] : problems);
  return { formData, token, pending: token ? await pendingFiles(token) : [], fileErrors };
}
