import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { fileCase } from "~/modules/cases/filing.server";
import { applyTransition } from "~/modules/cases/transitions.server";
import { buildWorld, citizenActor, staffActor, version } from "~/test/world";
import { db, write } from "~/utils/db.server";
import { autoCloseResolved, remindAndAlert, runJobsOnce } from "./case-jobs.server";
import { withLease } from "./lease.server";

let world: Awaited<ReturnType<typeof buildWorld>>;
beforeAll(async () => {
  world = await buildWorld();
});
afterAll(() => db.$disconnect());

const dayMs = 24 * 60 * 60 * 1000;

async function aCase(kind: "FEEDBACK" | "COMPLAINT" = "FEEDBACK") {
  const unit = await world.unit("TOHIEU");
  const filed = await fileCase(
    {
      kind,
      title: "Đèn đường hỏng trước chợ",
      description: "Đèn đường trước chợ trung tâm không sáng đã một tuần nay.",
      categoryId: world.category.id,
      unitId: unit.id,
      decisionText: kind === "COMPLAINT" ? "QĐ 1" : undefined,
      learnedAt: kind === "COMPLAINT" ? "2026-11-20" : undefined,
      submissionToken: randomBytes(12).toString("base64url"),
    },
    { kind: "citizen", user: world.users.citizen },
    [],
  );
  if (!filed.ok) throw new Error(JSON.stringify(filed.errors));
  return filed.caseId;
}

describe("overdue alerts and reminders", () => {
  test("an overdue case alerts its handler and the unit's leader once, however often the job runs", async () => {
    const id = await aCase();
    await applyTransition(id, { action: "accept", actor: staffActor(world.users.reception), version: await version(id) });
    await applyTransition(id, { action: "assign", actor: staffActor(world.users.reception), version: await version(id), assigneeId: world.users.handler.id });
    const due = (await db.case.findUniqueOrThrow({ where: { id } })).nextDueAt!;
    const later = new Date(due.getTime() + dayMs);

    const first = await remindAndAlert(later);
    expect(first.alerted).toBeGreaterThanOrEqual(1);
    const again = await remindAndAlert(later);
    expect(again.alerted).toBe(0);

    const alerts = await db.notification.findMany({ where: { caseId: id, type: "CASE_OVERDUE" }, select: { userId: true } });
    expect(alerts.map((a) => a.userId).sort()).toEqual([world.users.handler.id, world.users.leader.id].sort());
  });

  test("the handler is reminded three days before the deadline, once", async () => {
    const id = await aCase();
    await applyTransition(id, { action: "accept", actor: staffActor(world.users.reception), version: await version(id) });
    await applyTransition(id, { action: "assign", actor: staffActor(world.users.reception), version: await version(id), assigneeId: world.users.handler.id });
    const due = (await db.case.findUniqueOrThrow({ where: { id } })).nextDueAt!;
    const twoDaysBefore = new Date(due.getTime() - 2 * dayMs);
    await remindAndAlert(twoDaysBefore);
    await remindAndAlert(twoDaysBefore);
    expect(await db.notification.count({ where: { caseId: id, type: "CASE_DUE_SOON", userId: world.users.handler.id } })).toBe(1);
  });
});

describe("auto-closing", () => {
  test("a resolution neither accepted nor appealed closes when the window passes, and only then", async () => {
    const id = await aCase();
    const { reception, handler, leader } = world.users;
    await applyTransition(id, { action: "accept", actor: staffActor(reception), version: await version(id) });
    await applyTransition(id, { action: "assign", actor: staffActor(reception), version: await version(id), assigneeId: handler.id });
    await applyTransition(id, { action: "proposeResolution", actor: staffActor(handler), version: await version(id), note: "Đã sửa đèn." });
    await applyTransition(id, { action: "approveResolution", actor: staffActor(leader), version: await version(id) });
    const window = (await db.case.findUniqueOrThrow({ where: { id } })).appealDueAt!;

    await autoCloseResolved(new Date(window.getTime() - 1000));
    expect((await db.case.findUniqueOrThrow({ where: { id } })).status).toBe("RESOLVED");
    expect(await autoCloseResolved(new Date(window.getTime() + 1000))).toBeGreaterThanOrEqual(1);
    const closed = await db.case.findUniqueOrThrow({ where: { id }, include: { events: true } });
    expect(closed.status).toBe("CLOSED");
    expect(closed.events.filter((e) => e.type === "AUTO_CLOSED")).toHaveLength(1);
    // The citizen can still rate it.
    expect((await applyTransition(id, { action: "rate", actor: citizenActor(world.users.citizen), version: closed.version, rating: 3 })).ok).toBe(true);
  });
});

describe("job leases", () => {
  test("while one instance holds a job's lease, another does not run it", async () => {
    let inner: { ran: boolean } | undefined;
    const outer = await withLease("test-job", async () => {
      // Simulate a second server: take the row from under our own instance id.
      await write((tx) => tx.jobLease.update({ where: { name: "test-job" }, data: { holder: "other-server" } }));
      inner = await withLease("test-job", async () => "ran twice");
      return "ran";
    });
    expect(outer).toEqual({ ran: true, result: "ran" });
    expect(inner).toEqual({ ran: false });
  });

  test("a full round runs", async () => {
    const result = await runJobsOnce();
    expect(result.maintenance).not.toBeNull();
    expect(typeof result.emails).toBe("number");
  });
});
