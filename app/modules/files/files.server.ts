import { createHash } from "node:crypto";
import { createReadStream } from "node:fs";
import { access, mkdir, rename, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import type { UploadHandler } from "@remix-run/node";
import { fileTypeFromBuffer } from "file-type";
import { getEnv } from "~/utils/env.server";
import { allowedMimeTypes, isAllowedMime, maxFileBytes, maxFilesPerSubmission, safeFileName } from "./file-rules";

export type Upload = { name: string; bytes: Buffer } | { name: string; problem: "too-large" };

/**
 * Collects uploaded files in memory, up to 10 MB each and 5 in all. A file over
 * the limit is drained and dropped (the request goes on, so the rest of the
 * form is kept and the citizen is told which file was refused). The result is
 * a JSON string in the form data under the field's name.
 */
export function evidenceUploadHandler(uploads: Upload[]): UploadHandler {
  return async ({ name, filename, data }) => {
    // Not a file: the next handler keeps text fields.
    if (!filename) return undefined;
    // A file part is consumed here and never reaches the next handler ("" stands in its place).
    if (name !== "files") {
      for await (const _ of data) {
        // drain an unexpected file field
      }
      return "";
    }
    const chunks: Uint8Array[] = [];
    let size = 0;
    let tooLarge = false;
    for await (const chunk of data) {
      size += chunk.byteLength;
      if (size > maxFileBytes) tooLarge = true;
      if (!tooLarge) chunks.push(chunk);
    }
    if (size === 0) return ""; // an empty file input
    if (uploads.length > maxFilesPerSubmission) return ""; // beyond the limit: reported as too many
    uploads.push(tooLarge ? { name: filename, problem: "too-large" } : { name: filename, bytes: Buffer.concat(chunks) });
    return "";
  };
}

export type CheckedFile = { fileName: string; mimeType: string; bytes: Buffer; sha256: string };
export type FileProblem = { fileName: string; problem: "too-large" | "type-not-allowed" | "too-many" };

/** Checks each upload by its content; returns the good ones and what was wrong with the rest. */
export async function checkUploads(uploads: Upload[], alreadyAttached = 0): Promise<{ files: CheckedFile[]; problems: FileProblem[] }> {
  const files: CheckedFile[] = [];
  const problems: FileProblem[] = [];
  for (const upload of uploads) {
    const fileName = safeFileName(upload.name);
    if ("problem" in upload) {
      problems.push({ fileName, problem: upload.problem });
      continue;
    }
    if (files.length + alreadyAttached >= maxFilesPerSubmission) {
      problems.push({ fileName, problem: "too-many" });
      continue;
    }
    const type = await fileTypeFromBuffer(upload.bytes);
    if (!isAllowedMime(type?.mime)) {
      problems.push({ fileName, problem: "type-not-allowed" });
      continue;
    }
    files.push({ fileName, mimeType: type.mime, bytes: upload.bytes, sha256: createHash("sha256").update(upload.bytes).digest("hex") });
  }
  return { files, problems };
}

function storagePath(storageKey: string): string {
  return path.resolve(getEnv().STORAGE_DIR, storageKey);
}

/**
 * Stores a file outside public/ under its content hash (ab/cd/abcd…): the
 * same evidence uploaded twice is stored once, and no name a citizen chose
 * ever reaches the file system.
 */
export async function storeFile(file: CheckedFile): Promise<{ storageKey: string }> {
  const storageKey = `${file.sha256.slice(0, 2)}/${file.sha256.slice(2, 4)}/${file.sha256}.${allowedMimeTypes[file.mimeType as keyof typeof allowedMimeTypes]}`;
  const target = storagePath(storageKey);
  try {
    await access(target);
    return { storageKey };
  } catch {
    // not stored yet
  }
  await mkdir(path.dirname(target), { recursive: true });
  const temp = `${target}.${process.pid}.${Date.now()}.tmp`;
  await writeFile(temp, file.bytes);
  await rename(temp, target); // atomic: a reader never sees half a file
  return { storageKey };
}

const storageKeyPattern = /^[0-9a-f]{2}\/[0-9a-f]{2}\/[0-9a-f]{64}\.(pdf|jpg|png|docx)$/;

export function openStoredFile(storageKey: string) {
  if (!storageKeyPattern.test(storageKey)) throw new Error("bad storage key");
  return createReadStream(storagePath(storageKey));
}

/** Deletes a stored file no attachment refers to any more (unclaimed uploads); one already gone is fine. */
export async function removeStoredFile(storageKey: string): Promise<void> {
  if (!storageKeyPattern.test(storageKey)) throw new Error("bad storage key");
  await rm(storagePath(storageKey), { force: true });
}
