import { createHash } from "node:crypto";
import { createReadStream } from "node:fs";
import { rm } from "node:fs/promises";
import { pipeline } from "node:stream/promises";
import { spool } from "../spool.server";
import type { FileStorage } from "./types";

const mimeOf: Record<string, string> = {
  pdf: "application/pdf",
  jpg: "image/jpeg",
  png: "image/png",
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
};

/**
 * Copies every file `from` has and `to` lacks (`npm run files:move`). Each
 * file is streamed through a spool file on this machine while its SHA-256 is
 * computed, and copied only if that matches its content address: a damaged
 * file is reported, never spread. Safe to run again (files present are skipped)
 * and while the servers run (keys never change content).
 */
export async function copyAllFiles(from: FileStorage, to: FileStorage, onFile?: (key: string, outcome: "copied" | "present" | "corrupt") => void) {
  let copied = 0;
  let present = 0;
  const corrupt: string[] = [];
  for await (const key of from.list()) {
    if (await to.has(key)) {
      present++;
      onFile?.(key, "present");
      continue;
    }
    const expected = key.match(/([0-9a-f]{64})\.(\w+)$/);
    const spooled = await spool(await from.get(key), Number.MAX_SAFE_INTEGER);
    if (spooled === "too-large") throw new Error("unreachable");
    try {
      if (!expected || spooled.sha256 !== expected[1]) {
        corrupt.push(key);
        onFile?.(key, "corrupt");
        continue;
      }
      await to.put(key, createReadStream(spooled.path), { size: spooled.size, contentType: mimeOf[expected[2]!] ?? "application/octet-stream" });
      copied++;
      onFile?.(key, "copied");
    } finally {
      await rm(spooled.path, { force: true });
    }
  }
  return { copied, present, corrupt };
}

/** The SHA-256 of a stored file, streamed (for checks). */
export async function storedSha256(storage: FileStorage, key: string): Promise<string> {
  const hash = createHash("sha256");
  await pipeline(await storage.get(key), hash);
  return hash.digest("hex");
}
