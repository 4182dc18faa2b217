import { afterAll, describe, expect, test } from "vitest";
import { db, write } from "~/utils/db.server";
import { registerCitizen, verifyLogin } from "./accounts.server";
import { maxCodeFailures } from "./one-time-codes.server";
import { requestPasswordReset, resetLimits, resetWithCode, resetWithLink } from "./password-reset.server";
import { getUser, startSession } from "./session.server";

afterAll(() => db.$disconnect());

const oldPassword = "hoa ban trang nui rung";
const newPassword = "suoi nam la chay mai";
let n = 0;

async function citizenWithSession() {
  n++;
  const email = `reset${n}@example.vn`;
  const phone = `+8491300${String(1000 + n)}`;
  const result = await registerCitizen({ fullName: `Quàng Thị Quên ${n}`, email, phone, password: oldPassword });
  if (!result.ok) throw new Error("registration failed");
  // Signed in on another device: the reset must end this session.
  const cookie = await startSession(result.userId, new Request("http://localhost/login"));
  return { userId: result.userId, email, phone, cookie };
}

async function lastEmailLink(to: string) {
  const mail = await db.outboxEmail.findFirstOrThrow({ where: { to }, orderBy: { createdAt: "desc" } });
  expect(mail.sensitive).toBe(true);
  return /\/reset-password\/([A-Za-z0-9_-]{43})/.exec(mail.text)?.[1] ?? "";
}

async function lastSmsCode(to: string) {
  const sms = await db.outboxSms.findFirstOrThrow({ where: { to }, orderBy: { createdAt: "desc" } });
  expect(sms.sensitive).toBe(true);
  return /\b(\d{6})\b/.exec(sms.text)?.[1] ?? "";
}

async function signedIn(cookie: string) {
  return getUser(new Request("http://localhost/", { headers: { Cookie: cookie.split(";")[0]! } }));
}

describe("password reset", () => {
  test("by an emailed link: once, the new password works, every session ends, and it is audited", async () => {
    const lan = await citizenWithSession();
    expect(await signedIn(lan.cookie)).not.toBeNull();
    expect(await requestPasswordReset(lan.email.toUpperCase(), "10.0.0.1", "vi")).toEqual({ via: "email", to: lan.email });
    const token = await lastEmailLink(lan.email);
    expect(token).not.toBe("");
    // Only a hash is stored.
    expect(await db.oneTimeCode.count({ where: { secretHash: { contains: token } } })).toBe(0);

    expect(await resetWithLink(token, newPassword)).toEqual({ ok: true, userId: lan.userId });
    expect(await verifyLogin(lan.email, newPassword)).not.toBeNull();
    expect(await verifyLogin(lan.email, oldPassword)).toBeNull();
    expect(await signedIn(lan.cookie)).toBeNull();
    expect(await db.auditLog.count({ where: { action: "PASSWORD_RESET", targetId: lan.userId } })).toBe(1);

    // Single use.
    expect(await resetWithLink(token, "mot mat khau khac nua")).toEqual({ ok: false, errors: { "": ["recovery.errors.linkUsed"] } });
  });

  test("by an SMS code; a newer code replaces the older; wrong codes spend it", async () => {
    const hoa = await citizenWithSession();
    expect(await requestPasswordReset("0" + hoa.phone.slice(3), "10.0.0.2", "vi")).toEqual({ via: "sms", to: hoa.phone });
    const first = await lastSmsCode(hoa.phone);
    const sms = await db.outboxSms.findFirstOrThrow({ where: { to: hoa.phone } });
    expect(sms.text).toMatch(/^Lang Nghe: Ma dat lai mat khau: \d{6} \(dung trong 10 phut\)/);
    await requestPasswordReset(hoa.phone, "10.0.0.2", "vi");
    const second = await lastSmsCode(hoa.phone);
    // The older code no longer works (a wrong code: it counts as one of the tries).
    let tries = 0;
    if (first !== second) {
      expect((await resetWithCode(hoa.phone, first, newPassword, "10.0.0.2")).ok).toBe(false);
      tries++;
    }
    const wrong = second === "000000" ? "111111" : "000000";
    for (let i = tries + 1; i < maxCodeFailures; i++) {
      expect(await resetWithCode(hoa.phone, wrong, newPassword, "10.0.0.2")).toEqual({ ok: false, errors: { code: ["recovery.errors.codeWrong"] } });
    }
    expect(await resetWithCode(hoa.phone, wrong, newPassword, "10.0.0.2")).toEqual({ ok: false, errors: { code: ["recovery.errors.codeSpent"] } });
    // Spent: even the right code no longer works.
    expect((await resetWithCode(hoa.phone, second, newPassword, "10.0.0.2")).ok).toBe(false);
    expect(await verifyLogin(hoa.phone, oldPassword)).not.toBeNull();

    // A fresh code (from another address: this one has guessed a lot) works, and ends the other session.
    await write((tx) => tx.rateLimit.deleteMany({ where: { key: { startsWith: "reset:account:" } } }));
    await requestPasswordReset(hoa.phone, "10.0.0.3", "vi");
    expect(await resetWithCode(hoa.phone, await lastSmsCode(hoa.phone), newPassword, "10.0.0.3")).toEqual({ ok: true, userId: hoa.userId });
    expect(await signedIn(hoa.cookie)).toBeNull();
  });

  test("an expired link or code does nothing; a weak new password is refused and the link stays usable", async () => {
    const son = await citizenWithSession();
    await requestPasswordReset(son.email, "10.0.0.4", "vi");
    const token = await lastEmailLink(son.email);
    expect(await resetWithLink(token, "password1")).toEqual({ ok: false, errors: { password: ["errors.passwordCommon"] } });
    await write((tx) => tx.oneTimeCode.updateMany({ where: { userId: son.userId }, data: { expiresAt: new Date(Date.now() - 1000) } }));
    expect((await resetWithLink(token, newPassword)).ok).toBe(false);
    expect(await verifyLogin(son.email, oldPassword)).not.toBeNull();
  });

  test("an unknown account gets the same answer and no message; requests are limited per account and address", async () => {
    expect(await requestPasswordReset("nobody@example.vn", "10.0.0.5", "vi")).toEqual({ via: "email", to: "nobody@example.vn" });
    expect(await db.outboxEmail.count({ where: { to: "nobody@example.vn" } })).toBe(0);
    expect(await requestPasswordReset("not an address", "10.0.0.5", "vi")).toEqual({ via: "invalid" });

    const minh = await citizenWithSession();
    for (let i = 0; i < resetLimits.perAccount.max; i++) expect((await requestPasswordReset(minh.email, `10.1.0.${i}`, "vi")).via).toBe("email");
    expect((await requestPasswordReset(minh.email, "10.1.0.99", "vi")).via).toBe("wait");
    expect(await db.outboxEmail.count({ where: { to: minh.email } })).toBe(resetLimits.perAccount.max);

    for (let i = 0; i < resetLimits.perAddress.max; i++) await requestPasswordReset(`someone${i}@example.vn`, "10.2.0.1", "vi");
    expect((await requestPasswordReset("another@example.vn", "10.2.0.1", "vi")).via).toBe("wait");
  });
});
