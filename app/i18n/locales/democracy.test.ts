import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { expect, test } from "vitest";
import { en } from "./en";
import { vi } from "./vi";

/**
 * Every literal democracy key a page or module asks for exists in both
 * catalogues (a missing key would show as the raw key). Keys built at run time
 * (`democracy.subjects.${code}`) are covered by the enumerations they come from.
 */
function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (name === "generated" || name === "node_modules") return [];
    return statSync(full).isDirectory() ? files(full) : /\.(ts|tsx)$/.test(name) && !name.endsWith(".test.ts") ? [full] : [];
  });
}
const lookup = (catalogue: object, key: string) => key.split(".").reduce<unknown>((o, k) => (o && typeof o === "object" ? (o as Record<string, unknown>)[k] : undefined), catalogue);

test("every democracy key used in the code is in both catalogues", () => {
  const used = new Set<string>();
  for (const file of files(path.resolve("app"))) {
    for (const m of readFileSync(file, "utf8").matchAll(/["`](democracy\.[A-Za-z0-9_.]+)(?:\?[^"`]*)?["`]/g)) used.add(m[1]!);
  }
  expect(used.size).toBeGreaterThan(100);
  const missing = [...used].filter((k) => typeof lookup(vi, k) !== "string" || typeof lookup(en, k) !== "string");
  expect(missing).toEqual([]);
});

test("every subject, phase, result and kind of the domain has words in both languages", async () => {
  const { democracyRules } = await import("../../../prisma/seed-data/democracy-rules");
  const { matterResults, matterForms, areaKinds, boardKinds, memberRoles, ruleKinds } = await import("~/modules/democracy/constants");
  const keys = [
    ...democracyRules.map((r) => `democracy.subjects.${r.code}`),
    ...matterResults.flatMap((r) => [`democracy.results.${r}`, `democracy.resultBadge.${r}`]),
    ...matterForms.map((f) => `democracy.forms.${f}`),
    ...areaKinds.map((k) => `democracy.areaKinds.${k}`),
    ...boardKinds.map((k) => `democracy.boardKinds.${k}`),
    ...memberRoles.map((r) => `democracy.memberRoles.${r}`),
    ...ruleKinds.map((k) => `democracy.rules.kinds.${k}`),
    ...["UPCOMING", "VOTING", "COUNTING", "CLOSED", "DECIDED", "CANCELLED"].map((p) => `democracy.phases.${p}`),
    ...["UPCOMING", "OPEN", "CLOSED", "PUBLISHED", "DECIDED"].map((p) => `democracy.consultationPhases.${p}`),
  ];
  expect(keys.filter((k) => typeof lookup(vi, k) !== "string" || typeof lookup(en, k) !== "string")).toEqual([]);
});
