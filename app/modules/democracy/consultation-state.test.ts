import { describe, expect, test } from "vitest";
import { consultationActions, consultationPhase, isReady, mayDoConsultation, publishReadiness, type ConsultationAction } from "./consultation-state";

const opensAt = new Date("2026-06-01T00:00:00+07:00");
const closesAt = new Date("2026-06-30T17:00:00+07:00");
const before = new Date("2026-05-31T12:00:00+07:00");
const during = new Date("2026-06-15T12:00:00+07:00");
const after = new Date("2026-07-01T08:00:00+07:00");
const c = (status: string) => ({ status, opensAt, closesAt });

test.each([
  [c("OPEN"), before, "UPCOMING"],
  [c("OPEN"), during, "OPEN"],
  [c("OPEN"), closesAt, "CLOSED"],
  [c("PUBLISHED"), after, "PUBLISHED"],
  [c("DECIDED"), after, "DECIDED"],
] as const)("phase of %o at %s → %s", (cons, now, phase) => {
  expect(consultationPhase(cons, now)).toBe(phase);
});

const ready = { pending: 0, ungrouped: 0, unanswered: 0 };
const notReady = { pending: 1, ungrouped: 0, unanswered: 0 };
const table: [string, ReturnType<typeof c>, Date, typeof ready, Record<ConsultationAction, string>][] = [
  ["before", c("OPEN"), before, ready, { comment: "notOpen", moderate: "finished", group: "finished", publish: "notClosed", decide: "notPublished" }],
  ["open", c("OPEN"), during, ready, { comment: "✓", moderate: "✓", group: "✓", publish: "notClosed", decide: "notPublished" }],
  ["closed, comments pending", c("OPEN"), after, notReady, { comment: "closed", moderate: "✓", group: "✓", publish: "notReady", decide: "notPublished" }],
  ["closed, ready", c("OPEN"), after, ready, { comment: "closed", moderate: "✓", group: "✓", publish: "✓", decide: "notPublished" }],
  ["published", c("PUBLISHED"), after, ready, { comment: "closed", moderate: "finished", group: "finished", publish: "finished", decide: "✓" }],
  ["decided", c("DECIDED"), after, ready, { comment: "closed", moderate: "finished", group: "finished", publish: "finished", decide: "finished" }],
];
describe.each(table)("%s", (_n, cons, now, readiness, expected) => {
  test.each(consultationActions.map((a) => [a]))("%s", (action) => {
    const r = mayDoConsultation(action, cons, now, readiness);
    expect(r.ok ? "✓" : r.reason).toBe(expected[action]);
  });
});

describe("publishing needs every accepted comment grouped and every used group answered", () => {
  const groups = [
    { id: "g1", answer: "Phường sẽ lắp thêm đèn." },
    { id: "g2", answer: null },
    { id: "g3", answer: "   " },
  ];
  test.each([
    [[{ moderation: "ACCEPTED", groupId: "g1" }, { moderation: "REJECTED", groupId: null }], { pending: 0, ungrouped: 0, unanswered: 0 }, true],
    [[{ moderation: "PENDING", groupId: null }], { pending: 1, ungrouped: 0, unanswered: 0 }, false],
    [[{ moderation: "ACCEPTED", groupId: null }], { pending: 0, ungrouped: 1, unanswered: 0 }, false],
    [[{ moderation: "ACCEPTED", groupId: "gone" }], { pending: 0, ungrouped: 1, unanswered: 0 }, false],
    [[{ moderation: "ACCEPTED", groupId: "g2" }, { moderation: "ACCEPTED", groupId: "g3" }], { pending: 0, ungrouped: 0, unanswered: 2 }, false],
    // An unused group without an answer does not block (nothing of it is published).
    [[{ moderation: "ACCEPTED", groupId: "g1" }], { pending: 0, ungrouped: 0, unanswered: 0 }, true],
  ] as const)("%o", (comments, readiness, ok) => {
    const r = publishReadiness(comments, groups);
    expect(r).toEqual(readiness);
    expect(isReady(r)).toBe(ok);
  });
});
