import type { Readable } from "node:stream";

/**
 * Where evidence files live. Keys are content addresses
 * (`ab/cd/<sha256>.<ext>`, see files.server.ts), so a key's content never
 * changes: `put` of a key that exists is a no-op, and copying between drivers
 * is safe to repeat.
 */
export interface FileStorage {
  /** "local" (a folder) or "s3" (any S3-compatible service). */
  readonly driver: "local" | "s3";
  has(key: string): Promise<boolean>;
  /** Stores `body` (streamed, `size` bytes) under `key`; a reader never sees half a file. */
  put(key: string, body: Readable, info: { size: number; contentType: string }): Promise<void>;
  /** The file's bytes, streamed. Rejects with a FileMissingError when there is none. */
  get(key: string): Promise<Readable>;
  /** Deletes the file under `key` (an unclaimed upload); a key with no file is fine. */
  delete(key: string): Promise<void>;
  /** Every key stored (for moving files between drivers and for checks). */
  list(): AsyncIterable<string>;
}

export class FileMissingError extends Error {
  constructor(key: string) {
    super(`stored file missing: ${key}`);
    this.name = "FileMissingError";
  }
}
