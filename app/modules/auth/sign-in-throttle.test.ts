import { describe, expect, test } from "vitest";
import { delayAfter, refusalPause, signInGate, signInPolicy } from "./sign-in-throttle";

const now = new Date("2026-11-27T03:00:00Z");
const free = { count: 1, blockedUntil: null };
const at = (seconds: number) => new Date(now.getTime() + seconds * 1000);

describe("sign-in throttle", () => {
  test.each([
    [1, 0],
    [5, 0],
    [6, 5_000],
    [7, 10_000],
    [8, 20_000],
    [12, 320_000],
    [13, 640_000],
    [14, 900_000],
    [400, 900_000],
  ])("for one account from one address, try %i waits %i ms after", (n, ms) => {
    expect(delayAfter(n, signInPolicy.pair)).toBe(ms);
  });

  test("an address (one office NAT) is slowed by a minute at most, never locked", () => {
    expect(delayAfter(100, signInPolicy.address)).toBe(0);
    expect(delayAfter(101, signInPolicy.address)).toBe(1_000);
    expect(delayAfter(10_000, signInPolicy.address)).toBe(60_000);
  });

  test.each([
    ["free tries", { pair: free, address: free, account: free }, { kind: "check", needsCode: false, blockPairUntil: null, blockAddressUntil: null }],
    ["the sixth try from one address sets a 5 s wait for the next", { pair: { count: 6, blockedUntil: null }, address: free, account: { count: 6, blockedUntil: null } }, { kind: "check", needsCode: false, blockPairUntil: at(5), blockAddressUntil: null }],
    ["inside the wait: refused, the password is not checked", { pair: { count: 7, blockedUntil: at(4) }, address: free, account: free }, { kind: "wait", seconds: 4 }],
    ["a wait that has passed does not refuse", { pair: { count: 7, blockedUntil: at(-1) }, address: free, account: free }, { kind: "check", needsCode: false, blockPairUntil: at(10), blockAddressUntil: null }],
    ["the address's own wait refuses too", { pair: free, address: { count: 150, blockedUntil: at(30) }, account: free }, { kind: "wait", seconds: 30 }],
    ["guessing one account from many addresses: a code is needed, nobody waits", { pair: free, address: free, account: { count: 21, blockedUntil: null } }, { kind: "check", needsCode: true, blockPairUntil: null, blockAddressUntil: null }],
    ["20 tries on an account are still without a code", { pair: free, address: free, account: { count: 20, blockedUntil: null } }, { kind: "check", needsCode: false, blockPairUntil: null, blockAddressUntil: null }],
  ] as const)("%s", (_name, counters, gate) => {
    expect(signInGate(counters, now)).toEqual(gate);
  });
});

describe("a refused try's answer", () => {
  test("is held 2 s, never longer than the wait it announces", () => {
    expect(refusalPause(5)).toBe(2_000);
    expect(refusalPause(900)).toBe(2_000);
    expect(refusalPause(1)).toBe(1_000);
    expect(refusalPause(0)).toBe(0);
  });
});
