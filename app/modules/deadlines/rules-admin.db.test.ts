import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { fileCase } from "~/modules/cases/filing.server";
import { applyTransition } from "~/modules/cases/transitions.server";
import { buildWorld, citizenActor, endOfLocal, localAt, staffActor, version } from "~/test/world";
import { db } from "~/utils/db.server";
import { addRuleSchema } from "./admin-schemas";
import { loadDeadlineContext } from "./deadlines.server";
import { applyRulesAdmin } from "./rules-admin.server";

let world: Awaited<ReturnType<typeof buildWorld>>;
beforeAll(async () => {
  world = await buildWorld();
});
afterAll(() => db.$disconnect());

const at = localAt;
const endOf = endOfLocal;

async function filePetition(now: Date) {
  const unit = await world.unit("TOHIEU");
  const r = await fileCase(
    { kind: "PETITION", title: "Đề nghị sửa đường", description: "Đường vào bản bị sạt lở, đề nghị sửa chữa trước mùa mưa.", categoryId: world.category.id, unitId: unit.id, submissionToken: randomBytes(12).toString("base64url") },
    { kind: "citizen", user: world.users.citizen },
    [],
    now,
  );
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return db.case.findUniqueOrThrow({ where: { id: r.caseId } });
}

describe("an administrator adds a rule effective next month: new cases only", () => {
  test("the old row ends the day before; a case received earlier keeps it even when its clock moves later", async () => {
    const admin = world.users.admin.id;
    const input = addRuleSchema.parse({
      intent: "addRule",
      kind: "PETITION",
      instance: "0",
      stage: "ACCEPT",
      days: "3",
      dayType: "WORKING",
      basisDocument: "Quy chế tiếp nhận kiến nghị của UBND phường (sửa đổi)",
      basisArticle: "5",
      basisStatus: "CONFIRMED",
      validFrom: "2026-12-01",
      endCurrent: true,
    });
    // Not retroactive.
    expect(await applyRulesAdmin(admin, { ...input, validFrom: "2026-11-19" }, at("2026-11-20"))).toEqual({ ok: false, errors: { validFrom: ["rules.errors.notInPast"] } });
    expect(await applyRulesAdmin(admin, input, at("2026-11-20"))).toMatchObject({ ok: true, key: "rules.done.added" });

    const old = await db.deadlineRule.findUniqueOrThrow({ where: { id: "rule-petition-accept" } });
    expect(old.validTo).toEqual(new Date("2026-11-30T17:00:00Z"));
    const added = await db.deadlineRule.findFirstOrThrow({ where: { kind: "PETITION", stage: "ACCEPT", days: 3 } });
    expect(added.legalBasis).toBe("Quy chế tiếp nhận kiến nghị của UBND phường (sửa đổi), Điều 5");
    expect(await db.auditLog.findMany({ where: { actorId: admin, targetType: "DeadlineRule" }, select: { action: true }, orderBy: { createdAt: "asc" } })).toEqual([
      { action: "RULE_ENDED" },
      { action: "RULE_ADDED" },
    ]);

    // Received Fri 27/11: the old 5 working days → 30/11, 1, 2, 3, 4/12.
    const before = await filePetition(at("2026-11-27"));
    expect(before).toMatchObject({ acceptRuleId: "rule-petition-accept", acceptDueAt: endOf("2026-12-04") });
    // Received Wed 2/12: the new 3 working days → 3, 4, 7/12.
    const after = await filePetition(at("2026-12-02"));
    expect(after).toMatchObject({ acceptRuleId: added.id, acceptDueAt: endOf("2026-12-07") });

    // The earlier case's clock moves (asked for information, answered after 1/12): still the old row.
    await applyTransition(before.id, { action: "requestInfo", actor: staffActor(world.users.reception), version: await version(before.id), note: "Xin ảnh hiện trường." }, at("2026-12-02"));
    const answered = await applyTransition(before.id, { action: "provideInfo", actor: citizenActor(world.users.citizen), version: await version(before.id), note: "Ảnh gửi kèm." }, at("2026-12-03"));
    expect(answered.ok).toBe(true);
    expect(await db.case.findUniqueOrThrow({ where: { id: before.id } })).toMatchObject({ acceptRuleId: "rule-petition-accept" });
  });

  test("a rule cannot be ended in the past nor before it starts", async () => {
    const admin = world.users.admin.id;
    expect(await applyRulesAdmin(admin, { intent: "endRule", ruleId: "rule-feedback-resolve", lastDay: "2026-11-01" }, at("2026-11-20"))).toEqual({
      ok: false,
      errors: { lastDay: ["rules.errors.notInPast"] },
    });
    expect(await applyRulesAdmin(admin, { intent: "endRule", ruleId: "rule-kn-accept-2026", lastDay: "2026-06-15" }, at("2026-06-10"))).toEqual({
      ok: false,
      errors: { lastDay: ["rules.errors.beforeStart"] },
    });
  });
});

describe("days off and remote units", () => {
  test("a 2027 day off is added as provisional, corrected, a date is never listed twice, each change audited", async () => {
    const admin = world.users.admin.id;
    const day = { intent: "holiday" as const, date: "2027-02-12", type: "HOLIDAY" as const, nameVi: "Nghỉ Tết (dự kiến)", nameEn: "Tết (expected)", provisional: true, source: "Đề xuất của Bộ Nội vụ" };
    expect(await applyRulesAdmin(admin, day)).toMatchObject({ ok: true });
    expect(await applyRulesAdmin(admin, day)).toEqual({ ok: false, errors: { date: ["rules.errors.dateTaken"] } });
    const saved = await db.holiday.findUniqueOrThrow({ where: { date: "2027-02-12" } });
    expect(saved.provisional).toBe(true);
    expect(await applyRulesAdmin(admin, { ...day, holidayId: saved.id, provisional: false, source: "Thông báo chính thức" })).toMatchObject({ ok: true });
    expect(await db.holiday.findUniqueOrThrow({ where: { id: saved.id } })).toMatchObject({ provisional: false, source: "Thông báo chính thức" });
    expect(await applyRulesAdmin(admin, { intent: "deleteHoliday", holidayId: saved.id })).toMatchObject({ ok: true });
    expect(await db.auditLog.count({ where: { targetType: "Holiday", targetId: saved.id } })).toBe(3);
  });

  test("the rules and days off are kept in memory between requests, and an administrator's change is seen at once", async () => {
    const first = await loadDeadlineContext();
    expect(await loadDeadlineContext()).toBe(first); // not read again
    expect(Object.isFrozen(first.rules)).toBe(true); // shared by every request: nobody may change it
    const day = { intent: "holiday" as const, date: "2027-06-15", type: "HOLIDAY" as const, nameVi: "Nghỉ bù (thử)", nameEn: "Day off (test)", provisional: false, source: "Thông báo" };
    expect(first.calendar.holidays.has(day.date)).toBe(false);
    expect(await applyRulesAdmin(world.users.admin.id, day)).toMatchObject({ ok: true });
    const afterHoliday = await loadDeadlineContext();
    expect(afterHoliday.calendar.holidays.has(day.date)).toBe(true);
    const rule = afterHoliday.rules.find((r) => r.validTo === null)!;
    expect(await applyRulesAdmin(world.users.admin.id, { intent: "ruleBasis", ruleId: rule.id, basisStatus: "CONFIRMED", sourceUrl: "https://vbpl.vn/x", sourceNote: "đã đối chiếu" })).toMatchObject({ ok: true });
    expect((await loadDeadlineContext()).rules.find((r) => r.id === rule.id)?.sourceUrl).toBe("https://vbpl.vn/x");
  });

  test("a unit's remote flag", async () => {
    const unit = await world.unit("LONGSAP");
    expect(await applyRulesAdmin(world.users.admin.id, { intent: "unitRemote", unitId: unit.id, remote: true })).toMatchObject({ ok: true, key: "rules.done.remoteOn" });
    expect((await db.unit.findUniqueOrThrow({ where: { id: unit.id } })).remote).toBe(true);
    expect(await db.auditLog.findFirst({ where: { targetId: unit.id, action: "UNIT_REMOTE_CHANGED" } })).not.toBeNull();
    expect(await applyRulesAdmin(world.users.admin.id, { intent: "unitRemote", unitId: "nope", remote: true })).toEqual({ ok: false, errors: { unitId: ["errors.invalidChoice"] } });
  });
});
