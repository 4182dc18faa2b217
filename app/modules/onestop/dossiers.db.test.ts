import { beforeAll, describe, expect, test } from "vitest";
import { db } from "~/utils/db.server";
import { buildWorld } from "~/test/world";
import { localDate } from "../deadlines/calendar";
import { requireOwnDossier, requireStaffDossier, staffActor } from "./access.server";
import { isDossierCode } from "./codes";
import { applyDossierAction, fileDossier } from "./dossiers.server";
import { contributionsOf, dossierFiguresOf, sumsFromContributions } from "./figures";
import { closeUnsupplemented, promptApologies } from "./jobs.server";
import { refreshDossierStats } from "./refresh.server";
import { computeDossierDashboard } from "./stats.server";
import { publicUnits, findUnitByCode } from "../stats/stats.server";
import { actAtCurrentVersion, at, pngFile } from "./test-helpers";


let world: Awaited<ReturnType<typeof buildWorld>>;
beforeAll(async () => {
  world = await buildWorld();
}, 60_000);

const actAs = actAtCurrentVersion;

async function fileBirth(token: string, when: Date, withPapers = [0, 1, 2]) {
  const procedure = await db.procedure.findUniqueOrThrow({ where: { code: "1.001193" } });
  const tohieu = await world.unit("TOHIEU");
  const c = world.users.citizen;
  return fileDossier(
    { procedureId: procedure.id, unitId: tohieu.id, submissionToken: token },
    { kind: "citizen", user: { id: c.id, fullName: c.fullName, email: c.email, phone: c.phone } },
    await Promise.all(withPapers.map(pngFile)),
    when,
  );
}

describe("a birth registration from filing to rating", () => {
  test("filed online, asked once for every missing paper, supplied, received, appraised, signed, returned, rated", async () => {
    const reception = staffActor(world.users.reception);
    const filed = await fileBirth("token-birth-000000001", at("2026-11-26T08:30"));
    expect(filed.ok).toBe(true);
    if (!filed.ok) return;
    // A double submit files one dossier.
    expect(await fileBirth("token-birth-000000001", at("2026-11-26T08:31"))).toEqual({ ok: true, dossierId: filed.dossierId, duplicate: true });
    const id = filed.dossierId;
    const fresh = await db.dossier.findUniqueOrThrow({ where: { id } });
    expect(fresh.status).toBe("SUBMITTED");
    expect(fresh.checkDueAt).toEqual(at("2026-11-27T08:30")); // 8 working hours: 3.5 + 4 today, 0.5 tomorrow (art. 17 k.2 c)

    // The desk finds the birth certificate unreadable: one request listing it.
    const asked = await actAs(id, { action: "requestSupplement", actor: reception, presentPapers: [0, 2] }, at("2026-11-26T09:00"));
    expect(asked).toMatchObject({ ok: true, status: "NEEDS_SUPPLEMENT" });
    const request = await db.dossierEvent.findFirstOrThrow({ where: { dossierId: id, type: "SUPPLEMENT_REQUESTED" } });
    expect(JSON.parse(request.data!).missing).toEqual(["Giấy chứng sinh; nếu không có: văn bản của người làm chứng hoặc giấy cam đoan về việc sinh"]);
    expect(await db.notification.count({ where: { userId: world.users.citizen.id, type: "DOSSIER_SUPPLEMENT" } })).toBe(1);

    const supplied = await actAs(id, { action: "supply", actor: { kind: "citizen", userId: world.users.citizen.id }, files: [await pngFile(1)] }, at("2026-11-26T10:00"));
    expect(supplied).toMatchObject({ ok: true, status: "SUBMITTED" });
    // Asked once: a second request at intake is refused, nothing written.
    expect(await actAs(id, { action: "requestSupplement", actor: reception, presentPapers: [0, 2] }, at("2026-11-26T10:30"))).toEqual({ ok: false, error: "supplement-limit" });

    const received = await actAs(id, { action: "accept", actor: reception, presentPapers: [0, 1, 2] }, at("2026-11-26T11:00"));
    expect(received.ok).toBe(true);
    const after = await db.dossier.findUniqueOrThrow({ where: { id }, include: { steps: { orderBy: { position: "asc" } } } });
    expect(after.code && isDossierCode(after.code)).toBe(true);
    expect(after.code).toMatch(/^TOHIEU-261126-\d{4}$/);
    expect(after.dueAt).toEqual(at("2026-11-26T23:59:59.999")); // same day, received before 15:00
    expect(after.steps.map((s) => [s.kind, !!s.completedAt])).toEqual([
      ["RECEIVE", true],
      ["APPRAISE", false],
      ["SIGN", false],
      ["RETURN", false],
    ]);
    expect(after.currentStepUnitId).toBe(world.users.reception.unitId);

    // Another ward's handler is refused and writes nothing.
    const outsider = staffActor(world.users.handlerChiengAn);
    const before = await db.dossierEvent.count({ where: { dossierId: id } });
    expect(await actAs(id, { action: "completeStep", actor: outsider }, at("2026-11-26T12:00"))).toEqual({ ok: false, error: "forbidden" });
    expect(await db.dossierEvent.count({ where: { dossierId: id } })).toBe(before);

    expect(await actAs(id, { action: "completeStep", actor: staffActor(world.users.handler), proposal: "GRANT" }, at("2026-11-26T13:30"))).toMatchObject({ ok: true, status: "PROCESSING" });
    // A stale version is a conflict, not an overwrite.
    expect(await applyDossierAction(id, { action: "completeStep", actor: staffActor(world.users.leader), version: 0 }, at("2026-11-26T14:00"))).toEqual({ ok: false, error: "conflict" });
    expect(await actAs(id, { action: "completeStep", actor: staffActor(world.users.leader) }, at("2026-11-26T14:00"))).toMatchObject({ ok: true, status: "RESULT_READY" });
    expect(await actAs(id, { action: "returnResult", actor: reception, returnedVia: "AT_DESK" }, at("2026-11-26T15:00"))).toMatchObject({ ok: true, status: "RETURNED" });
    expect(await actAs(id, { action: "rate", actor: { kind: "citizen", userId: world.users.citizen.id }, rating: 5 }, at("2026-11-26T16:00"))).toMatchObject({ ok: true });
    expect(await actAs(id, { action: "rate", actor: { kind: "citizen", userId: world.users.citizen.id }, rating: 4 }, at("2026-11-26T16:05"))).toEqual({ ok: false, error: "already-rated" });

    const done = await db.dossier.findUniqueOrThrow({ where: { id } });
    expect(done).toMatchObject({ outcome: "GRANTED", timeliness: "ON_TIME", rating: 5, returnedVia: "AT_DESK" });
  });
});

describe("who may see a dossier", () => {
  test("another unit's officer gets 403, another citizen 404; a leader above reads it", async () => {
    const filed = await fileBirth("token-birth-000000002", at("2026-11-25T09:00"));
    if (!filed.ok) throw new Error("filing failed");
    const status = async (p: Promise<unknown>) => p.then(() => 200, (e: Response) => e.status);
    expect(await status(requireStaffDossier(world.users.handlerChiengAn, filed.dossierId))).toBe(403);
    expect(await status(requireOwnDossier(world.users.citizen2, filed.dossierId))).toBe(404);
    expect(await status(requireStaffDossier(world.users.provinceLeader, filed.dossierId))).toBe(200);
    expect(await status(requireStaffDossier(world.users.reception, filed.dossierId))).toBe(200);
    expect(await status(requireStaffDossier(world.users.reception, "no-such-dossier"))).toBe(404);
  });
});

describe("a late dossier (Decree 118/2025 art. 19 k.6)", () => {
  test("prompted once in time, apologised once with a new date by the unit holding it, counted late", async () => {
    const procedure = await db.procedure.findUniqueOrThrow({ where: { code: "1.001022" }, include: { papers: true } }); // 3 working days
    const tohieu = await world.unit("TOHIEU");
    const c = world.users.citizen2;
    const filed = await fileDossier(
      { procedureId: procedure.id, unitId: tohieu.id, submissionToken: "token-late-0000000001" },
      { kind: "citizen", user: { id: c.id, fullName: c.fullName, email: c.email, phone: c.phone } },
      await Promise.all(procedure.papers.map((p) => pngFile(p.position))),
      at("2026-12-07T08:00"), // Monday
    );
    if (!filed.ok) throw new Error("filing failed");
    const id = filed.dossierId;
    await actAs(id, { action: "accept", actor: staffActor(world.users.reception), presentPapers: procedure.papers.map((p) => p.position) }, at("2026-12-07T09:00"));
    const { dueAt } = await db.dossier.findUniqueOrThrow({ where: { id } });
    expect(dueAt).toEqual(at("2026-12-10T23:59:59.999")); // Thursday

    // Three working days before: not yet. Two: prompted — once, however often the job runs.
    expect(await promptApologies(at("2026-12-07T18:00"))).toBe(0);
    expect(await promptApologies(at("2026-12-08T08:00"))).toBe(1);
    expect(await promptApologies(at("2026-12-08T09:00"))).toBe(0);
    expect(await db.notification.count({ where: { userId: world.users.handler.id, type: "DOSSIER_APOLOGY_DUE" } })).toBe(1);

    const handler = staffActor(world.users.handler);
    expect(await actAs(id, { action: "apologise", actor: handler, note: "Cần xác minh thêm chứng cứ.", newDueDate: "2026-12-09" }, at("2026-12-09T08:00"))).toEqual({ ok: false, error: "bad-date" });
    const apology = await actAs(id, { action: "apologise", actor: handler, note: "Cần xác minh thêm chứng cứ.", newDueDate: "2026-12-15" }, at("2026-12-09T08:00"));
    expect(apology.ok).toBe(true);
    const apologised = await db.dossier.findUniqueOrThrow({ where: { id } });
    expect(apologised).toMatchObject({ apologyUnitId: tohieu.id, apologyById: world.users.handler.id, newDueAt: at("2026-12-15T23:59:59.999") });
    // Once only.
    expect(await actAs(id, { action: "apologise", actor: handler, note: "Lần nữa.", newDueDate: "2026-12-18" }, at("2026-12-09T09:00"))).toEqual({ ok: false, error: "apology-limit" });

    await actAs(id, { action: "completeStep", actor: handler, proposal: "GRANT" }, at("2026-12-11T09:00"));
    await actAs(id, { action: "completeStep", actor: staffActor(world.users.leader) }, at("2026-12-11T10:00"));
    const late = await db.dossier.findUniqueOrThrow({ where: { id } });
    expect(late.timeliness).toBe("LATE"); // the new date does not make it on time

    // The precomputed figures agree with figures.ts over the same dossiers.
    await refreshDossierStats();
    const units = await publicUnits();
    const scope = findUnitByCode(units, "TOHIEU")!;
    const now = at("2026-12-20T12:00");
    const all = await db.dossier.findMany({ where: { unitId: tohieu.id } });
    const supplements = await db.dossierEvent.findMany({ where: { type: "SUPPLEMENT_REQUESTED", dossier: { unitId: tohieu.id } }, include: { dossier: { select: { procedureId: true } } } });
    const contributionsFor = (procedureId?: string) => [
      ...all.filter((d) => !procedureId || d.procedureId === procedureId).flatMap(contributionsOf),
      ...supplements.filter((e) => !procedureId || e.dossier.procedureId === procedureId).map((e) => ({ day: localDate(e.createdAt), tally: { supplementRequests: 1 } })),
    ];
    const procedureIds = [...new Set(all.map((d) => d.procedureId))];
    expect(procedureIds.length).toBe(2); // the birth registrations and the late dossier's procedure
    // A period holding today, a past one, a whole year, a future one: the rows give what figures.ts gives,
    // in total, for the unit's own row and for each procedure.
    for (const [from, to] of [["2026-12-01", "2026-12-31"], ["2026-11-01", "2026-11-30"], ["2026-01-01", "2026-12-31"], ["2027-01-01", "2027-01-31"], ["2026-12-10", "2026-12-20"]] as const) {
      const got = await computeDossierDashboard(scope, units, { from, to }, {}, now);
      const expected = dossierFiguresOf(sumsFromContributions(contributionsFor(), from, to, localDate(now)));
      expect(got.total, `${from}..${to}`).toEqual(expected);
      // A row with nothing received or refused is left out (as the dashboard shows it).
      expect(got.byUnit.find((row) => row.own)?.figures, `${from}..${to} own row`).toEqual(expected.received + expected.refusedAtIntake > 0 ? expected : undefined);
      for (const procedureId of procedureIds) {
        const pure = dossierFiguresOf(sumsFromContributions(contributionsFor(procedureId), from, to, localDate(now)));
        const row = got.byProcedure.find((r) => r.procedure.id === procedureId);
        if (pure.received + pure.refusedAtIntake > 0) expect(row?.figures, `${from}..${to} ${procedureId}`).toEqual(pure);
        else expect(row).toBeUndefined();
      }
    }
    const dashboard = await computeDossierDashboard(scope, units, { from: "2026-12-01", to: "2026-12-31" }, {}, now);
    expect(dashboard.total.resolvedLate).toBe(1);
    expect(dashboard.total.apologies).toBe(1);
  });
});

describe("a supplement that never comes (art. 19 k.5)", () => {
  test("the system closes the dossier after 15 days, not before", async () => {
    const filed = await fileBirth("token-close-000000001", at("2026-11-02T09:00"));
    if (!filed.ok) throw new Error("filing failed");
    await actAs(filed.dossierId, { action: "requestSupplement", actor: staffActor(world.users.reception), presentPapers: [0, 2] }, at("2026-11-02T10:00"));
    expect(await closeUnsupplemented(at("2026-11-16T10:00"))).toBe(0);
    expect(await closeUnsupplemented(at("2026-11-18T10:00"))).toBe(1);
    const closed = await db.dossier.findUniqueOrThrow({ where: { id: filed.dossierId } });
    expect(closed.status).toBe("CLOSED");
    expect(closed.receivedAt).toBeNull(); // never received: not in "received", not in "stopped"
  });
});
