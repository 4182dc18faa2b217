import { createHash, randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, describe, expect, test } from "vitest";
import { buildWorld } from "~/test/world";
import { createClient, db, write } from "~/utils/db.server";
import { spoolBytes } from "~/modules/files/spool.server";
import { storeFile } from "../files/files.server";
import { createBackup, restoreBackup } from "./backup.server";

/**
 * A backup taken while the app writes restores into a fresh instance with
 * every case, event and file (by SHA-256) — on SQLite and, with TEST_PG_URL,
 * on PostgreSQL (pg_dump / pg_restore).
 */
afterAll(() => db.$disconnect());

const sourceUrl = () => process.env.DATABASE_URL!;

/** A fresh, empty target: a new SQLite file, or a new PostgreSQL database next to the test's. */
async function freshTarget(): Promise<string> {
  const id = randomBytes(5).toString("hex");
  if (!sourceUrl().startsWith("postgres")) return `file:${path.join(await mkdtemp(path.join(tmpdir(), "lny-restored-")), "restored.db")}`;
  const admin = new pg.Client({ connectionString: process.env.TEST_PG_URL });
  await admin.connect();
  await admin.query(`CREATE DATABASE lny_t_restore_${id}`);
  await admin.end();
  const url = new URL(process.env.TEST_PG_URL!);
  url.pathname = `/lny_t_restore_${id}`;
  return url.toString();
}

async function attachEvidence(caseId: string, n: number) {
  for (let i = 0; i < n; i++) {
    const bytes = Buffer.concat([Buffer.from("%PDF-1.4\n"), randomBytes(2000 + i)]);
    const sha256 = createHash("sha256").update(bytes).digest("hex");
    const { storageKey } = await storeFile({ fileName: `biên bản ${i}.pdf`, mimeType: "application/pdf", ...(await spoolBytes(bytes)) });
    await write((tx) => tx.attachment.create({ data: { sha256, storageKey, fileName: `biên bản ${i}.pdf`, mimeType: "application/pdf", size: bytes.length, caseId } }));
  }
}

async function snapshot(client: ReturnType<typeof createClient>) {
  const [cases, events, attachments] = await Promise.all([
    client.case.findMany({ select: { code: true, title: true, status: true, version: true, description: true }, orderBy: { code: "asc" } }),
    client.caseEvent.findMany({ select: { id: true, caseId: true, type: true, note: true }, orderBy: { id: "asc" } }),
    client.attachment.findMany({ select: { id: true, sha256: true, storageKey: true, fileName: true }, orderBy: { id: "asc" } }),
  ]);
  return { cases, events, attachments };
}

describe("backup and restore", () => {
  test("a backup taken while the app writes restores every case, event and file into a fresh instance", async () => {
    await buildWorld();
    const cases = await db.case.findMany({ select: { id: true } });
    for (const c of cases) await attachEvidence(c.id, 2);

    // The app keeps writing while the backup runs (the online backup API must not need a pause).
    let writing = true;
    const writer = (async () => {
      let n = 0;
      while (writing && n < 200) {
        await write((tx) => tx.caseEvent.create({ data: { caseId: cases[n % cases.length]!.id, type: "NOTE", visibility: "INTERNAL", note: `ghi chú trong lúc sao lưu ${n}` } }));
        n++;
      }
      return n;
    })();
    const out = await mkdtemp(path.join(tmpdir(), "lny-backups-"));
    const { archive, manifest } = await createBackup({ outDir: out, databaseUrl: sourceUrl() });
    writing = false;
    const written = await writer;
    expect(written).toBeGreaterThan(0);
    expect(archive).toMatch(/lang-nghe-backup-\d{4}-\d{2}-\d{2}-\d{4}\.tar\.gz$/);
    expect(manifest.missingFiles).toEqual([]);
    expect(manifest.files.length).toBe(cases.length * 2);

    // What the source holds now, minus events written after the snapshot: compared below by what the backup counted.
    const target = await freshTarget();
    const storage = await mkdtemp(path.join(tmpdir(), "lny-restored-files-"));
    const report = await restoreBackup({ archive, databaseUrl: target, storageDir: storage });
    expect(report.problems).toEqual([]);
    expect(report.counts).toEqual(manifest.counts);
    expect(report.filesRestored).toBe(manifest.files.length);

    const restoredClient = createClient(target);
    try {
      const restored = await snapshot(restoredClient);
      const source = await snapshot(db);
      // Every case as it was, every event of the snapshot present in the source, every file by content.
      expect(restored.cases).toEqual(source.cases);
      expect(restored.events.length).toBe(manifest.counts.events);
      const sourceEvents = new Map(source.events.map((e) => [e.id, e]));
      for (const e of restored.events) expect(sourceEvents.get(e.id)).toEqual(e);
      expect(restored.attachments).toEqual(source.attachments.filter((a) => restored.attachments.some((r) => r.id === a.id)));
      expect(restored.attachments.length).toBe(cases.length * 2);
      for (const a of restored.attachments) {
        const bytes = readFileSync(path.join(storage, a.storageKey));
        expect(createHash("sha256").update(bytes).digest("hex")).toBe(a.sha256);
      }
    } finally {
      await restoredClient.$disconnect();
    }

    // Restoring over data needs --force: nobody overwrites a live instance by mistake.
    await expect(restoreBackup({ archive, databaseUrl: target, storageDir: storage })).rejects.toThrow(/already has data/);
  }, 120_000);
});
