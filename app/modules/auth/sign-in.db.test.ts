import { afterAll, describe, expect, test } from "vitest";
import { db, write } from "~/utils/db.server";
import { foldForSearch } from "~/utils/text";
import { useCode } from "./verification-codes.server";
import { confirmRegistration, startRegistration } from "./registration.server";
import { admitSignIn, checkSignInCode, sendSignInCode, signInSucceeded } from "./sign-in-throttle.server";

afterAll(() => db.$disconnect());

async function citizen(email: string, phone: string | null = null) {
  return write((tx) => tx.user.create({ data: { fullName: "Lò Thị Thử", nameSearch: foldForSearch("Lò Thị Thử"), email, phone, passwordHash: "x", role: "CITIZEN" } }));
}

/** The code in the last email queued to `to` (what the person reads). */
async function lastCode(to: string): Promise<string | null> {
  const mail = await db.outboxEmail.findFirst({ where: { to }, orderBy: { createdAt: "desc" } });
  return mail ? (/\b(\d{6})\b/.exec(mail.text)?.[1] ?? null) : null;
}

describe("sign-in throttle in the database", () => {
  test("40 attempts at once for one account from one address: at most 6 reach the password check", async () => {
    const gates = await Promise.all(Array.from({ length: 40 }, () => admitSignIn("race@example.vn", "203.0.113.7")));
    const checked = gates.filter((g) => g.kind === "check");
    expect(checked.length).toBeGreaterThanOrEqual(5);
    expect(checked.length).toBeLessThanOrEqual(6);
  });

  test("an attacker's failures elsewhere do not slow the owner at home", async () => {
    for (let i = 0; i < 12; i++) await admitSignIn("owner@example.vn", "198.51.100.1");
    expect((await admitSignIn("owner@example.vn", "198.51.100.1")).kind).toBe("wait");
    expect(await admitSignIn("owner@example.vn", "192.0.2.55")).toMatchObject({ kind: "check", needsCode: false });
  });

  test("one office address: other accounts are not locked by one account's failures", async () => {
    for (let i = 0; i < 20; i++) await admitSignIn("forgetful@example.vn", "203.0.113.200");
    expect((await admitSignIn("colleague@example.vn", "203.0.113.200")).kind).toBe("check");
  });

  test("guessed at from many addresses: a code is needed, sent to the owner's email, good once", async () => {
    const user = await citizen("guessed@example.vn");
    for (let i = 0; i < 21; i++) await admitSignIn("guessed@example.vn", `10.0.0.${i}`);
    const gate = await admitSignIn("guessed@example.vn", "10.0.1.1");
    expect(gate).toMatchObject({ kind: "check", needsCode: true });
    await sendSignInCode("guessed@example.vn");
    await sendSignInCode("guessed@example.vn"); // a second ask within two minutes sends nothing more
    expect(await db.outboxEmail.count({ where: { to: "guessed@example.vn" } })).toBe(1);
    expect(await db.notification.count({ where: { userId: user.id } })).toBe(0); // not kept in the in-app list
    const code = (await lastCode("guessed@example.vn"))!;
    expect(await checkSignInCode("guessed@example.vn", "000000" === code ? "111111" : "000000")).toBe(false);
    expect(await checkSignInCode("guessed@example.vn", code)).toBe(true);
    expect(await checkSignInCode("guessed@example.vn", code)).toBe(false); // spent
    await signInSucceeded("guessed@example.vn", "10.0.1.1");
    expect(await admitSignIn("guessed@example.vn", "10.0.1.1")).toMatchObject({ kind: "check", needsCode: false });
  });

  test("an identifier with no account gets the same treatment and no email", async () => {
    for (let i = 0; i < 22; i++) await admitSignIn("nobody@example.vn", `10.1.0.${i}`);
    expect(await admitSignIn("nobody@example.vn", "10.1.1.1")).toMatchObject({ kind: "check", needsCode: true });
    await sendSignInCode("nobody@example.vn");
    expect(await db.outboxEmail.count({ where: { to: "nobody@example.vn" } })).toBe(0);
  });

  test("a code takes five tries at most, even sent together", async () => {
    await citizen("tries@example.vn");
    await sendSignInCode("tries@example.vn");
    const code = (await lastCode("tries@example.vn"))!;
    const wrong = Array.from({ length: 12 }, (_, i) => String((Number(code) + i + 1) % 1_000_000).padStart(6, "0"));
    const results = await Promise.all(wrong.map((c) => useCode("SIGN_IN", "login:account:tries@example.vn", c)));
    expect(results.every((ok) => !ok)).toBe(true);
    expect(await checkSignInCode("tries@example.vn", code)).toBe(false); // spent by the guesses
  });
});

describe("registration with an email", () => {
  test("a new address gets a code; the code makes the account", async () => {
    const started = await startRegistration({ fullName: "Cà Văn Mới", email: "moi@example.vn", password: "suoi-nam-la-trong-xanh" }, "vi");
    expect(started.ok).toBe(true);
    if (!started.ok) return;
    expect(await db.user.count({ where: { email: "moi@example.vn" } })).toBe(0);
    const code = (await lastCode("moi@example.vn"))!;
    expect(await confirmRegistration(started.pendingId, "999999" === code ? "888888" : "999999")).toEqual({ ok: false, reason: "wrong" });
    const confirmed = await confirmRegistration(started.pendingId, code);
    expect(confirmed).toMatchObject({ ok: true, fullName: "Cà Văn Mới" });
    expect(await db.user.count({ where: { email: "moi@example.vn", role: "CITIZEN" } })).toBe(1);
    expect(await confirmRegistration(started.pendingId, code)).toEqual({ ok: false, reason: "expired" });
  });

  test("a registered address gets the same answer, its owner an email, and it can never be confirmed", async () => {
    await citizen("da-co@example.vn");
    const started = await startRegistration({ fullName: "Kẻ Dò", email: "da-co@example.vn", password: "suoi-nam-la-trong-xanh" }, "vi");
    expect(started.ok).toBe(true);
    if (!started.ok) return;
    const mail = await db.outboxEmail.findFirstOrThrow({ where: { to: "da-co@example.vn" } });
    expect(mail.text).not.toMatch(/\b\d{6}\b/);
    expect(mail.subject).toMatch(/đăng ký/);
    for (const guess of ["000000", "123456", "999999"]) expect(await confirmRegistration(started.pendingId, guess)).toEqual({ ok: false, reason: "wrong" });
    expect(await db.user.count({ where: { email: "da-co@example.vn" } })).toBe(1);
  });

  test("a password that is one's own email or phone is refused", async () => {
    const started = await startRegistration({ fullName: "Lười Đặt", email: "luoi@example.vn", phone: "+84912000777", password: "0912000777" }, "vi");
    expect(started).toEqual({ ok: false, errors: { password: ["errors.passwordIsContact"] } });
  });
});
