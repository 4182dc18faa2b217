/**
 * Keeps the precomputed one-stop figures (DossierStatDaily, DossierStatMonthly)
 * in step with the dossiers, the way the case statistics are kept
 * (app/modules/stats/refresh.server.ts): each run finds the dossiers changed
 * since the last run (Dossier.updatedAt, indexed) and the supplement requests
 * made since (DossierEvent (type, createdAt)), collects every local day they
 * touch — the day received, of the result, the stop, the refusal, the
 * apology, the rating, the due day, and a due day a restart moved away from —
 * and rebuilds those whole days from the dossiers themselves, then their
 * months, then the running balances (DossierStatBalance) of the (unit,
 * procedure) pairs whose months changed. Rebuilding is idempotent: overlapping
 * runs never double count.
 */
import { addLocalDays, endOfLocalDay, localDate, startOfLocalDay } from "~/modules/deadlines/calendar";
import { db, write } from "~/utils/db.server";
import { watchedSetting } from "~/utils/reference-cache.server";
import { addDossierTally, contributionsOf, dossierTallyFields, emptyDossierTally, supplementContribution, type DossierTally, type DossierTallyField } from "./figures";

const WATERMARK_KEY = "onestop.stats.watermark";
const REFRESHED_KEY = "onestop.stats.refreshedAt" as const;
const OVERLAP_MS = 60_000;

const statSelect = {
  unitId: true,
  procedureId: true,
  receivedAt: true,
  dueAt: true,
  resultAt: true,
  outcome: true,
  stoppedAt: true,
  intakeRefusedAt: true,
  apologyAt: true,
  ratedAt: true,
  rating: true,
} as const;

/** Rebuilds the daily rows of the local days from..to (inclusive, all units) from the dossiers. */
async function recomputeRange(from: string, to: string): Promise<void> {
  const range = { gte: startOfLocalDay(from), lte: endOfLocalDay(to) };
  // Every dossier with something on one of these days (each date column is indexed).
  const [dossiers, supplements] = await Promise.all([
    db.dossier.findMany({
      where: {
        OR: [
          { receivedAt: range },
          { resultAt: range },
          { stoppedAt: range },
          { intakeRefusedAt: range },
          { apologyAt: range },
          { ratedAt: range },
          { dueAt: range },
        ],
      },
      select: statSelect,
    }),
    db.dossierEvent.findMany({
      where: { type: "SUPPLEMENT_REQUESTED", createdAt: range },
      select: { createdAt: true, dossier: { select: { unitId: true, procedureId: true } } },
    }),
  ]);
  const rows = new Map<string, DossierTally & { day: string; unitId: string; procedureId: string }>();
  const add = (day: string, unitId: string, procedureId: string, tally: Partial<DossierTally>) => {
    if (day < from || day > to) return;
    const key = `${day}|${unitId}|${procedureId}`;
    const row = rows.get(key) ?? { ...emptyDossierTally, day, unitId, procedureId };
    rows.set(key, { ...row, ...addDossierTally(row, tally) });
  };
  for (const d of dossiers) for (const c of contributionsOf(d)) add(c.day, d.unitId, d.procedureId, c.tally);
  for (const e of supplements) {
    const c = supplementContribution(e.createdAt);
    add(c.day, e.dossier.unitId, e.dossier.procedureId, c.tally);
  }
  const data = [...rows.values()];
  await write(async (tx) => {
    await tx.dossierStatDaily.deleteMany({ where: { day: { gte: from, lte: to } } });
    for (let i = 0; i < data.length; i += 5000) await tx.dossierStatDaily.createMany({ data: data.slice(i, i + 5000) });
  });
}

const sumSelect = Object.fromEntries(dossierTallyFields.map((f) => [f, true])) as Record<(typeof dossierTallyFields)[number], true>;

type PairTally = DossierTally & { unitId: string; procedureId: string };
const pairKey = (r: { unitId: string; procedureId: string }) => `${r.unitId}|${r.procedureId}`;
const tallyOf = (r: Partial<Record<DossierTallyField, number | null>>): DossierTally =>
  Object.fromEntries(dossierTallyFields.map((f) => [f, r[f] ?? 0])) as DossierTally;
const sameTally = (a: DossierTally, b: DossierTally) => dossierTallyFields.every((f) => a[f] === b[f]);

/**
 * Rebuilds one month's rows from its days. Returns the (unit, procedure)
 * pairs whose month changed, whose running balances must follow.
 */
async function recomputeMonth(month: string): Promise<string[]> {
  const groups = await db.dossierStatDaily.groupBy({ by: ["unitId", "procedureId"], where: { day: { gte: `${month}-01`, lte: `${month}-31` } }, _sum: sumSelect });
  const data = groups.map((g) => ({ unitId: g.unitId, procedureId: g.procedureId, month, ...tallyOf(g._sum) }));
  return write(async (tx) => {
    const old = await tx.dossierStatMonthly.findMany({ where: { month } });
    await tx.dossierStatMonthly.deleteMany({ where: { month } });
    if (data.length) await tx.dossierStatMonthly.createMany({ data });
    const before = new Map(old.map((r) => [pairKey(r), tallyOf(r)]));
    const after = new Map(data.map((r) => [pairKey(r), tallyOf(r)]));
    return [...new Set([...before.keys(), ...after.keys()])].filter((k) => !sameTally(before.get(k) ?? emptyDossierTally, after.get(k) ?? emptyDossierTally));
  });
}

const nextMonth = (month: string) => {
  const [y, m] = month.split("-").map(Number) as [number, number];
  return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, "0")}`;
};
const previousMonth = (month: string) => {
  const [y, m] = month.split("-").map(Number) as [number, number];
  return m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, "0")}`;
};
function monthsFrom(from: string, to: string): string[] {
  const out: string[] = [];
  for (let m = from; m <= to; m = nextMonth(m)) out.push(m);
  return out;
}

/** The balance table's last month, which never trails the monthly rows' last month. */
async function balanceReach(): Promise<string | null> {
  const [balance, monthly] = await Promise.all([
    db.dossierStatBalance.findFirst({ orderBy: { month: "desc" }, select: { month: true } }),
    db.dossierStatMonthly.findFirst({ orderBy: { month: "desc" }, select: { month: true } }),
  ]);
  if (!balance) return monthly?.month ?? null;
  if (!monthly || monthly.month <= balance.month) return balance.month;
  // A new last month: every pair's balance carries forward to it (nothing happened in between).
  const carried = await db.dossierStatBalance.findMany({ where: { month: balance.month } });
  await write(async (tx) => {
    for (const month of monthsFrom(nextMonth(balance.month), monthly.month)) {
      await tx.dossierStatBalance.deleteMany({ where: { month } });
      for (let i = 0; i < carried.length; i += 5000) await tx.dossierStatBalance.createMany({ data: carried.slice(i, i + 5000).map((r) => ({ ...r, month })) });
    }
  });
  return monthly.month;
}

/**
 * The running balances of these pairs from these months on, recounted from
 * their monthly rows (the balance before `from` plus each month's row), so a
 * rerun or an overlapping run writes the same rows.
 */
async function rebalancePairs(changed: Map<string, string>): Promise<void> {
  if (!changed.size) return;
  const last = await balanceReach();
  if (!last) return;
  for (const [key, from] of changed) {
    const [unitId, procedureId] = key.split("|") as [string, string];
    const [opening, monthly] = await Promise.all([
      db.dossierStatBalance.findUnique({ where: { month_unitId_procedureId: { month: previousMonth(from), unitId, procedureId } } }),
      db.dossierStatMonthly.findMany({ where: { unitId, procedureId, month: { gte: from } } }),
    ]);
    const byMonth = new Map(monthly.map((r) => [r.month, r]));
    let running = opening ? tallyOf(opening) : emptyDossierTally;
    const data = monthsFrom(from, last).map((month) => {
      const row = byMonth.get(month);
      if (row) running = addDossierTally(running, tallyOf(row));
      return { unitId, procedureId, month, ...running };
    });
    await write(async (tx) => {
      await tx.dossierStatBalance.deleteMany({ where: { unitId, procedureId, month: { gte: from } } });
      await tx.dossierStatBalance.createMany({ data });
    });
  }
}

/** Every running balance from the monthly rows (the full rebuild): one pass in month order. */
export async function rebuildBalances(): Promise<void> {
  await write((tx) => tx.dossierStatBalance.deleteMany({}));
  const first = await db.dossierStatMonthly.findFirst({ orderBy: { month: "asc" }, select: { month: true } });
  const last = await db.dossierStatMonthly.findFirst({ orderBy: { month: "desc" }, select: { month: true } });
  if (!first || !last) return;
  const running = new Map<string, PairTally>();
  for (const month of monthsFrom(first.month, last.month)) {
    for (const r of await db.dossierStatMonthly.findMany({ where: { month } })) {
      const k = pairKey(r);
      running.set(k, { unitId: r.unitId, procedureId: r.procedureId, ...addDossierTally(running.get(k) ?? emptyDossierTally, tallyOf(r)) });
    }
    const data = [...running.values()].map((r) => ({ ...r, month }));
    await write(async (tx) => {
      for (let i = 0; i < data.length; i += 5000) await tx.dossierStatBalance.createMany({ data: data.slice(i, i + 5000) });
    });
  }
}

/** Rebuilds the daily rows of these days (consecutive days in one read), then their months. */
export async function recomputeDossierDays(days: Iterable<string>): Promise<number> {
  const sorted = [...new Set(days)].sort();
  let start: string | undefined;
  let end: string | undefined;
  for (const day of sorted) {
    if (start && end && addLocalDays(end, 1) === day) {
      end = day;
      continue;
    }
    if (start && end) await recomputeRange(start, end);
    start = end = day;
  }
  if (start && end) await recomputeRange(start, end);
  // Each changed pair's balance is recounted once, from the first month it changed in.
  const changed = new Map<string, string>();
  for (const month of [...new Set(sorted.map((d) => d.slice(0, 7)))].sort()) {
    for (const pair of await recomputeMonth(month)) if (!changed.has(pair)) changed.set(pair, month);
  }
  await rebalancePairs(changed);
  return sorted.length;
}

/**
 * Everything from scratch (a fresh import, the bench): one pass over the
 * dossiers in id order, pages of 20,000, adding each one's contributions to
 * the day rows, then every month. Idempotent like the rest.
 */
export async function rebuildAllDossierStats(): Promise<number> {
  const rows = new Map<string, DossierTally & { day: string; unitId: string; procedureId: string }>();
  const add = (day: string, unitId: string, procedureId: string, tally: Partial<DossierTally>) => {
    const key = `${day}|${unitId}|${procedureId}`;
    const row = rows.get(key) ?? { ...emptyDossierTally, day, unitId, procedureId };
    rows.set(key, { ...row, ...addDossierTally(row, tally) });
  };
  let cursor: string | undefined;
  for (;;) {
    const page = await db.dossier.findMany({ where: cursor ? { id: { gt: cursor } } : {}, orderBy: { id: "asc" }, take: 20_000, select: { id: true, ...statSelect } });
    for (const d of page) for (const c of contributionsOf(d)) add(c.day, d.unitId, d.procedureId, c.tally);
    if (page.length < 20_000) break;
    cursor = page.at(-1)!.id;
  }
  let eventCursor: string | undefined;
  for (;;) {
    const page = await db.dossierEvent.findMany({
      where: { type: "SUPPLEMENT_REQUESTED", ...(eventCursor ? { id: { gt: eventCursor } } : {}) },
      orderBy: { id: "asc" },
      take: 20_000,
      select: { id: true, createdAt: true, dossier: { select: { unitId: true, procedureId: true } } },
    });
    for (const e of page) {
      const c = supplementContribution(e.createdAt);
      add(c.day, e.dossier.unitId, e.dossier.procedureId, c.tally);
    }
    if (page.length < 20_000) break;
    eventCursor = page.at(-1)!.id;
  }
  const data = [...rows.values()];
  await write(async (tx) => {
    await tx.dossierStatDaily.deleteMany({});
    await tx.dossierStatMonthly.deleteMany({});
    await tx.dossierStatBalance.deleteMany({});
  });
  // In slices: one transaction per 20,000 rows keeps each write short (a full rebuild is run by hand or the bench).
  for (let i = 0; i < data.length; i += 20_000) {
    const slice = data.slice(i, i + 20_000);
    await write(async (tx) => {
      for (let j = 0; j < slice.length; j += 5000) await tx.dossierStatDaily.createMany({ data: slice.slice(j, j + 5000) });
    });
  }
  const days = [...new Set(data.map((r) => r.day))];
  for (const month of new Set(days.map((d) => d.slice(0, 7)))) await recomputeMonth(month);
  await rebuildBalances();
  return days.length;
}

async function setSetting(key: string, value: string) {
  await write((tx) => tx.setting.upsert({ where: { key }, create: { key, value }, update: { value } }));
}

/** The days a dossier's figures sit on now. */
function daysOf(d: Parameters<typeof contributionsOf>[0]): string[] {
  return contributionsOf(d).map((c) => c.day);
}

/** One refresh: the days of what changed since the last run; the first run rebuilds everything. */
export async function refreshDossierStats(): Promise<{ days: number; rebuilt: boolean }> {
  const started = new Date();
  const mark = await db.setting.findUnique({ where: { key: WATERMARK_KEY } });
  let days: number;
  let rebuilt = false;
  if (!mark) {
    days = await rebuildAllDossierStats();
    rebuilt = true;
  } else {
    // Rows made before the balances existed (the migration adds the table empty): counted once from the months.
    if (!(await db.dossierStatBalance.findFirst({ select: { month: true } })) && (await db.dossierStatMonthly.findFirst({ select: { month: true } }))) await rebuildBalances();
    const since = new Date(new Date(mark.value).getTime() - OVERLAP_MS);
    const [changed, events] = await Promise.all([
      db.dossier.findMany({ where: { updatedAt: { gte: since } }, select: statSelect }),
      db.dossierEvent.findMany({ where: { type: "SUPPLEMENT_REQUESTED", createdAt: { gte: since } }, select: { createdAt: true, data: true } }),
    ]);
    const touched = changed.flatMap(daysOf);
    for (const e of events) {
      touched.push(localDate(e.createdAt));
      // A supplement during processing stopped the clock: the old due day loses this dossier.
      const previous = e.data ? (JSON.parse(e.data) as { previousDueAt?: string }).previousDueAt : undefined;
      if (previous) touched.push(localDate(new Date(previous)));
    }
    days = await recomputeDossierDays(touched);
  }
  await setSetting(WATERMARK_KEY, started.toISOString());
  await setSetting(REFRESHED_KEY, new Date().toISOString());
  return { days, rebuilt };
}

export async function dossierStatsRefreshedAt(): Promise<Date | null> {
  const value = await watchedSetting(REFRESHED_KEY);
  return value ? new Date(value) : null;
}
