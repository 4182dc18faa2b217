import { randomUUID } from "node:crypto";
import { Prisma, type Tx } from "./db.server";
import { selectRows } from "./driver-sql.server";
import { requestMemo } from "./request-scope.server";

/**
 * Reference lists (units, categories) and the law's tables (deadline rules,
 * days off, procedural grounds) cached in each server's memory, and
 * still never stale across servers: every change writes a new version token
 * (a `Setting` row, `cache:<name>`) in the transaction that makes it
 * (`referenceChanged`), and a cached list is used only while the token it was
 * built under is still the current one. Checking costs one tiny query, shared
 * by every caller in flight at the same moment, instead of reading and
 * shaping the lists each time.
 *
 * Any code that changes units, categories, those rules or the one-stop
 * catalogue's procedures must call referenceChanged in the same transaction.
 */
export const referenceNames = ["units", "categories", "rules", "procedures"] as const;
export type ReferenceName = (typeof referenceNames)[number];

const settingKey = (name: ReferenceName) => `cache:${name}`;

/** Marks `name` changed; call inside the write() that changes it. */
export async function referenceChanged(tx: Tx, name: ReferenceName): Promise<void> {
  const value = randomUUID();
  await tx.setting.upsert({ where: { key: settingKey(name) }, create: { key: settingKey(name), value }, update: { value } });
}

/**
 * Settings every page may need, read together in one shared query: the
 * reference lists' version tokens, the statistics' last refresh and
 * ranking threshold (app/modules/stats), and the one-stop figures' last
 * refresh (app/modules/onestop). A read is shared by every caller in
 * flight at that moment and by the loaders of one page request
 * (request-scope.server.ts), never reused after them: a change committed
 * before a request began is always seen.
 */
const watchedKeys = [...referenceNames.map(settingKey), "stats.refreshedAt", "stats.minSample", "onestop.stats.refreshedAt"];
let inFlight: Promise<Map<string, string>> | null = null;

export function watchedSettings(): Promise<Map<string, string>> {
  return requestMemo("watchedSettings", readWatchedSettings);
}

function readWatchedSettings(): Promise<Map<string, string>> {
  // Plain SQL (the same on SQLite and PostgreSQL): every page asks this, and a
  // Prisma findMany costs ~0.3 ms more CPU, spent compiling its query plan anew.
  inFlight ??= selectRows<{ key: string; value: string }>`SELECT "key", "value" FROM "Setting" WHERE "key" IN (${Prisma.join(watchedKeys)})`
    .then((rows) => new Map(rows.map((r) => [r.key, r.value])))
    .finally(() => {
      inFlight = null;
    });
  return inFlight;
}

/** One watched setting's current value (see watchedSettings). */
export async function watchedSetting(key: (typeof watchedKeys)[number]): Promise<string | undefined> {
  if (!watchedKeys.includes(key)) throw new Error(`${key} is not a watched setting`);
  return (await watchedSettings()).get(key);
}

type Entry = { version: string; values: Map<string, Promise<unknown>> };
const entries = new Map<ReferenceName, Entry>();

/**
 * `load()`'s answer for (name, variant), from memory while `name` has not
 * changed. `variant` separates shapes of one list (e.g. its language).
 */
export async function cachedReference<T>(name: ReferenceName, variant: string, load: () => Promise<T>): Promise<T> {
  const version = (await watchedSettings()).get(settingKey(name)) ?? "initial";
  let entry = entries.get(name);
  if (!entry || entry.version !== version) {
    entry = { version, values: new Map() };
    entries.set(name, entry);
  }
  let value = entry.values.get(variant) as Promise<T> | undefined;
  if (!value) {
    value = load().then(deepFreeze);
    entry.values.set(variant, value);
    // A failed load is not remembered.
    value.catch(() => entry!.values.get(variant) === value && entry!.values.delete(variant));
  }
  return value;
}

/** Shared by every request: frozen, so code that would change it fails loudly instead of corrupting others' pages. */
function deepFreeze<T>(value: T): T {
  if (value && typeof value === "object" && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

/** Forgets every cached list in this process (tests). */
export function clearReferenceCache(): void {
  entries.clear();
}
