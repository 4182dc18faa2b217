import { createHash } from "node:crypto";
import { execFile } from "node:child_process";
import { createReadStream, createWriteStream, existsSync, readdirSync } from "node:fs";
import { copyFile, mkdir, mkdtemp, readFile, rename, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { pipeline } from "node:stream/promises";
import { promisify } from "node:util";
import pg from "pg";
import * as tar from "tar";
import { createClient } from "~/utils/db.server";
import { openStoredFile } from "../files/files.server";
import { sqliteDriver } from "~/utils/driver-sql.server";

/**
 * Backups that restore: the database and every attached file in one
 * `.tar.gz`, with a manifest that lists each file's SHA-256.
 *
 * - SQLite: SQLite's online backup API (better-sqlite3 `backup()`), page by
 *   page while the app keeps serving and writing: a consistent copy without
 *   stopping anything.
 * - PostgreSQL: `pg_dump --format=custom` (a consistent snapshot), restored
 *   with `pg_restore`.
 * - Files: taken after the database, so every attachment in the copy has its
 *   file (a file is stored before the row that names it is committed).
 *
 * Restoring goes into an empty database and storage folder (a fresh
 * instance), then checks every attachment of the restored database against
 * its file's SHA-256. README "Backups" says how an office runs both.
 */
const run = promisify(execFile);
export const backupFormat = "lang-nghe-backup/1";

export type BackupManifest = {
  format: typeof backupFormat;
  createdAt: string;
  provider: "sqlite" | "postgresql";
  migrations: string[];
  counts: { units: number; users: number; cases: number; events: number; attachments: number };
  files: { storageKey: string; sha256: string; size: number }[];
  /** Attachments whose file was not in storage at backup time (reported, not fatal). */
  missingFiles: string[];
};

function providerOf(url: string): "sqlite" | "postgresql" {
  return url.startsWith("postgres") ? "postgresql" : "sqlite";
}

function sqlitePath(url: string): string {
  return path.resolve(url.replace(/^file:/, ""));
}

/** pg_dump / pg_restore from PATH, or Debian's versioned folder. */
function pgTool(name: "pg_dump" | "pg_restore"): string {
  for (const dir of (process.env.PATH ?? "").split(path.delimiter)) if (dir && existsSync(path.join(dir, name))) return path.join(dir, name);
  const debian = "/usr/lib/postgresql";
  if (existsSync(debian)) {
    for (const version of readdirSync(debian).sort().reverse()) {
      const candidate = path.join(debian, version, "bin", name);
      if (existsSync(candidate)) return candidate;
    }
  }
  throw new Error(`${name} not found: install PostgreSQL's client tools (Debian: apt-get install postgresql-client)`);
}

function stamp(d: Date): string {
  return new Date(d.getTime() + 7 * 3600_000).toISOString().slice(0, 16).replace("T", "-").replace(":", "");
}

async function sha256Of(file: string): Promise<string> {
  const hash = createHash("sha256");
  await pipeline(createReadStream(file), hash);
  return hash.digest("hex");
}

type Counted = { counts: BackupManifest["counts"]; migrations: string[]; attachments: { storageKey: string; sha256: string }[] };

/** What a database holds, read with a client of its own (the backup copy, or the restored one). */
async function readDatabase(url: string): Promise<Counted> {
  const client = createClient(url);
  try {
    const [units, users, cases, events, attachments, migrations] = await Promise.all([
      client.unit.count(),
      client.user.count(),
      client.case.count(),
      client.caseEvent.count(),
      client.attachment.findMany({ select: { storageKey: true, sha256: true } }),
      client.$queryRawUnsafe<{ migration_name: string }[]>('SELECT migration_name FROM "_prisma_migrations" WHERE finished_at IS NOT NULL ORDER BY migration_name'),
    ]);
    return { counts: { units, users, cases, events, attachments: attachments.length }, attachments, migrations: migrations.map((m) => m.migration_name) };
  } finally {
    await client.$disconnect();
  }
}

/**
 * pg_dump inside a snapshot this function holds open (pg_export_snapshot), so
 * the counts and the attachment list are those of the dump exactly, however
 * much the app writes meanwhile.
 */
async function dumpPostgres(url: string, file: string): Promise<Counted> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
    const snapshot = (await client.query<{ id: string }>("SELECT pg_export_snapshot() AS id")).rows[0]!.id;
    const count = async (table: string) => Number((await client.query<{ n: string }>(`SELECT count(*) AS n FROM "${table}"`)).rows[0]!.n);
    const counts = { units: await count("Unit"), users: await count("User"), cases: await count("Case"), events: await count("CaseEvent"), attachments: await count("Attachment") };
    const attachments = (await client.query<{ storageKey: string; sha256: string }>('SELECT "storageKey", "sha256" FROM "Attachment"')).rows;
    const migrations = (await client.query<{ migration_name: string }>('SELECT migration_name FROM "_prisma_migrations" WHERE finished_at IS NOT NULL ORDER BY migration_name')).rows.map((r) => r.migration_name);
    await run(pgTool("pg_dump"), ["--format=custom", "--no-owner", "--no-privileges", `--snapshot=${snapshot}`, "--file", file, url]);
    await client.query("COMMIT");
    return { counts, attachments, migrations };
  } finally {
    await client.end();
  }
}

/**
 * Writes `lang-nghe-backup-<date>.tar.gz` into `outDir` while the app runs.
 * Returns its path and manifest.
 */
export async function createBackup(options: { outDir: string; databaseUrl: string; now?: Date }): Promise<{ archive: string; manifest: BackupManifest }> {
  const now = options.now ?? new Date();
  const provider = providerOf(options.databaseUrl);
  const work = await mkdtemp(path.join(tmpdir(), "lny-backup-"));
  try {
    let counted: Counted;
    if (provider === "sqlite") {
      // The online backup API: a consistent copy while other connections keep writing. The
      // connection comes from the SQLite library Prisma's adapter uses (sqliteDriver explains why).
      const Database = sqliteDriver();
      const live = new Database(sqlitePath(options.databaseUrl), { fileMustExist: true });
      try {
        await live.backup(path.join(work, "database.sqlite"));
      } finally {
        live.close();
      }
      counted = await readDatabase(`file:${path.join(work, "database.sqlite")}`);
    } else {
      counted = await dumpPostgres(options.databaseUrl, path.join(work, "database.pgdump"));
    }

    const files: BackupManifest["files"] = [];
    const missingFiles: string[] = [];
    for (const storageKey of [...new Set(counted.attachments.map((a) => a.storageKey))].sort()) {
      const target = path.join(work, "files", storageKey);
      await mkdir(path.dirname(target), { recursive: true });
      try {
        await pipeline(openStoredFile(storageKey), createWriteStream(target));
      } catch {
        missingFiles.push(storageKey);
        await rm(target, { force: true });
        continue;
      }
      const sha256 = await sha256Of(target);
      const { size } = await stat(target);
      files.push({ storageKey, sha256, size });
    }

    const manifest: BackupManifest = { format: backupFormat, createdAt: now.toISOString(), provider, migrations: counted.migrations, counts: counted.counts, files, missingFiles };
    await writeFile(path.join(work, "manifest.json"), JSON.stringify(manifest, null, 2));
    await mkdir(options.outDir, { recursive: true });
    const archive = path.join(path.resolve(options.outDir), `lang-nghe-backup-${stamp(now)}.tar.gz`);
    const partial = `${archive}.part`;
    await tar.create({ gzip: true, file: partial, cwd: work, portable: true }, ["manifest.json", provider === "sqlite" ? "database.sqlite" : "database.pgdump", ...(files.length ? ["files"] : [])]);
    await rename(partial, archive); // a half-written archive never looks finished
    return { archive, manifest };
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

export type RestoreReport = {
  manifest: BackupManifest;
  counts: BackupManifest["counts"];
  filesRestored: number;
  /** Attachments of the restored database whose file is missing or differs (empty when all is well). */
  problems: string[];
};

async function targetHasData(url: string): Promise<boolean> {
  if (providerOf(url) === "sqlite" && !existsSync(sqlitePath(url))) return false;
  const client = createClient(url);
  try {
    return (await client.unit.count()) > 0;
  } catch {
    return false; // no tables yet: an empty database
  } finally {
    await client.$disconnect();
  }
}

/**
 * Restores an archive into `databaseUrl` and `storageDir`, which must be
 * empty (a fresh instance) unless `force`; then checks every attachment's
 * file by SHA-256. The app must not be running on the target meanwhile.
 */
export async function restoreBackup(options: { archive: string; databaseUrl: string; storageDir: string; force?: boolean }): Promise<RestoreReport> {
  const work = await mkdtemp(path.join(tmpdir(), "lny-restore-"));
  try {
    await tar.extract({ file: options.archive, cwd: work, strict: true });
    const manifest = JSON.parse(await readFile(path.join(work, "manifest.json"), "utf8")) as BackupManifest;
    if (manifest.format !== backupFormat) throw new Error(`not a Lắng Nghe backup (${manifest.format})`);
    const provider = providerOf(options.databaseUrl);
    if (manifest.provider !== provider) throw new Error(`the backup is of a ${manifest.provider} database; DATABASE_URL is ${provider}`);
    if (!options.force && (await targetHasData(options.databaseUrl))) {
      throw new Error("the target database already has data: restore into an empty one, or pass --force to replace it");
    }

    if (provider === "sqlite") {
      const target = sqlitePath(options.databaseUrl);
      await mkdir(path.dirname(target), { recursive: true });
      for (const suffix of ["-wal", "-shm", "-journal"]) await rm(`${target}${suffix}`, { force: true });
      await copyFile(path.join(work, "database.sqlite"), `${target}.restoring`);
      await rename(`${target}.restoring`, target);
    } else {
      await run(pgTool("pg_restore"), ["--clean", "--if-exists", "--no-owner", "--no-privileges", "--exit-on-error", "--dbname", options.databaseUrl, path.join(work, "database.pgdump")]);
    }

    // Files: each checked against the manifest before it goes into storage.
    const problems: string[] = [];
    let filesRestored = 0;
    for (const f of manifest.files) {
      const source = path.join(work, "files", f.storageKey);
      if ((await sha256Of(source)) !== f.sha256) {
        problems.push(`${f.storageKey}: damaged in the backup`);
        continue;
      }
      const target = path.join(path.resolve(options.storageDir), f.storageKey);
      await mkdir(path.dirname(target), { recursive: true });
      await copyFile(source, `${target}.restoring`);
      await rename(`${target}.restoring`, target);
      filesRestored++;
    }

    // Every attachment of the restored database has its file, with the right content.
    const restored = await readDatabase(options.databaseUrl);
    for (const a of restored.attachments) {
      const file = path.join(path.resolve(options.storageDir), a.storageKey);
      if (!existsSync(file)) problems.push(`${a.storageKey}: missing`);
      else if ((await sha256Of(file)) !== a.sha256) problems.push(`${a.storageKey}: content differs`);
    }
    return { manifest, counts: restored.counts, filesRestored, problems: [...new Set(problems)] };
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}
