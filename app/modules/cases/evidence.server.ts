import { db, write } from "~/utils/db.server";
import { bodyProblemResponse, maxUploadBytes, parseForm, type BodyProblem } from "~/utils/form-data.server";
import { limits, take } from "~/utils/rate-limit.server";
import { checkUploads, evidenceUploadHandler, removeStoredFile, storeFile, type CheckedFile, type FileProblem, type Upload } from "../files/files.server";
import { maxFilesPerSubmission } from "../files/file-rules";

/** What was wrong with a form's files, or with the body as a whole (cut off, or over the size limit). */
export type EvidenceProblem = FileProblem | { form: Exclude<BodyProblem, "unsupported"> | "files-not-kept" };

/**
 * Reads a form with evidence files (multipart, or url-encoded without files);
 * the files are checked by content. A body cut off or over the limit keeps
 * what arrived and says so on the form; a body that is not a form is a 415.
 */
export async function readFormWithEvidence(request: Request, alreadyAttached = 0) {
  const uploads: Upload[] = [];
  const { formData, problem } = await parseForm(request, { uploadHandler: evidenceUploadHandler(uploads), maxBytes: maxUploadBytes });
  if (problem === "unsupported") throw bodyProblemResponse(problem);
  const checked = await checkUploads(uploads, alreadyAttached);
  const problems: EvidenceProblem[] = problem ? [{ form: problem }, ...checked.problems] : checked.problems;
  return { formData, files: checked.files, problems };
}

/** Only the problems of the body as a whole, for the form's own error line. */
export function formProblemMessages(problems: EvidenceProblem[]): string[] {
  return fileProblemMessages(problems.filter((p) => "form" in p));
}

export function fileProblemMessages(problems: EvidenceProblem[]): string[] {
  return problems.map((p) => ("form" in p ? p.form === "incomplete" ? "errors.formIncomplete" : "errors.formTooLarge" : `files.${p.problem}?name=${encodeURIComponent(p.fileName)}`));
}

/**
 * Files sent with a form that came back for correction are kept under the
 * form's token, so a citizen on a slow connection never uploads them twice —
 * but not without bounds: at most 5 per form token, and 100 MB a day per
 * address (counted before storing); what is over is not kept and the form
 * says so. Unclaimed files expire (expirePendingFiles, a job).
 */
export async function keepPendingFiles(token: string, files: CheckedFile[], address: string): Promise<{ notKept: number }> {
  const held = await db.attachment.findMany({ where: { pendingToken: token, caseId: null, noticeId: null }, select: { sha256: true }, take: maxFilesPerSubmission });
  // A file already kept for this form (sent again because the browser kept it selected) is the same file: kept once.
  const seen = new Set(held.map((a) => a.sha256));
  const fresh = files.filter((f) => !seen.has(f.sha256) && (seen.add(f.sha256), true));
  const room = fresh.slice(0, Math.max(0, maxFilesPerSubmission - held.length));
  const bytes = room.reduce((sum, f) => sum + f.size, 0);
  const allowed = room.length ? await take(`pending-bytes:${address}`, limits.pendingBytesPerAddress, new Date(), bytes) : { ok: true };
  const kept = allowed.ok ? room : [];
  const stored = await Promise.all(kept.map(async (f) => ({ ...f, ...(await storeFile(f)) })));
  await write(async (tx) => {
    for (const f of stored) {
      await tx.attachment.create({
        data: { sha256: f.sha256, storageKey: f.storageKey, fileName: f.fileName, mimeType: f.mimeType, size: f.size, pendingToken: token },
      });
    }
  });
  return { notKept: fresh.length - kept.length };
}

/** How long a file kept for a form sent back waits to be claimed by its corrected form. */
export const pendingFileLifetimeMs = 24 * 60 * 60 * 1000;

/**
 * Deletes files kept for forms that were never sent again: their rows, and
 * the stored file when no other attachment has the same content (storage is
 * by content hash, so a claimed attachment may share it). Run by the jobs.
 */
export async function expirePendingFiles(now = new Date(), batch = 500): Promise<number> {
  const stale = await db.attachment.findMany({
    where: { pendingToken: { not: null }, caseId: null, noticeId: null, mediationId: null, createdAt: { lt: new Date(now.getTime() - pendingFileLifetimeMs) } },
    select: { id: true, storageKey: true },
    take: batch,
  });
  if (!stale.length) return 0;
  await write((tx) => tx.attachment.deleteMany({ where: { id: { in: stale.map((a) => a.id) }, caseId: null, noticeId: null, mediationId: null } }));
  for (const storageKey of new Set(stale.map((a) => a.storageKey))) {
    // A dossier that took a kept file refers to the same stored content (onestop/files.server.ts).
    const stillUsed = (await db.attachment.count({ where: { storageKey } })) + (await db.dossierFile.count({ where: { storageKey } }));
    if (!stillUsed) await removeStoredFile(storageKey);
  }
  return stale.length;
}

export async function pendingFiles(token: string) {
  if (!token) return [];
  return db.attachment.findMany({
    where: { pendingToken: token, caseId: null },
    select: { id: true, fileName: true, size: true },
    take: maxFilesPerSubmission,
  });
}

/** Gives a new case the files kept for its form. */
export async function claimPendingFiles(token: string, caseId: string, uploadedById: string | null) {
  await write(async (tx) => {
    const event = await tx.caseEvent.findFirst({ where: { caseId, type: "SUBMITTED" }, select: { id: true } });
    await tx.attachment.updateMany({
      where: { pendingToken: token, caseId: null },
      data: { caseId, eventId: event?.id ?? null, uploadedById, pendingToken: null },
    });
  });
}
