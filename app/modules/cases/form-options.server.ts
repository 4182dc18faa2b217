import type { TFunction } from "i18next";
import { db } from "~/utils/db.server";
import { cachedReference } from "~/utils/reference-cache.server";
import { compareVietnamese } from "~/utils/text";

/**
 * Units a case can be filed with, grouped for a <select> with <optgroup>s
 * (works without JavaScript): the province itself, its agencies, its
 * communes and wards — or, in a three-tier tree, each district's communes.
 */
export function unitGroups(language: string) {
  return cachedReference("units", `groups:${language}`, () => loadUnitGroups(language));
}

async function loadUnitGroups(language: string) {
  const units = await db.unit.findMany({
    where: { active: true },
    orderBy: [{ sortOrder: "asc" }, { name: "asc" }],
    select: { id: true, name: true, parentId: true, level: { select: { code: true, nameVi: true, nameEn: true, rank: true } } },
  });
  const groups = new Map<string, { label: string; units: { id: string; name: string }[] }>();
  const byId = new Map(units.map((u) => [u.id, u]));
  for (const u of units) {
    const parent = u.parentId ? byId.get(u.parentId) : undefined;
    // Group by parent and level: "Tỉnh Sơn La — Sở, ban, ngành", "Tỉnh Sơn La — Xã, phường, đặc khu".
    const key = u.parentId ? `${u.parentId}:${u.level.code}` : "top";
    const levelName = language === "en" ? u.level.nameEn : u.level.nameVi;
    const label = parent ? `${parent.name} — ${levelName}` : levelName;
    if (!groups.has(key)) groups.set(key, { label, units: [] });
    groups.get(key)!.units.push({ id: u.id, name: u.name });
  }
  return [...groups.values()].map((g) => ({ ...g, units: g.units.sort((a, b) => compareVietnamese(a.name, b.name)) }));
}

/** Active categories in the language, for selects. From the reference cache: do not change it. */
export function categoryOptions(language: string) {
  return cachedReference("categories", `options:${language}`, async () => {
    const categories = await db.category.findMany({ where: { active: true }, orderBy: { sortOrder: "asc" } });
    return categories.map((c) => ({ id: c.id, name: language === "en" ? c.nameEn : c.nameVi }));
  });
}

/** Every category row (active or not), from the reference cache. Do not change it. */
export function allCategories() {
  return cachedReference("categories", "all", () => db.category.findMany({ orderBy: { sortOrder: "asc" } }));
}

export type { TFunction };
