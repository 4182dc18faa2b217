import { describe, expect, test } from "vitest";
import { createServerI18n } from "~/i18n/i18n.server";
import type { SessionUser } from "../auth/session.server";
import { mayManageTeamsOf } from "./access.server";

describe("mediation texts", () => {
  test("the outcome notification names the outcome in the recipient's language", () => {
    expect(createServerI18n("vi").t("notify.MEDIATION_OUTCOME.body", { code: "HG-TOHIEU-2026-0001", outcome: "AGREED" })).toBe("Vụ hòa giải HG-TOHIEU-2026-0001: Hòa giải thành.");
    expect(createServerI18n("en").t("notify.MEDIATION_OUTCOME.body", { code: "HG-TOHIEU-2026-0001", outcome: "NOT_AGREED" })).toBe("Mediation HG-TOHIEU-2026-0001: No agreement.");
  });
});

describe("who manages teams", () => {
  const ward = { id: "tohieu", path: "/sla/tohieu/" };
  const user = (role: string, unit: { id: string; path: string } | null) =>
    ({ id: "u", role, unitId: unit?.id ?? null, unit: unit ? { ...unit, name: "", code: "" } : null }) as unknown as SessionUser;
  test.each([
    ["ADMIN", null, true],
    ["RECEPTION", ward, true],
    ["LEADER", { id: "sla", path: "/sla/" }, true], // a leader: units below theirs
    ["RECEPTION", { id: "chiengan", path: "/sla/chiengan/" }, false], // another commune's officer
    ["HANDLER", ward, false],
    ["MEDIATOR", ward, false],
    ["CITIZEN", null, false],
  ] as const)("%s of %o → %s", (role, unit, expected) => {
    expect(mayManageTeamsOf(user(role, unit), ward)).toBe(expected);
  });
});
