import { afterAll, describe, expect, test } from "vitest";
import { db, write } from "~/utils/db.server";
import { createUserByAdmin, registerCitizen, updateUserByAdmin, verifyLogin } from "./accounts.server";
import { getUser, startSession } from "./session.server";

afterAll(() => db.$disconnect());

const good = "mua xuan tren nuong";

async function aUnit() {
  return write(async (tx) => {
    const level = await tx.unitLevel.create({ data: { code: `L${Math.random()}`, nameVi: "Xã", nameEn: "Commune", rank: 3 } });
    return tx.unit.create({ data: { code: `U${Date.now() % 1e6}`, name: "Phường Tô Hiệu", nameSearch: "phuong to hieu", levelId: level.id, path: "/u/" } });
  });
}

describe("citizen registration and sign-in", () => {
  test("registers, then signs in by email or by phone in another format", async () => {
    const result = await registerCitizen({ fullName: "Lò Văn Hùng", email: "hung@example.vn", phone: "+84912345678", password: good });
    expect(result.ok).toBe(true);
    expect((await verifyLogin("HUNG@example.vn", good))?.fullName).toBe("Lò Văn Hùng");
    expect((await verifyLogin("0912 345 678", good))?.email).toBe("hung@example.vn");
    const stored = await db.user.findUniqueOrThrow({ where: { email: "hung@example.vn" } });
    expect(stored.passwordHash).toMatch(/^\$2[aby]\$10\$/);
    expect(stored.passwordHash).not.toContain(good);
    expect(stored.nameSearch).toBe("lo van hung");
    expect(stored.role).toBe("CITIZEN");
  });

  test("an existing email or phone is refused on its field", async () => {
    await registerCitizen({ fullName: "A", email: "dup@example.vn", phone: "+84900000001", password: good });
    const again = await registerCitizen({ fullName: "B", email: "dup@example.vn", phone: "+84900000001", password: good });
    expect(again).toEqual({ ok: false, errors: { email: ["errors.emailTaken"], phone: ["errors.phoneTaken"] } });
  });

  test("a common password is refused", async () => {
    const result = await registerCitizen({ fullName: "C", email: "c@example.vn", password: "password1" });
    expect(result).toEqual({ ok: false, errors: { password: ["errors.passwordCommon"] } });
  });

  test("a wrong password, an unknown account and a disabled account get the same answer", async () => {
    await registerCitizen({ fullName: "D", email: "d@example.vn", password: good });
    expect(await verifyLogin("d@example.vn", "wrong password")).toBeNull();
    expect(await verifyLogin("nobody@example.vn", good)).toBeNull();
    expect(await verifyLogin("not an identifier", good)).toBeNull();
    await write((tx) => tx.user.update({ where: { email: "d@example.vn" }, data: { disabled: true } }));
    expect(await verifyLogin("d@example.vn", good)).toBeNull();
  });
});

describe("sessions", () => {
  test("a session is a row: signing in rotates it, disabling the user ends it", async () => {
    const reg = await registerCitizen({ fullName: "E", email: "e@example.vn", password: good });
    if (!reg.ok) throw new Error("registration failed");
    // Each check is a new request, as it is in the browser.
    const requestWith = (setCookie: string) => new Request("http://x/", { headers: { Cookie: setCookie.split(";")[0]! } });
    const cookie = await startSession(reg.userId, new Request("http://x/"));
    expect((await getUser(requestWith(cookie)))?.id).toBe(reg.userId);

    // Signing in again from the same browser replaces the old session (no fixation).
    const second = await startSession(reg.userId, requestWith(cookie));
    expect(second).not.toBe(cookie);
    expect(await getUser(requestWith(cookie))).toBeNull();
    expect((await getUser(requestWith(second)))?.id).toBe(reg.userId);

    await write((tx) => tx.user.update({ where: { id: reg.userId }, data: { disabled: true } }));
    expect(await getUser(requestWith(second))).toBeNull();
  });

  test("a forged cookie is nobody", async () => {
    expect(await getUser(new Request("http://x/", { headers: { Cookie: "ln_session=abc.def" } }))).toBeNull();
  });
});

describe("admin manages staff", () => {
  test("a handler needs a unit; with one, the account is created and audited", async () => {
    const unit = await aUnit();
    const admin = await registerCitizen({ fullName: "Admin", email: "admin@example.vn", password: good });
    if (!admin.ok) throw new Error();
    const base = { fullName: "Cầm Văn Dũng", email: "dung@example.vn", role: "HANDLER", password: good };
    expect(await createUserByAdmin(admin.userId, base)).toEqual({ ok: false, errors: { unitId: ["errors.unitRequired"] } });
    const created = await createUserByAdmin(admin.userId, { ...base, unitId: unit.id });
    expect(created.ok).toBe(true);
    const log = await db.auditLog.findFirstOrThrow({ where: { action: "USER_CREATED" } });
    expect(log.actorId).toBe(admin.userId);
    expect((await verifyLogin("dung@example.vn", good))?.unitId).toBe(unit.id);
  });

  test("changing a role ends the user's sessions; an admin cannot disable themself", async () => {
    const unit = await aUnit();
    const admin = await registerCitizen({ fullName: "Admin2", email: "admin2@example.vn", password: good });
    if (!admin.ok) throw new Error();
    const staff = await createUserByAdmin(admin.userId, { fullName: "F", email: "f@example.vn", role: "HANDLER", unitId: unit.id, password: good });
    if (!staff.ok) throw new Error();
    await startSession(staff.user.id, new Request("http://x/"));
    expect(await db.session.count({ where: { userId: staff.user.id } })).toBe(1);
    const updated = await updateUserByAdmin(admin.userId, staff.user.id, { fullName: "F", email: "f@example.vn", role: "LEADER", unitId: unit.id });
    expect(updated.ok).toBe(true);
    expect(await db.session.count({ where: { userId: staff.user.id } })).toBe(0);

    const self = await updateUserByAdmin(admin.userId, admin.userId, { fullName: "Admin2", email: "admin2@example.vn", role: "ADMIN", disabled: true });
    expect(self).toEqual({ ok: false, errors: { disabled: ["errors.cannotDisableSelf"] } });
  });
});
