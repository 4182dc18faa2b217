import { describe, expect, test } from "vitest";
import { mayScheduleCaseDialogue } from "./agenda";

const ward = "ward-1";
const complaint = { kind: "COMPLAINT", status: "IN_PROGRESS", unitId: ward };

describe("who is offered to schedule a case's dialogue", () => {
  test.each([
    ["the ward's handler, a complaint in progress", { role: "HANDLER", unitId: ward }, complaint, true],
    ["the ward's leader, an accepted complaint", { role: "LEADER", unitId: ward }, { ...complaint, status: "ACCEPTED" }, true],
    ["the province's leader, a ward's complaint", { role: "LEADER", unitId: "province" }, complaint, false],
    ["a handler, a feedback", { role: "HANDLER", unitId: ward }, { ...complaint, kind: "FEEDBACK" }, false],
    ["a handler, a resolved complaint", { role: "HANDLER", unitId: ward }, { ...complaint, status: "RESOLVED" }, false],
    ["a mediator of the ward", { role: "MEDIATOR", unitId: ward }, complaint, false],
  ])("%s", (_name, user, c, expected) => {
    expect(mayScheduleCaseDialogue(user, c)).toBe(expected);
  });
});
