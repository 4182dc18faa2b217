import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { buildWorld, filePetition, staffActor, version } from "~/test/world";
import { db } from "~/utils/db.server";
import { deskFigures, repeatedAndSkipped } from "./desk.server";
import { applyTransition } from "./transitions.server";

let world: Awaited<ReturnType<typeof buildWorld>>;
beforeAll(async () => {
  world = await buildWorld();
});
afterAll(() => db.$disconnect());

const file = (unitCode: string, title: string, user = world.users.citizen2, at = new Date()) => filePetition(world, unitCode, title, user, at);

describe("leader's desk", () => {
  test("open, overdue and due-soon counts, cases per handler", async () => {
    const tohieu = await world.unit("TOHIEU");
    const before = await deskFigures([tohieu.id]);
    const old = await file("TOHIEU", "Sửa cống thoát nước ngõ 5", world.users.citizen2, new Date("2026-01-05T03:00:00Z"));
    await applyTransition(old.caseId, { action: "accept", actor: staffActor(world.users.reception), version: await version(old.caseId) }, new Date("2026-01-06T03:00:00Z"));
    await applyTransition(old.caseId, { action: "assign", actor: staffActor(world.users.reception), version: await version(old.caseId), assigneeId: world.users.handler.id }, new Date("2026-01-06T04:00:00Z"));
    const after = await deskFigures([tohieu.id]);
    expect(after.openCount).toBe(before.openCount + 1);
    expect(after.overdue).toBe(before.overdue + 1);
    expect(after.perHandler.find((h) => h.name === world.users.handler.fullName)!.count).toBeGreaterThanOrEqual(1);
    expect(after.oldest[0]!.code).toBe(old.code);
  });

  test("the same citizen on the same matter twice is a prolonged complaint; filing at the province while the ward's case is open is level-skipping", async () => {
    const ward = await file("TOHIEU", "Đề nghị làm đường bê tông vào bản Hài", world.users.citizen2, new Date("2026-10-01T03:00:00Z"));
    const province = await file("SLA", "Đề nghị làm đường bê tông vào bản Hài lần nữa", world.users.citizen2, new Date("2026-11-01T03:00:00Z"));
    const sla = await world.unit("SLA");
    const { prolonged, skipped } = await repeatedAndSkipped(sla.id, sla.path, new Date("2026-11-27T03:00:00Z"));
    expect(prolonged.some((p) => p.codes.includes(ward.code) && p.codes.includes(province.code))).toBe(true);
    expect(skipped).toContainEqual({ code: province.code, lowerCode: ward.code, title: "Đề nghị làm đường bê tông vào bản Hài lần nữa" });
    // A different matter by the same citizen is neither.
    const other = await file("CHIENGAN", "Xin cấp lại giấy khai sinh", world.users.citizen2, new Date("2026-11-02T03:00:00Z"));
    const again = await repeatedAndSkipped(sla.id, sla.path, new Date("2026-11-27T03:00:00Z"));
    expect(again.prolonged.some((p) => p.codes.includes(other.code))).toBe(false);
  });
});
