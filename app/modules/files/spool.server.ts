import { createHash, randomUUID } from "node:crypto";
import { createWriteStream } from "node:fs";
import { mkdir, readdir, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { once } from "node:events";

/**
 * Uploads are written to a spool file on this server's disk as they arrive,
 * hashed on the way, and only then checked and moved into storage: a 10 MB
 * file is never held whole in memory, and nothing unchecked reaches the
 * storage every server shares. A spool file lives for one request; a timer
 * in each process that spools removes any that a failed request left behind
 * (sweepSpool).
 */
export const spoolDir = path.join(tmpdir(), "lny-upload-spool");

let sweeper: NodeJS.Timeout | undefined;
async function ready() {
  await mkdir(spoolDir, { recursive: true });
  if (!sweeper) {
    sweeper = setInterval(() => void sweepSpool().catch(() => undefined), 15 * 60_000);
    sweeper.unref();
  }
}

export type SpooledFile = { path: string; size: number; sha256: string };

/**
 * Writes `data` to a new spool file. Past `maxBytes` the rest is drained and
 * dropped, and the file removed: the result says only that it was too large.
 */
export async function spool(data: AsyncIterable<Uint8Array>, maxBytes: number): Promise<SpooledFile | "too-large"> {
  await ready();
  const file = path.join(spoolDir, `${randomUUID()}.part`);
  const out = createWriteStream(file, { flags: "wx", mode: 0o600 });
  const hash = createHash("sha256");
  let size = 0;
  let tooLarge = false;
  try {
    for await (const chunk of data) {
      size += chunk.byteLength;
      if (size > maxBytes) tooLarge = true;
      if (tooLarge) continue; // keep reading: the rest of the form comes after this file
      hash.update(chunk);
      if (!out.write(chunk)) await once(out, "drain");
    }
    out.end();
    await once(out, "close");
  } catch (error) {
    out.destroy();
    await rm(file, { force: true });
    throw error;
  }
  if (tooLarge) {
    await rm(file, { force: true });
    return "too-large";
  }
  return { path: file, size, sha256: hash.digest("hex") };
}

/** A spool file from bytes already in memory (a generated document, a test's sample file). */
export async function spoolBytes(bytes: Uint8Array): Promise<SpooledFile> {
  await ready();
  const file = path.join(spoolDir, `${randomUUID()}.part`);
  await writeFile(file, bytes, { flag: "wx", mode: 0o600 });
  return { path: file, size: bytes.byteLength, sha256: createHash("sha256").update(bytes).digest("hex") };
}

export async function discardSpooled(file: { path: string }): Promise<void> {
  await rm(file.path, { force: true });
}

/** Removes spool files older than `maxAgeMs` (left by requests that failed half-way). */
export async function sweepSpool(maxAgeMs = 60 * 60_000, now = Date.now()): Promise<number> {
  let removed = 0;
  const names = await readdir(spoolDir).catch(() => [] as string[]);
  for (const name of names) {
    const file = path.join(spoolDir, name);
    const info = await stat(file).catch(() => null);
    if (info && now - info.mtimeMs > maxAgeMs) {
      await rm(file, { force: true });
      removed++;
    }
  }
  return removed;
}
