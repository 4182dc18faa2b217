/**
 * The running balances (DossierStatBalance) against what they stand for:
 * after the full rebuild and after incremental refreshes that reach back
 * to an earlier month and forward to a new one, each balance row is its
 * pair's monthly rows summed up to its month, every pair has a row for every
 * month from its first to the table's last, and the dashboard read from them
 * gives what figures.ts gives counting the dossiers one by one — for a
 * commune (grouped by pair) and for the province (grouped by unit and by
 * procedure).
 */
import { beforeAll, describe, expect, test } from "vitest";
import { db, write } from "~/utils/db.server";
import { referenceChanged } from "~/utils/reference-cache.server";
import { buildWorld } from "~/test/world";
import { localDate } from "../deadlines/calendar";
import { findUnitByCode, publicUnits } from "../stats/stats.server";
import { staffActor } from "./access.server";
import { fileDossier, type DossierActionInput } from "./dossiers.server";
import { addDossierTally, contributionsOf, dossierFiguresOf, dossierTallyFields, emptyDossierTally, sumsFromContributions, type DossierTally } from "./figures";
import { rebuildAllDossierStats, refreshDossierStats } from "./refresh.server";
import { computeDossierDashboard, dossierDashboard } from "./stats.server";
import { actAtCurrentVersion, at, pngFile } from "./test-helpers";


let world: Awaited<ReturnType<typeof buildWorld>>;
beforeAll(async () => {
  world = await buildWorld();
}, 60_000);

async function actAs(id: string, input: Omit<DossierActionInput, "version">, now: Date) {
  const result = await actAtCurrentVersion(id, input, now);
  if (!result.ok) throw new Error(`${input.action}: ${result.error}`);
}

let token = 0;
/** Filed online and accepted at the desk within the hour; returns its id. */
async function received(code: "1.001022" | "1.001193", when: string): Promise<string> {
  const procedure = await db.procedure.findUniqueOrThrow({ where: { code }, include: { papers: true } });
  const tohieu = await world.unit("TOHIEU");
  const c = world.users.citizen2;
  const papers = procedure.papers.map((p) => p.position);
  const filed = await fileDossier(
    { procedureId: procedure.id, unitId: tohieu.id, submissionToken: `token-balance-${String(++token).padStart(8, "0")}` },
    { kind: "citizen", user: { id: c.id, fullName: c.fullName, email: c.email, phone: c.phone } },
    await Promise.all(papers.map(pngFile)),
    at(`${when}T08:00`),
  );
  if (!filed.ok) throw new Error("filing failed");
  await actAs(filed.dossierId, { action: "accept", actor: staffActor(world.users.reception), presentPapers: papers }, at(`${when}T09:00`));
  return filed.dossierId;
}

async function resolve(id: string, when: string) {
  await actAs(id, { action: "completeStep", actor: staffActor(world.users.handler), proposal: "GRANT" }, at(`${when}T09:00`));
  await actAs(id, { action: "completeStep", actor: staffActor(world.users.leader) }, at(`${when}T10:00`));
}

const tallyOf = (r: Record<string, unknown>) => Object.fromEntries(dossierTallyFields.map((f) => [f, r[f]])) as DossierTally;

/** Every balance row is its pair's months summed so far; every pair runs from its first month to the last. */
async function expectBalancesAddUp() {
  const [monthly, balances] = await Promise.all([
    db.dossierStatMonthly.findMany({ orderBy: { month: "asc" } }),
    db.dossierStatBalance.findMany({ orderBy: [{ unitId: "asc" }, { procedureId: "asc" }, { month: "asc" }] }),
  ]);
  expect(monthly.length).toBeGreaterThan(0);
  const lastMonth = balances.reduce((m, r) => (r.month > m ? r.month : m), "");
  expect(lastMonth >= monthly.at(-1)!.month).toBe(true);
  const pairs = new Set(monthly.map((r) => `${r.unitId}|${r.procedureId}`));
  for (const pair of pairs) {
    const own = monthly.filter((r) => `${r.unitId}|${r.procedureId}` === pair);
    const rows = balances.filter((r) => `${r.unitId}|${r.procedureId}` === pair);
    expect(rows[0]!.month, pair).toBe(own[0]!.month);
    expect(rows.at(-1)!.month, pair).toBe(lastMonth);
    let running = emptyDossierTally;
    for (const row of rows) {
      const m = own.find((r) => r.month === row.month);
      if (m) running = addDossierTally(running, tallyOf(m));
      expect(tallyOf(row), `${pair} ${row.month}`).toEqual(running);
    }
    // Dense: one row per month, none skipped.
    const months = rows.map((r) => r.month);
    expect(new Set(months).size).toBe(months.length);
  }
}

/** The dashboard against figures.ts over the dossiers themselves, for the ward and the province, in total and per procedure. */
async function expectDashboardsMatchRecount(now: Date) {
  const units = await publicUnits();
  const all = await db.dossier.findMany();
  const supplements = await db.dossierEvent.findMany({ where: { type: "SUPPLEMENT_REQUESTED" }, include: { dossier: { select: { procedureId: true } } } });
  const contributionsFor = (procedureId?: string) => [
    ...all.filter((d) => !procedureId || d.procedureId === procedureId).flatMap(contributionsOf),
    ...supplements.filter((e) => !procedureId || e.dossier.procedureId === procedureId).map((e) => ({ day: localDate(e.createdAt), tally: { supplementRequests: 1 } })),
  ];
  const periods = [
    ["2026-08-01", "2026-08-31"],
    ["2026-09-01", "2026-09-30"],
    ["2026-10-01", "2026-12-31"],
    ["2026-01-01", "2026-12-31"],
    ["2026-10-15", "2026-11-10"],
    ["2026-09-03", "2026-11-28"],
    ["2026-11-20", "2026-11-20"],
    ["2026-12-01", "2026-12-31"],
    ["2027-01-01", "2027-01-31"],
    ["2025-11-15", "2027-11-14"],
  ] as const;
  for (const code of ["TOHIEU", "SLA"]) {
    const scope = findUnitByCode(units, code)!;
    for (const [from, to] of periods) {
      const got = await computeDossierDashboard(scope, units, { from, to }, {}, now);
      expect(got.total, `${code} ${from}..${to}`).toEqual(dossierFiguresOf(sumsFromContributions(contributionsFor(), from, to, localDate(now))));
      // The trend's months add up to the period.
      expect(got.trend.reduce((n, m) => n + m.received, 0), `${code} ${from}..${to} trend`).toBe(got.total.newReceived);
      expect(got.trend.reduce((n, m) => n + m.resolved, 0), `${code} ${from}..${to} trend`).toBe(got.total.resolved);
      for (const procedureId of new Set(all.map((d) => d.procedureId))) {
        const pure = dossierFiguresOf(sumsFromContributions(contributionsFor(procedureId), from, to, localDate(now)));
        const row = got.byProcedure.find((r) => r.procedure.id === procedureId);
        if (pure.received + pure.refusedAtIntake > 0) expect(row?.figures, `${code} ${from}..${to} ${procedureId}`).toEqual(pure);
        else expect(row).toBeUndefined();
      }
    }
  }
}

describe("running balances of the one-stop figures", () => {
  test("built in full, kept by refreshes reaching back and forward, read as the dossiers count", async () => {
    const a = await received("1.001022", "2026-09-14");
    await resolve(a, "2026-09-15"); // early
    const b = await received("1.001022", "2026-10-05"); // left open: overdue
    const c = await received("1.001193", "2026-10-20");
    await resolve(c, "2026-11-03"); // late (same-day procedure)
    const d = await received("1.001022", "2026-11-02");
    await actAs(d, { action: "withdraw", actor: { kind: "citizen", userId: world.users.citizen2.id } }, at("2026-11-04T10:00"));

    // The first refresh builds everything.
    expect((await refreshDossierStats()).rebuilt).toBe(true);
    await expectBalancesAddUp();
    await expectDashboardsMatchRecount(at("2026-11-20T12:00"));

    // Then incremental: a month already summed changes (b resolved late), a pair starts earlier than
    // its balances did (received in August), and a new last month appears (January).
    await resolve(b, "2026-11-25");
    await received("1.001022", "2026-08-10");
    await received("1.001193", "2027-01-05");
    expect((await refreshDossierStats()).rebuilt).toBe(false);
    await expectBalancesAddUp();
    await expectDashboardsMatchRecount(at("2026-11-27T12:00"));
    await expectDashboardsMatchRecount(at("2027-01-20T12:00"));

    // The same rows as building everything again.
    const kept = await db.dossierStatBalance.findMany({ orderBy: [{ month: "asc" }, { unitId: "asc" }, { procedureId: "asc" }] });
    await rebuildAllDossierStats();
    expect(await db.dossierStatBalance.findMany({ orderBy: [{ month: "asc" }, { unitId: "asc" }, { procedureId: "asc" }] })).toEqual(kept);
  });
});

describe("the dashboard's answer kept for 30 s", () => {
  test("a renamed procedure shows at once: the procedures' version is in the key", async () => {
    await received("1.001193", "2026-11-10");
    await refreshDossierStats();
    const units = await publicUnits();
    const scope = findUnitByCode(units, "TOHIEU")!;
    const procedure = await db.procedure.findUniqueOrThrow({ where: { code: "1.001193" } });
    const shownName = async () => (await dossierDashboard(scope, units, { from: "2026-11-01", to: "2026-11-30" }, {})).byProcedure.find((r) => r.procedure.id === procedure.id)?.procedure.name;
    expect(await shownName()).toBe(procedure.name);
    await write(async (tx) => {
      await tx.procedure.update({ where: { id: procedure.id }, data: { name: "Đăng ký khai sinh (tên mới)" } });
      await referenceChanged(tx, "procedures");
    });
    expect(await shownName()).toBe("Đăng ký khai sinh (tên mới)");
  });
});
