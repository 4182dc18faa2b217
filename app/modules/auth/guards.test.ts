import { describe, expect, test } from "vitest";
import { canAccessUnit } from "./guards.server";

const province = { id: "p", path: "/p/" };
const commune = { id: "c1", path: "/p/c1/" };
const otherCommune = { id: "c2", path: "/p/c2/" };
// A unit whose id is a prefix of another's must not leak into it.
const lookalike = { id: "c1x", path: "/p/c1x/" };

const staff = (role: string, unit: { id: string; path: string }) => ({ role, unitId: unit.id, unit: { path: unit.path } });

describe("canAccessUnit", () => {
  test("staff see their own unit", () => {
    expect(canAccessUnit(staff("HANDLER", commune), commune)).toBe(true);
    expect(canAccessUnit(staff("RECEPTION", commune), commune)).toBe(true);
  });

  test("staff of one commune are refused another commune", () => {
    expect(canAccessUnit(staff("HANDLER", commune), otherCommune)).toBe(false);
    expect(canAccessUnit(staff("LEADER", commune), otherCommune)).toBe(false);
    expect(canAccessUnit(staff("LEADER", commune), lookalike)).toBe(false);
  });

  test("a leader sees child units; a handler of the parent does not", () => {
    expect(canAccessUnit(staff("LEADER", province), commune)).toBe(true);
    expect(canAccessUnit(staff("HANDLER", province), commune)).toBe(false);
  });

  test("nobody sees up the tree", () => {
    expect(canAccessUnit(staff("LEADER", commune), province)).toBe(false);
  });

  test("a user without a unit sees no unit", () => {
    expect(canAccessUnit({ role: "LEADER", unitId: null, unit: null }, commune)).toBe(false);
  });
});
