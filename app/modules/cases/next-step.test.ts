import { describe, expect, test } from "vitest";
import { nextStep, orderedActions, primaryAction, type PageAction, type StepCase } from "./next-step";

const base: StepCase = { status: "SUBMITTED", resolutionProposedAt: null, withdrawalRequestedAt: null, acceptDueAt: "2026-12-08", dueAt: null, pausedAt: null };

describe("the next step a case waits for", () => {
  test.each([
    ["received: acceptance by its date", base, "NONE", "SUBMITTED", "2026-12-08"],
    ["accepted: a handler", { ...base, status: "ACCEPTED", dueAt: "2027-01-07" }, "NONE", "ACCEPTED", "2027-01-07"],
    ["in progress", { ...base, status: "IN_PROGRESS", dueAt: "2027-01-07" }, "NONE", "IN_PROGRESS", "2027-01-07"],
    ["a proposal waits for the leader", { ...base, status: "IN_PROGRESS", dueAt: "2027-01-07", resolutionProposedAt: "2026-12-20" }, "NONE", "PROPOSED", "2027-01-07"],
    ["a required dialogue comes before anything else", { ...base, status: "IN_PROGRESS", dueAt: "2027-01-07" }, "REQUIRED", "DIALOGUE", "2027-01-07"],
    ["a held dialogue no longer blocks", { ...base, status: "IN_PROGRESS", dueAt: "2027-01-07" }, "HELD", "IN_PROGRESS", "2027-01-07"],
    ["suspended since the decision", { ...base, status: "SUSPENDED", pausedAt: "2026-12-10" }, "REQUIRED", "SUSPENDED", "2026-12-10"],
    ["a denouncer's withdrawal waits for the resolver", { ...base, status: "IN_PROGRESS", withdrawalRequestedAt: "2026-12-11" }, "NONE", "WITHDRAWAL", "2026-12-11"],
    ["resolved", { ...base, status: "RESOLVED" }, "NONE", "DONE", null],
  ] as const)("%s", (_label, c, dialogue, key, date) => {
    expect(nextStep(c, dialogue)).toEqual({ key, date });
  });
});

describe("the primary action among the allowed ones", () => {
  const all: PageAction[] = ["accept", "assign", "proposeResolution", "approveResolution", "resume", "end", "note", "scheduleDialogue", "decline"];
  test.each([
    ["received → accept", base, "NONE", all, "accept"],
    ["accepted → assign", { ...base, status: "ACCEPTED" }, "NONE", all, "assign"],
    ["in progress, dialogue required → schedule it", { ...base, status: "IN_PROGRESS" }, "REQUIRED", all, "scheduleDialogue"],
    ["proposal pending → approve", { ...base, status: "IN_PROGRESS", resolutionProposedAt: "x" }, "NONE", all, "approveResolution"],
    ["suspended → resume", { ...base, status: "SUSPENDED" }, "NONE", all, "resume"],
    ["withdrawal asked → end", { ...base, status: "IN_PROGRESS", withdrawalRequestedAt: "x" }, "NONE", all, "end"],
    ["not allowed for this person → none", { ...base, status: "IN_PROGRESS", resolutionProposedAt: "x" }, "NONE", ["note"], null],
  ] as const)("%s", (_label, c, dialogue, allowed, expected) => {
    expect(primaryAction(allowed, c, dialogue)).toBe(expected);
  });

  test("the primary action first, then the page's order; nothing that is not allowed", () => {
    expect(orderedActions(["decline", "note", "accept", "transfer"], "accept")).toEqual(["accept", "note", "transfer", "decline"]);
    expect(orderedActions(["note", "resume", "end"], "resume")).toEqual(["resume", "note", "end"]);
    expect(orderedActions(["note"], null)).toEqual(["note"]);
  });
});
