/**
 * How sign-in attempts are slowed down, as a pure decision (table-tested in
 * sign-in-throttle.test.ts). Three counters, each raised BEFORE the password
 * is checked (sign-in-throttle.server.ts):
 *
 * - account and address together: 5 tries free in 15 minutes, then each try
 *   must wait a delay that doubles (5 s, 10 s, 20 s … up to 15 minutes). An
 *   attacker elsewhere never slows the owner at home: a different address is
 *   a different counter, so five wrong passwords from anyone no longer lock
 *   the real owner out.
 * - the address alone (any account): 100 tries free in 15 minutes, then a
 *   delay that doubles up to one minute. A commune office behind one NAT is
 *   slowed by a minute at worst, never locked out; credential stuffing from
 *   one address is slowed to a crawl.
 * - the account alone (any address): past 20 tries in 15 minutes — guessing
 *   from many addresses — signing in also needs a one-time code sent to the
 *   owner. The owner gets in with the code; the attacker cannot.
 */
export type ThrottleRule = { free: number; baseDelayMs: number; maxDelayMs: number };

export type SignInPolicy = {
  windowMs: number;
  pair: ThrottleRule;
  address: ThrottleRule;
  account: { codeAfter: number };
  /**
   * A refused try is answered after this pause (never longer than the wait it
   * announces): a client hammering the form waits on its own connection,
   * which costs the server nothing, instead of taking its time from everyone
   * else's pages. A person who was refused reads the same answer 2 s later.
   */
  refusalPauseMs: number;
};

export const signInPolicy: SignInPolicy = {
  windowMs: 15 * 60 * 1000,
  pair: { free: 5, baseDelayMs: 5_000, maxDelayMs: 15 * 60 * 1000 },
  address: { free: 100, baseDelayMs: 1_000, maxDelayMs: 60 * 1000 },
  account: { codeAfter: 20 },
  refusalPauseMs: 2_000,
};

/** How long a refused try's answer is held (see `refusalPauseMs`). */
export function refusalPause(waitSeconds: number, policy: SignInPolicy = signInPolicy): number {
  return Math.max(0, Math.min(policy.refusalPauseMs, waitSeconds * 1000));
}

/** The wait imposed after the n-th try of a window (0 while tries are free). */
export function delayAfter(n: number, rule: ThrottleRule): number {
  if (n <= rule.free) return 0;
  return Math.min(rule.maxDelayMs, rule.baseDelayMs * 2 ** Math.min(30, n - rule.free - 1));
}

export type Counter = { count: number; blockedUntil: Date | null };

export type Gate =
  /** Refused without checking the password: try again after `seconds`. */
  | { kind: "wait"; seconds: number }
  /** The password may be checked (with a code when `needsCode`); the blocks to set for the next try. */
  | { kind: "check"; needsCode: boolean; blockPairUntil: Date | null; blockAddressUntil: Date | null };

export function signInGate(c: { pair: Counter; address: Counter; account: Counter }, now: Date, policy: SignInPolicy = signInPolicy): Gate {
  const blocked = [c.pair.blockedUntil, c.address.blockedUntil].filter((d): d is Date => !!d && d.getTime() > now.getTime());
  if (blocked.length) {
    const until = Math.max(...blocked.map((d) => d.getTime()));
    return { kind: "wait", seconds: Math.max(1, Math.ceil((until - now.getTime()) / 1000)) };
  }
  const pairDelay = delayAfter(c.pair.count, policy.pair);
  const addressDelay = delayAfter(c.address.count, policy.address);
  return {
    kind: "check",
    needsCode: c.account.count > policy.account.codeAfter,
    blockPairUntil: pairDelay ? new Date(now.getTime() + pairDelay) : null,
    blockAddressUntil: addressDelay ? new Date(now.getTime() + addressDelay) : null,
  };
}
