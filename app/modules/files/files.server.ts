import { createReadStream } from "node:fs";
import { PassThrough, type Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import type { UploadHandler } from "@remix-run/node";
import { fileTypeFromFile } from "file-type";
import { allowedMimeTypes, isAllowedMime, maxFileBytes, maxFilesPerSubmission, safeFileName } from "./file-rules";
import { discardSpooled, spool, spoolBytes, type SpooledFile } from "./spool.server";
import { fileStorage } from "./storage/index.server";

/** A file as it arrived: written to this server's spool (never whole in memory), or refused for its size. */
export type Upload = ({ name: string } & SpooledFile) | { name: string; problem: "too-large" };

/** An upload from bytes already in memory (tests, generated documents). */
export async function uploadFromBytes(name: string, bytes: Uint8Array): Promise<Upload> {
  return { name, ...(await spoolBytes(bytes)) };
}

/**
 * Receives uploaded files, up to 10 MB each and 5 in all, streaming each to a
 * spool file while hashing it. A file over the limit is drained and dropped
 * (the request goes on, so the rest of the form is kept and the citizen is told
 * which file was refused). The result is a JSON string in the form data under
 * the field's name.
 */
export function evidenceUploadHandler(uploads: Upload[]): UploadHandler {
  return async ({ name, filename, data }) => {
    // Not a file: the next handler keeps text fields.
    if (!filename) return undefined;
    // A file part is consumed here and never reaches the next handler ("" stands in its place).
    if (name !== "files" || uploads.length > maxFilesPerSubmission) {
      for await (const _ of data) {
        // drain an unexpected file field, or one beyond the limit (reported as too many)
      }
      return "";
    }
    const spooled = await spool(data, maxFileBytes);
    if (spooled === "too-large") {
      uploads.push({ name: filename, problem: "too-large" });
      return "";
    }
    if (spooled.size === 0) {
      await discardSpooled(spooled); // an empty file input
      return "";
    }
    uploads.push({ name: filename, ...spooled });
    return "";
  };
}

export type CheckedFile = { fileName: string; mimeType: string; sha256: string; size: number; path: string };
export type FileProblem = { fileName: string; problem: "too-large" | "type-not-allowed" | "too-many" };

/** Checks each upload by its content; returns the good ones and what was wrong with the rest (whose spool files go). */
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
      await discardSpooled(upload);
      continue;
    }
    // Reads only the first bytes it needs (a DOCX: the zip's directory), never the whole file.
    const type = await fileTypeFromFile(upload.path);
    if (!isAllowedMime(type?.mime)) {
      problems.push({ fileName, problem: "type-not-allowed" });
      await discardSpooled(upload);
      continue;
    }
    files.push({ fileName, mimeType: type.mime, sha256: upload.sha256, size: upload.size, path: upload.path });
  }
  return { files, problems };
}

/** The content address of a file: ab/cd/<sha256>.<ext>. */
export function storageKeyFor(file: { sha256: string; mimeType: string }): string {
  return `${file.sha256.slice(0, 2)}/${file.sha256.slice(2, 4)}/${file.sha256}.${allowedMimeTypes[file.mimeType as keyof typeof allowedMimeTypes]}`;
}

export function isStorageKey(key: string): boolean {
  return /^[0-9a-f]{2}\/[0-9a-f]{2}\/[0-9a-f]{64}\.(pdf|jpg|png|docx)$/.test(key);
}

/**
 * Stores a checked file under its content hash (ab/cd/abcd…) in the storage
 * every server sees (app/modules/files/storage: a local folder or an S3
 * bucket), streamed from the spool: the same evidence uploaded twice is stored
 * once, and no name a citizen chose ever reaches the storage.
 */
export async function storeFile(file: CheckedFile): Promise<{ storageKey: string }> {
  const storageKey = storageKeyFor(file);
  const storage = fileStorage();
  if (!(await storage.has(storageKey))) {
    await storage.put(storageKey, createReadStream(file.path), { size: file.size, contentType: file.mimeType });
  }
  await discardSpooled(file);
  return { storageKey };
}

/** A stored file's bytes, streamed from wherever they are kept. */
export function openStoredFile(storageKey: string): Readable {
  if (!isStorageKey(storageKey)) throw new Error("bad storage key");
  const out = new PassThrough();
  fileStorage()
    .get(storageKey)
    .then((body) => pipeline(body, out))
    .catch((error) => out.destroy(error));
  return out;
}

/** Deletes a stored file no attachment refers to any more (unclaimed uploads); one already gone is fine. */
export async function removeStoredFile(storageKey: string): Promise<void> {
  if (!isStorageKey(storageKey)) throw new Error("bad storage key");
  await fileStorage().delete(storageKey);
}
