import { db, write } from "~/utils/db.server";
import { getEnv } from "~/utils/env.server";
import { bump } from "~/utils/rate-limit.server";
import { notify } from "../notifications/notifications.server";
import { accountKey } from "./accounts.server";
import { codeTtlMs, issueCode, liveCodeSince, useCode } from "./verification-codes.server";
import { parseIdentifier } from "./schemas";
import { signInGate, signInPolicy, type Gate } from "./sign-in-throttle";

/**
 * The sign-in throttle's counters (sign-in-throttle.ts decides). Everything
 * happens in one transaction: the three counters are raised, the gate is
 * decided, the next wait is written — before any password is hashed, so of
 * forty requests sent at once at most the free ones reach bcrypt.
 */
function keys(identifier: string, address: string) {
  const account = accountKey(identifier);
  return { account, pair: `${account}|${address}`, address: `login:address:${address}` };
}

/** The policy, with the address's free tries as configured (an office behind one NAT, or a test suite, may need more). */
function policy() {
  return { ...signInPolicy, address: { ...signInPolicy.address, free: getEnv().SIGN_IN_PER_ADDRESS_FREE } };
}

export async function admitSignIn(identifier: string, address: string, now = new Date()): Promise<Gate> {
  const k = keys(identifier, address);
  const rules = policy();
  return write(async (tx) => {
    const windowMs = signInPolicy.windowMs;
    const [pair, addr] = [await bump(tx, `login:pair:${k.pair}`, windowMs, now), await bump(tx, k.address, windowMs, now)];
    // A try refused by its address's wait does not count against the account: one address
    // cannot push an account into asking for a code (which an owner without email cannot get).
    const refused = signInGate({ pair, address: addr, account: { count: 0, blockedUntil: null } }, now, rules);
    if (refused.kind === "wait") return refused;
    const account = await bump(tx, k.account, windowMs, now);
    const gate = signInGate({ pair, address: addr, account }, now, rules);
    if (gate.kind === "check") {
      if (gate.blockPairUntil) await tx.rateLimit.update({ where: { key: `login:pair:${k.pair}` }, data: { blockedUntil: gate.blockPairUntil } });
      if (gate.blockAddressUntil) await tx.rateLimit.update({ where: { key: k.address }, data: { blockedUntil: gate.blockAddressUntil } });
    }
    return gate;
  });
}

/** After a right password: this account's counters start again (the address's do not). */
export async function signInSucceeded(identifier: string, address: string) {
  const k = keys(identifier, address);
  await write((tx) => tx.rateLimit.deleteMany({ where: { key: { in: [`login:pair:${k.pair}`, k.account] } } }));
}

/**
 * Sends the account's owner a sign-in code — through the notification path
 * (the email on the account; SMS when that channel exists), not into the
 * in-app list — unless one sent in the last two minutes is still live. For an
 * identifier with no account nothing is sent, and nothing in the answer says so.
 */
export async function sendSignInCode(identifier: string, now = new Date()) {
  const subject = accountKey(identifier);
  if (await liveCodeSince("SIGN_IN", subject, new Date(now.getTime() - 2 * 60 * 1000), now)) return;
  const where = parseIdentifier(identifier);
  const user = where ? await db.user.findUnique({ where: "email" in where ? { email: where.email } : { phone: where.phone }, select: { id: true, disabled: true } }) : null;
  await write(async (tx) => {
    const code = await issueCode(tx, "SIGN_IN", subject, now);
    if (user && !user.disabled) await notify(tx, { userId: user.id }, "SIGN_IN_CODE", { code, minutes: codeTtlMs.SIGN_IN / 60_000 }, { inApp: false });
  });
}

export function checkSignInCode(identifier: string, code: string, now = new Date()) {
  return useCode("SIGN_IN", accountKey(identifier), code, now);
}
