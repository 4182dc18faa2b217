import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { buildWorld } from "~/test/world";
import { db } from "~/utils/db.server";
import { listUnitNotices, postNotice, publicNotice, staffNotice, takeDownNotice } from "./notices.server";
import type { PostNoticeInput } from "./schemas";

let world: Awaited<ReturnType<typeof buildWorld>>;
beforeAll(async () => {
  world = await buildWorld();
});
afterAll(() => db.$disconnect());

const input = (o: Partial<PostNoticeInput>): PostNoticeInput => ({
  category: "BUDGET",
  title: "Công khai dự toán ngân sách phường năm 2027",
  body: "Dự toán thu, chi ngân sách phường năm 2027 đã được Hội đồng nhân dân phường quyết định.",
  minDays: 30,
  submissionToken: randomBytes(12).toString("base64url"),
  ...o,
});
async function post(o: Partial<PostNoticeInput>, now: Date) {
  const r = await postNotice(world.users.reception, input(o), [], now);
  if (!r.ok) throw new Error(JSON.stringify(r));
  return r.id;
}

describe("posting rules per category (Law 10/2022 arts. 12–13)", () => {
  test("a 30-day notice ends at the end of its 30th day; the publication deadline is 5 working days after the decision, across the 24/11 holiday", async () => {
    const now = new Date("2026-11-27T03:00:00Z"); // Friday 27/11, 10:00
    const onTime = await post({ decisionOn: "2026-11-20" }, now); // Fri 20/11 → Mon 23, Wed 25, Thu 26, Fri 27, Mon 30 (24/11 off)
    const late = await post({ decisionOn: "2026-11-18" }, now); // Wed 18/11 → Thu 19, Fri 20, Mon 23, Wed 25, Thu 26
    const a = await staffNotice(onTime, now);
    expect(a).toMatchObject({ posting: "DAYS", late: false });
    expect(a!.publishBy!.toISOString()).toBe("2026-11-30T16:59:59.999Z");
    expect(a!.minimumUntil!.toISOString()).toBe("2026-12-28T16:59:59.999Z"); // 27/11 + 30 = Sunday 27/12 → Monday 28/12
    const b = await staffNotice(late, now);
    expect(b).toMatchObject({ late: true });
    expect(b!.publishBy!.toISOString()).toBe("2026-11-26T16:59:59.999Z");
    const listed = (await listUnitNotices(a!.unitId, null, now)).notices;
    expect(listed.find((n) => n.id === late)).toMatchObject({ late: true });
    expect(listed.find((n) => n.id === onTime)).toMatchObject({ late: false });
    // A decision dated after today is refused next to its field.
    expect(await postNotice(world.users.reception, input({ decisionOn: "2026-11-28" }), [], now)).toEqual({ ok: false, errors: { decisionOn: ["noticeRules.errors.futureDecision"] } });
  });

  test("administrative procedures stay up permanently: no end, and coming down unreplaced is early", async () => {
    const now = new Date("2026-11-27T03:00:00Z");
    const id = await post({ category: "PROCEDURES", title: "Danh mục thủ tục hành chính cấp xã" }, now);
    const n = await staffNotice(id, now);
    expect(n).toMatchObject({ posting: "PERMANENT", minimumUntil: null });
    expect(await takeDownNotice(world.users.reception, id, "Gỡ nhầm", new Date("2027-06-01T03:00:00Z"))).toEqual({ ok: true, early: true });
  });

  test("the quarterly publicity list stays up until replaced: the replacement takes it down, lawfully", async () => {
    const q3 = await post({ category: "PUBLICITY_LIST", title: "Danh sách nội dung đã công khai quý III/2026" }, new Date("2026-10-05T02:00:00Z"));
    const replacedAt = new Date("2027-01-05T02:00:00Z");
    const q4 = await post({ category: "PUBLICITY_LIST", title: "Danh sách nội dung đã công khai quý IV/2026", replacesId: q3 }, replacedAt);
    const old = await staffNotice(q3, replacedAt);
    expect(old).toMatchObject({ posting: "UNTIL_REPLACED", state: "TAKEN_DOWN", early: false, replaced: true });
    expect(old!.takenDownAt!.toISOString()).toBe(replacedAt.toISOString());
    expect(old!.takedownReason).toContain("quý IV/2026");
    expect((await publicNotice(q4, replacedAt))!.state).toBe("POSTED");
    // Something already replaced (or another unit's notice) cannot be replaced again.
    expect(await postNotice(world.users.reception, input({ category: "PUBLICITY_LIST", replacesId: q3 }), [], replacedAt)).toEqual({ ok: false, errors: { replacesId: ["errors.invalidChoice"] } });
  });
});
