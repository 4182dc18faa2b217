import { createHash, randomBytes } from "node:crypto";
import { mkdtemp, readdir, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { Readable } from "node:stream";
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { copyAllFiles, storedSha256 } from "./copy.server";
import { LocalFolderStorage } from "./local.server";
import { S3Storage } from "./s3.server";
import { FileMissingError, type FileStorage } from "./types";

/**
 * Both drivers, for real: a folder, and an S3-compatible server (s3rver, on
 * 127.0.0.1 in a process of its own, so the memory measured here is only the
 * app's side) reached through @aws-sdk/client-s3.
 */
let s3rver: ChildProcess;
let s3Dir: string;
let folder: string;
let local: LocalFolderStorage;
let s3: S3Storage;
let s3Endpoint: string;

beforeAll(async () => {
  s3Dir = await mkdtemp(path.join(tmpdir(), "lny-s3rver-"));
  folder = await mkdtemp(path.join(tmpdir(), "lny-storage-"));
  s3rver = spawn(process.execPath, ["node_modules/s3rver/bin/s3rver.js", "-d", s3Dir, "-a", "127.0.0.1", "-p", "0", "--configure-bucket", "lny-test"], {
    stdio: ["ignore", "pipe", "inherit"],
  });
  const port = await new Promise<number>((resolve, reject) => {
    let out = "";
    s3rver.stdout!.on("data", (chunk: Buffer) => {
      out += chunk.toString();
      const found = out.match(/listening on [\d.]+:(\d+)/);
      if (found) resolve(Number(found[1]));
    });
    s3rver.once("exit", (code) => reject(new Error(`s3rver exited (${code})`)));
  });
  local = new LocalFolderStorage(folder);
  s3 = new S3Storage({
    bucket: "lny-test",
    endpoint: (s3Endpoint = `http://127.0.0.1:${port}`),
    region: "us-east-1",
    accessKeyId: "S3RVER",
    secretAccessKey: "S3RVER",
    prefix: "lang-nghe/",
    forcePathStyle: true,
  });
});

afterAll(async () => {
  s3rver.kill();
  await rm(s3Dir, { recursive: true, force: true });
  await rm(folder, { recursive: true, force: true });
});

const tenMb = 10 * 1024 * 1024;

/** 10 MB made on the fly, 64 KB at a time: the test never holds it whole either. */
function generated(): Readable {
  let sent = 0;
  return new Readable({
    highWaterMark: 64 * 1024,
    read() {
      this.push(sent >= tenMb ? null : chunkAt(sent, (sent += 64 * 1024)));
    },
  });
}

async function digest(stream: Readable): Promise<{ sha256: string; size: number }> {
  const hash = createHash("sha256");
  let size = 0;
  for await (const chunk of stream) {
    hash.update(chunk);
    size += chunk.length;
  }
  return { sha256: hash.digest("hex"), size };
}

/** Bytes in every file under `dir` (where a driver's bytes land: the folder, or the S3 server's data). */
async function bytesUnder(dir: string): Promise<number> {
  let total = 0;
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) total += (await stat(path.join(entry.parentPath, entry.name)).catch(() => ({ size: 0 }))).size;
  }
  return total;
}

/**
 * 10 MB made on the fly that stops half-way until `gate` resolves: if a driver
 * held the whole file before sending it on, the gate would never open.
 */
function gatedSource(gate: () => Promise<void>): Readable {
  let sent = 0;
  let waited = false;
  return new Readable({
    highWaterMark: 64 * 1024,
    read() {
      if (sent >= tenMb) return void this.push(null);
      if (sent >= tenMb / 2 && !waited) {
        waited = true;
        gate().then(
          () => this.push(chunkAt(sent, (sent += 64 * 1024))),
          (error: Error) => this.destroy(error),
        );
        return;
      }
      this.push(chunkAt(sent, (sent += 64 * 1024)));
    },
  });
}

function chunkAt(from: number, to: number): Buffer {
  return Buffer.alloc(to - from, (from / 65536) % 251);
}

const key = (sha: string, ext = "pdf") => `${sha.slice(0, 2)}/${sha.slice(2, 4)}/${sha}.${ext}`;

describe.each([
  ["local folder", () => local, () => folder],
  ["S3-compatible", () => s3, () => s3Dir],
] as const)("%s storage", (_name, storage: () => FileStorage, root: () => string) => {
  test("a 10 MB file goes in and comes out streamed, byte for byte: the storage has its first bytes before the last are read", async () => {
    const expected = await digest(generated());
    const k = key(expected.sha256);
    expect(await storage().has(k)).toBe(false);
    const before = await bytesUnder(root());
    const halfway = async () => {
      await expect.poll(async () => (await bytesUnder(root())) - before, { timeout: 15_000 }).toBeGreaterThan(1024 * 1024);
    };
    await storage().put(k, gatedSource(halfway), { size: tenMb, contentType: "application/pdf" });
    expect(await storage().has(k)).toBe(true);
    // Read back in pieces, never as one 10 MB buffer.
    const body = await storage().get(k);
    let largest = 0;
    body.on("data", (chunk: Buffer) => (largest = Math.max(largest, chunk.length)));
    expect(await digest(body)).toEqual(expected);
    expect(largest).toBeLessThanOrEqual(1024 * 1024);
  });

  test("a missing file is a FileMissingError; list gives every key", async () => {
    await expect(storage().get(key("f".repeat(64)))).rejects.toBeInstanceOf(FileMissingError);
    const small = randomBytes(1000);
    const sha = createHash("sha256").update(small).digest("hex");
    await storage().put(key(sha, "png"), Readable.from([small]), { size: small.length, contentType: "image/png" });
    const keys: string[] = [];
    for await (const k of storage().list()) keys.push(k);
    expect(keys).toContain(key(sha, "png"));
    expect(keys.every((k) => /^[0-9a-f]{2}\/[0-9a-f]{2}\/[0-9a-f]{64}\.\w+$/.test(k))).toBe(true);
  });
});

describe("moving files between drivers", () => {
  test("copies what the target lacks, checks each file against its content address, and is safe to run again", async () => {
    const target = new LocalFolderStorage(await mkdtemp(path.join(tmpdir(), "lny-storage-target-")));
    const first = await copyAllFiles(s3, target);
    const sourceKeys: string[] = [];
    for await (const k of s3.list()) sourceKeys.push(k);
    expect(first).toEqual({ copied: sourceKeys.length, present: 0, corrupt: [] });
    for (const k of sourceKeys) expect(await target.has(k)).toBe(true);
    expect(await copyAllFiles(s3, target)).toEqual({ copied: 0, present: sourceKeys.length, corrupt: [] });

    // A file whose bytes do not match its name is reported and not copied.
    const wrongKey = key("0".repeat(64));
    await local.put(wrongKey, Readable.from([Buffer.from("not what the name says")]), { size: 22, contentType: "application/pdf" });
    const back = await copyAllFiles(local, s3);
    expect(back.corrupt).toEqual([wrongKey]);
    expect(await s3.has(wrongKey)).toBe(false);
    await rm(target.root, { recursive: true, force: true });
  });

  test("npm run files:move copies a folder's files into the bucket, and says so", async () => {
    const from = await mkdtemp(path.join(tmpdir(), "lny-storage-move-"));
    const folderStorage = new LocalFolderStorage(from);
    const bytes = randomBytes(5000);
    const sha = createHash("sha256").update(bytes).digest("hex");
    await folderStorage.put(key(sha, "png"), Readable.from([bytes]), { size: bytes.length, contentType: "image/png" });
    const env = {
      ...process.env,
      STORAGE_DIR: from,
      S3_BUCKET: "lny-test",
      S3_ENDPOINT: s3Endpoint,
      S3_ACCESS_KEY_ID: "S3RVER",
      S3_SECRET_ACCESS_KEY: "S3RVER",
      S3_PREFIX: "lang-nghe/",
      NODE_NO_WARNINGS: "1",
    };
    const output = execFileSync("npx", ["tsx", "scripts/move-files.ts", "--from", "local", "--to", "s3"], { env, encoding: "utf8" });
    expect(output).toContain(`copied  ${key(sha, "png")}`);
    expect(JSON.parse(output.trim().split("\n").at(-1)!)).toEqual({ copied: 1, present: 0, corrupt: [] });
    expect(await storedSha256(s3, key(sha, "png"))).toBe(sha);
    await rm(from, { recursive: true, force: true });
  }, 60_000);
});
