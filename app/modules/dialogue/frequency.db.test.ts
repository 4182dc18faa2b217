import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { buildWorld } from "~/test/world";
import { db, write } from "~/utils/db.server";
import { foldForSearch } from "~/utils/text";
import { createUnit } from "~/modules/units/units.server";
import { receptionCompliance } from "./frequency.server";

let world: Awaited<ReturnType<typeof buildWorld>>;
beforeAll(async () => {
  world = await buildWorld();
});
afterAll(() => db.$disconnect());

/** A hand-built commune: its chair, a deputy, and a register with the answers worked out below. */
async function commune(code: string) {
  const level = await db.unitLevel.findUniqueOrThrow({ where: { code: "COMMUNE" } });
  const province = await world.unit("SLA");
  return write(async (tx) => {
    const unit = await createUnit(tx, { code, name: `Xã Thử ${code}`, nameSearch: foldForSearch(`Xã Thử ${code}`), levelId: level.id, parentId: province.id, sortOrder: 999 });
    const person = (fullName: string) => tx.user.create({ data: { fullName, nameSearch: foldForSearch(fullName), passwordHash: "x", role: "LEADER", unitId: unit.id, position: "Chủ tịch UBND xã", email: `${code.toLowerCase()}-${foldForSearch(fullName).replace(/\s/g, "")}@test` } });
    return { unit, chair: await person("Lò Văn Chủ"), deputy: await person("Cầm Thị Phó") };
  });
}

const at = (date: string, hour = 8) => new Date(`${date}T${String(hour).padStart(2, "0")}:00:00+07:00`);

describe("reception duty per week and month", () => {
  test("a commune chair who received on 2 days of November but in two weeks only fell short in the other two weeks", async () => {
    const { unit, chair, deputy } = await commune("THUA");
    const entry = (receiverId: string, when: Date, host = "HEAD") => ({ unitId: unit.id, receiverId, receivedAt: when, visitorName: "Công dân", matter: "Hỏi về đất đai", handling: "Hướng dẫn", host });
    await write(async (tx) => {
      await tx.receptionRecord.createMany({
        data: [
          entry(chair.id, at("2026-11-03")), // W45 (2–8/11)
          entry(chair.id, at("2026-11-03", 14)), // the same day again: still one day
          entry(chair.id, at("2026-11-19")), // W47 (16–22/11)
          entry(deputy.id, at("2026-11-24")), // W48: the deputy, not the chair
          entry(chair.id, at("2026-11-01")), // Sunday 1/11 belongs to W44, shown under October
          entry(chair.id, at("2026-11-30")), // Monday 30/11 is W49, shown under December
          entry(chair.id, at("2026-11-10"), "PEOPLES_COUNCIL_STANDING"), // as the council, not as the chair
        ],
      });
      // A reception day the chair chaired but did not hold does not count; one held does.
      const base = { unitId: unit.id, kind: "RECEPTION_DAY", title: "Tiếp dân", chairId: chair.id, createdById: chair.id, place: "UBND xã" };
      await tx.dialogueSession.create({ data: { ...base, status: "CANCELLED", startsAt: at("2026-11-11"), endsAt: at("2026-11-11", 11) } });
    });

    const { rules } = await receptionCompliance(unit.id, "2026-11", at("2026-12-10"));
    const head = rules.find((r) => r.rule.host === "HEAD")!;
    expect(head.rule).toMatchObject({ period: "WEEK", minDays: 1, confirmed: true });
    expect(head.rule.legalBasis).toContain("Điều 15 k.2");
    expect(head.periods.map((p) => p.key)).toEqual(["2026-W45", "2026-W46", "2026-W47", "2026-W48"]);
    const byName = Object.fromEntries(head.rows.map((r) => [r.subject.fullName, r.cells.map((c) => `${c.held}:${c.state}`)]));
    expect(byName["Lò Văn Chủ"]).toEqual(["1:OK", "0:SHORT", "1:OK", "0:SHORT"]);
    expect(byName["Cầm Thị Phó"]).toEqual(["0:SHORT", "0:SHORT", "0:SHORT", "1:OK"]);

    // The People's Council standing committee: from 1 July 2026, monthly, unconfirmed.
    const council = rules.find((r) => r.rule.host === "PEOPLES_COUNCIL_STANDING")!;
    expect(council.rule).toMatchObject({ period: "MONTH", confirmed: false });
    expect(council.rows.map((r) => r.cells.map((c) => `${c.held}:${c.state}`))).toEqual([["1:OK"]]);
    expect((await receptionCompliance(unit.id, "2026-06", at("2026-12-10"))).rules.map((r) => r.rule.host)).toEqual(["HEAD"]);

    // While a week runs it is not judged; the chair's held reception day counts.
    await write((tx) => tx.dialogueSession.create({ data: { unitId: unit.id, kind: "RECEPTION_DAY", title: "Tiếp dân", chairId: chair.id, createdById: chair.id, place: "UBND xã", status: "HELD", startsAt: at("2026-11-12"), endsAt: at("2026-11-12", 11) } }));
    const during = await receptionCompliance(unit.id, "2026-11", at("2026-11-25"));
    expect(during.rules.find((r) => r.rule.host === "HEAD")!.rows.find((r) => r.subject.id === chair.id)!.cells.map((c) => c.state)).toEqual(["OK", "OK", "OK", "OPEN"]);
  });

  test("a provincial agency's head: one day a month (art. 18 k.2)", async () => {
    const agency = await db.unit.findFirstOrThrow({ where: { level: { code: "AGENCY" } } });
    const head = await write((tx) => tx.user.create({ data: { fullName: "Giám Đốc Sở", nameSearch: "giam doc so", passwordHash: "x", role: "LEADER", unitId: agency.id, email: "gd-so@test" } }));
    const { rules } = await receptionCompliance(agency.id, "2026-10", at("2026-12-01"));
    expect(rules).toHaveLength(1);
    expect(rules[0]!.rule).toMatchObject({ period: "MONTH", minDays: 1 });
    expect(rules[0]!.rule.legalBasis).toContain("Điều 18 k.2");
    expect(rules[0]!.rows.find((r) => r.subject.id === head.id)!.cells).toMatchObject([{ held: 0, state: "SHORT" }]);
  });
});
