import {
  unstable_composeUploadHandlers as composeUploadHandlers,
  unstable_createMemoryUploadHandler as createMemoryUploadHandler,
  unstable_parseMultipartFormData as parseMultipartFormData,
} from "@remix-run/node";
import { db, write } from "~/utils/db.server";
import { checkUploads, evidenceUploadHandler, storeFile, type CheckedFile, type FileProblem, type Upload } from "../files/files.server";
import { maxFilesPerSubmission } from "../files/file-rules";

/** Text fields up to 200 KB (a 20,000-character description must arrive, to be refused with its text kept). */
const maxTextPartBytes = 200 * 1024;

/** Reads a multipart form with evidence files; the files are checked by content. */
export async function readFormWithEvidence(request: Request, alreadyAttached = 0) {
  const uploads: Upload[] = [];
  const formData = await parseMultipartFormData(
    request,
    composeUploadHandlers(evidenceUploadHandler(uploads), createMemoryUploadHandler({ maxPartSize: maxTextPartBytes })),
  );
  const { files, problems } = await checkUploads(uploads, alreadyAttached);
  return { formData, files, problems };
}

export function fileProblemMessages(problems: FileProblem[]): string[] {
  return problems.map((p) => `files.${p.problem}?name=${encodeURIComponent(p.fileName)}`);
}

/**
 * Files sent with a form that came back for correction are kept under the
 * form's token, so a citizen on a slow connection never uploads them twice.
 */
export async function keepPendingFiles(token: string, files: CheckedFile[]) {
  const stored = await Promise.all(files.map(async (f) => ({ ...f, ...(await storeFile(f)) })));
  await write(async (tx) => {
    for (const f of stored) {
      await tx.attachment.create({
        data: { sha256: f.sha256, storageKey: f.storageKey, fileName: f.fileName, mimeType: f.mimeType, size: f.size, pendingToken: token },
      });
    }
  });
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
