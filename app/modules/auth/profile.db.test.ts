import { afterAll, describe, expect, test } from "vitest";
import { db, write } from "~/utils/db.server";
import { registerCitizen, verifyLogin } from "./accounts.server";
import { changePassword, confirmContactChange, profileOf, startContactChange, updateChannels, updateDetails } from "./profile.server";
import { getUser, startSession } from "./session.server";

afterAll(() => db.$disconnect());

const password = "nui cao suoi sau em oi";
let n = 0;
async function citizen() {
  n++;
  const result = await registerCitizen({ fullName: `Cầm Thị Đổi ${n}`, email: `doi${n}@example.vn`, phone: `+8491400${String(1000 + n)}`, password });
  if (!result.ok) throw new Error("registration failed");
  return { id: result.userId, email: `doi${n}@example.vn`, phone: `+8491400${String(1000 + n)}` };
}
const lastCode = async (to: string, table: "sms" | "email") => {
  const row = table === "sms" ? await db.outboxSms.findFirstOrThrow({ where: { to }, orderBy: { createdAt: "desc" } }) : await db.outboxEmail.findFirstOrThrow({ where: { to }, orderBy: { createdAt: "desc" } });
  return /\b(\d{6})\b/.exec(row.text)?.[1] ?? "";
};
const session = (cookie: string) => getUser(new Request("http://localhost/", { headers: { Cookie: cookie.split(";")[0]! } }));

describe("the profile", () => {
  test("name, language and channels are saved and audited", async () => {
    const lan = await citizen();
    await updateDetails(lan.id, { fullName: "Cầm Thị Lan", locale: "en" });
    await updateChannels(lan.id, { notifyByEmail: false, notifyBySms: true });
    expect(await profileOf(lan.id)).toMatchObject({ fullName: "Cầm Thị Lan", locale: "en", notifyByEmail: false, notifyBySms: true, pending: null });
    expect((await db.user.findUniqueOrThrow({ where: { id: lan.id } })).nameSearch).toBe("cam thi lan");
    const log = await db.auditLog.findMany({ where: { targetId: lan.id, action: "PROFILE_UPDATED" }, orderBy: { createdAt: "asc" } });
    expect(log.map((l) => JSON.parse(l.data ?? "{}"))).toEqual([
      { fullName: ["Cầm Thị Đổi 1", "Cầm Thị Lan"], language: ["vi", "en"] },
      { notifyByEmail: [true, false] },
    ]);
  });

  test("a new phone is used only after its code comes back; a taken or unchanged one is refused", async () => {
    const hoa = await citizen();
    const other = await citizen();
    expect(await startContactChange(hoa.id, { phone: other.phone }, "vi")).toEqual({ ok: false, errors: { phone: ["errors.phoneTaken"] } });
    expect(await startContactChange(hoa.id, { phone: hoa.phone }, "vi")).toEqual({ ok: false, errors: { phone: ["profile.sameContact"] } });

    const newPhone = "+84914999001";
    expect(await startContactChange(hoa.id, { phone: newPhone }, "vi")).toEqual({ ok: true, sentTo: newPhone });
    expect((await profileOf(hoa.id)).pending).toEqual({ channel: "SMS", sentTo: newPhone });
    // Not yet: the old phone still signs in.
    expect((await db.user.findUniqueOrThrow({ where: { id: hoa.id } })).phone).toBe(hoa.phone);
    const code = await lastCode(newPhone, "sms");
    expect((await confirmContactChange(hoa.id, code === "000000" ? "000001" : "000000")).ok).toBe(false);
    expect(await confirmContactChange(hoa.id, code)).toEqual({ ok: true, sentTo: newPhone });
    expect((await db.user.findUniqueOrThrow({ where: { id: hoa.id } })).phone).toBe(newPhone);
    expect(await verifyLogin("0914999001", password)).not.toBeNull();
    expect((await profileOf(hoa.id)).pending).toBeNull();
    const audit = await db.auditLog.findFirstOrThrow({ where: { targetId: hoa.id, action: "CONTACT_CHANGED" } });
    expect(JSON.parse(audit.data ?? "{}")).toEqual({ phone: [hoa.phone, newPhone] });
    // The code is spent.
    expect((await confirmContactChange(hoa.id, code)).ok).toBe(false);
  });

  test("a new email gets a code by email; someone registering it meanwhile wins", async () => {
    const son = await citizen();
    await startContactChange(son.id, { email: "moi@example.vn" }, "vi");
    const code = await lastCode("moi@example.vn", "email");
    await registerCitizen({ fullName: "Người khác", email: "moi@example.vn", password });
    expect(await confirmContactChange(son.id, code)).toEqual({ ok: false, errors: { code: ["errors.emailTaken"] } });
    expect((await db.user.findUniqueOrThrow({ where: { id: son.id } })).email).toBe(son.email);
  });

  test("a password change needs the current password and ends the other sessions, not this one", async () => {
    const minh = await citizen();
    const here = await startSession(minh.id, new Request("http://localhost/"));
    const elsewhere = await startSession(minh.id, new Request("http://localhost/"));
    const hereId = (await session(here))!.sessionId;
    expect(await changePassword(minh.id, hereId, "sai mat khau roi", "mat khau moi that dai")).toEqual({ ok: false, errors: { currentPassword: ["profile.wrongPassword"] } });
    expect(await changePassword(minh.id, hereId, password, "password1")).toEqual({ ok: false, errors: { newPassword: ["errors.passwordCommon"] } });
    expect(await changePassword(minh.id, hereId, password, "mat khau moi that dai")).toEqual({ ok: true });
    expect(await session(here)).not.toBeNull();
    expect(await session(elsewhere)).toBeNull();
    expect(await verifyLogin(minh.email, "mat khau moi that dai")).not.toBeNull();
    await write((tx) => tx.session.deleteMany({ where: { userId: minh.id } }));
  });
});
