import type { UploadHandler } from "@remix-run/node";
import { db, write, type Tx } from "~/utils/db.server";
import { keepPendingFiles } from "../cases/evidence.server";
import { bodyProblemResponse, maxUploadBytes, parseForm } from "~/utils/form-data.server";
import { checkUploads, storeFile, type CheckedFile, type FileProblem, type Upload } from "../files/files.server";
import { maxFileBytes } from "../files/file-rules";
import { discardSpooled, spool, spoolBytes } from "../files/spool.server";

/** A dossier's files: one input per paper (`paper-<position>`) and `result` for the result. */
export type DossierUpload = CheckedFile & { field: string };

/** A dossier file from bytes already in memory (the demo seed, tests): spooled like an upload. */
export async function dossierFileFromBytes(field: string, fileName: string, mimeType: string, bytes: Uint8Array): Promise<DossierUpload> {
  return { field, fileName, mimeType, ...(await spoolBytes(bytes)) };
}

/** At most this many files in one submission (a procedure has a handful of papers). */
export const maxDossierFiles = 10;
const fieldPattern = /^(paper-\d{1,3}|result)$/;

function dossierUploadHandler(uploads: (Upload & { field: string })[]): UploadHandler {
  return async ({ name, filename, data }) => {
    if (!filename) return undefined;
    // Fields we do not know and files past the count are drained and dropped.
    if (!fieldPattern.test(name) || uploads.length >= maxDossierFiles) {
      for await (const _ of data) {
        // drain
      }
      return "";
    }
    // Streamed to a spool file while hashed, never whole in memory (a scan may be 10 MB).
    const spooled = await spool(data, maxFileBytes);
    if (spooled === "too-large") {
      uploads.push({ field: name, name: filename, problem: "too-large" });
      return "";
    }
    if (spooled.size === 0) {
      await discardSpooled(spooled); // an empty file input
      return "";
    }
    uploads.push({ field: name, name: filename, ...spooled });
    return "";
  };
}

/** Reads a multipart dossier form: text fields, and files recognised by content (PDF, JPEG, PNG, DOCX; 10 MB each). */
/** A body cut off or over the limit: the form says so (what arrived is kept); a body that is not a form is a 415. */
export type DossierBodyProblem = "incomplete" | "too-large" | null;

export function bodyProblemMessage(problem: Exclude<DossierBodyProblem, null>): string {
  return problem === "incomplete" ? "errors.formIncomplete" : "errors.formTooLarge";
}

export async function readDossierForm(request: Request): Promise<{ formData: FormData; files: DossierUpload[]; problems: FileProblem[]; bodyProblem: DossierBodyProblem }> {
  const uploads: (Upload & { field: string })[] = [];
  // The shared parser (never a 500: file names with ';', cut-off bodies, oversized text parts).
  const { formData, problem } = await parseForm(request, { uploadHandler: dossierUploadHandler(uploads), maxBytes: maxUploadBytes });
  if (problem === "unsupported") throw bodyProblemResponse(problem);
  const files: DossierUpload[] = [];
  const problems: FileProblem[] = [];
  for (const upload of uploads) {
    const checked = await checkUploads([upload]);
    problems.push(...checked.problems);
    for (const f of checked.files) files.push({ ...f, field: upload.field });
  }
  return { formData, files, problems, bodyProblem: problem };
}

/** Stores the files (outside the transaction: content-addressed, idempotent) before the rows that name them. */
export async function storeDossierFiles(files: DossierUpload[]) {
  // One at a time, each content once: the same scan attached to two papers must not race for one path.
  const keys = new Map<string, string>();
  const out: (DossierUpload & { storageKey: string })[] = [];
  for (const f of files) {
    let storageKey = keys.get(f.sha256);
    if (!storageKey) {
      storageKey = (await storeFile(f)).storageKey;
      keys.set(f.sha256, storageKey);
    } else {
      await discardSpooled(f); // the same content already stored: its spool copy goes
    }
    out.push({ ...f, storageKey });
  }
  return out;
}

/**
 * Files of a dossier form sent back for correction are kept like a case
 * form's (keepPendingFiles: pending Attachment rows, the same bounds and
 * expiry), one pending token per file input — `<form token>/<field>` — so the
 * corrected form knows which paper each is. A file chosen again for a paper
 * replaces the one kept for it.
 */
const fieldToken = (token: string, field: string) => `${token}/${field}`;

export type KeptDossierFile = { id: string; field: string; sha256: string; storageKey: string; fileName: string; mimeType: string; size: number };

export async function keepDossierFiles(token: string, files: DossierUpload[], address: string): Promise<{ notKept: number }> {
  let notKept = 0;
  for (const field of new Set(files.map((f) => f.field))) {
    await write((tx) => tx.attachment.deleteMany({ where: { pendingToken: fieldToken(token, field), caseId: null, noticeId: null, mediationId: null } }));
    notKept += (await keepPendingFiles(fieldToken(token, field), files.filter((f) => f.field === field).slice(0, 1), address)).notKept;
  }
  return { notKept };
}

/** The files kept for a dossier form's inputs (`fields`), by exact token: an index lookup each. */
export async function keptDossierFiles(token: string, fields: string[]): Promise<KeptDossierFile[]> {
  if (!token || !fields.length) return [];
  const rows = await db.attachment.findMany({
    where: { pendingToken: { in: fields.map((f) => fieldToken(token, f)) }, caseId: null, noticeId: null, mediationId: null },
    select: { id: true, pendingToken: true, sha256: true, storageKey: true, fileName: true, mimeType: true, size: true },
    orderBy: { createdAt: "asc" },
    take: maxDossierFiles,
  });
  return rows.map(({ pendingToken, ...r }) => ({ ...r, field: (pendingToken ?? "").slice(token.length + 1) }));
}

export async function addDossierFiles(
  tx: Tx,
  dossierId: string,
  stored: { field: string; sha256: string; storageKey: string; fileName: string; mimeType: string; size: number }[],
  opts: { uploadedById: string | null; paperIdByPosition: Map<number, string> },
) {
  for (const f of stored) {
    const position = f.field.startsWith("paper-") ? Number(f.field.slice("paper-".length)) : null;
    await tx.dossierFile.create({
      data: {
        dossierId,
        paperId: position !== null ? (opts.paperIdByPosition.get(position) ?? null) : null,
        kind: f.field === "result" ? "RESULT" : "PAPER",
        sha256: f.sha256,
        storageKey: f.storageKey,
        fileName: f.fileName,
        mimeType: f.mimeType,
        size: f.size,
        uploadedById: opts.uploadedById,
      },
    });
  }
}
