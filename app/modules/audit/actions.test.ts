import { describe, expect, test } from "vitest";
import { en } from "~/i18n/locales/en";
import { vi } from "~/i18n/locales/vi";
import { auditActions, changesOf } from "./actions";

describe("the audit log's words", () => {
  test("every recorded action has a label in both languages", () => {
    for (const action of auditActions) {
      expect((vi.audit as Record<string, string>)[action], action).toBeTruthy();
      expect((en.audit as Record<string, string>)[action], action).toBeTruthy();
    }
  });

  test.each([
    ["a role and unit change", '{"role":["HANDLER","LEADER"],"unitId":["u1","u2"]}', [{ field: "role", from: "HANDLER", to: "LEADER" }, { field: "unitId", from: "u1", to: "u2" }]],
    ["a setting", '{"from":10,"to":1}', [{ field: "value", from: 10, to: 1 }]],
    ["plain facts", '{"code":"HG-1","outcome":"AGREED"}', [{ field: "code", to: "HG-1" }, { field: "outcome", to: "AGREED" }]],
    ["nothing", null, []],
    ["not JSON", "oops", []],
  ])("changes: %s", (_name, data, expected) => {
    expect(changesOf(data)).toEqual(expected);
  });
});
