import { describe, expect, test } from "vitest";
import { homePathFor, isRole, permissions, roleHasPermission, roleNeedsUnit, roles } from "./roles";

describe("roles and permissions", () => {
  test("a citizen files and reads only their own cases", () => {
    expect(roleHasPermission("CITIZEN", "case:file")).toBe(true);
    expect(roleHasPermission("CITIZEN", "case:read:own")).toBe(true);
    expect(roleHasPermission("CITIZEN", "case:read:unit")).toBe(false);
    expect(roleHasPermission("CITIZEN", "admin:users")).toBe(false);
  });

  test("only a leader approves resolutions and sees child units", () => {
    const approvers = roles.filter((r) => roleHasPermission(r, "case:approve"));
    expect(approvers).toEqual(["LEADER"]);
    expect(roles.filter((r) => roleHasPermission(r, "case:read:subtree"))).toEqual(["LEADER"]);
  });

  test("only the handler and leader roles may reveal a denouncer", () => {
    expect(roles.filter((r) => roleHasPermission(r, "identity:reveal"))).toEqual(["HANDLER", "LEADER"]);
  });

  test("an admin administers but does not work cases", () => {
    expect(roleHasPermission("ADMIN", "admin:users")).toBe(true);
    expect(roleHasPermission("ADMIN", "case:read:unit")).toBe(false);
    expect(roleHasPermission("ADMIN", "case:triage")).toBe(false);
  });

  test("the commune's reception officers and leaders run residents' decisions; only a leader answers the boards", () => {
    expect(roles.filter((r) => roleHasPermission(r, "democracy:manage"))).toEqual(["RECEPTION", "LEADER"]);
    expect(roles.filter((r) => roleHasPermission(r, "democracy:answer"))).toEqual(["LEADER"]);
  });

  test("an unknown role has no permission at all", () => {
    for (const p of permissions) expect(roleHasPermission("SUPERUSER", p)).toBe(false);
    expect(isRole("SUPERUSER")).toBe(false);
  });

  test("staff and mediators need a unit; citizens and admins do not", () => {
    expect(roles.filter(roleNeedsUnit)).toEqual(["RECEPTION", "HANDLER", "LEADER", "MEDIATOR"]);
  });

  test("each role lands on its own home", () => {
    expect(homePathFor("CITIZEN")).toBe("/cases");
    expect(homePathFor("HANDLER")).toBe("/desk");
    expect(homePathFor("ADMIN")).toBe("/admin");
    expect(homePathFor("MEDIATOR")).toBe("/mediation");
  });
});
