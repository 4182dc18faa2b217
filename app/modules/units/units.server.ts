import { db, type Tx } from "~/utils/db.server";
import { cachedReference, referenceChanged } from "~/utils/reference-cache.server";
import { roleHasPermission } from "../auth/roles";
import { sortUnits } from "./order";

/**
 * Every unit (active or not) with what pages show of it, from the reference
 * cache (a province has ~100 units): looked up here instead of a query per page.
 */
export function unitDirectory() {
  return cachedReference("units", "directory", () =>
    db.unit.findMany({ orderBy: { path: "asc" }, select: { id: true, code: true, name: true, path: true, parentId: true, active: true } }),
  );
}

export async function unitById(id: string) {
  return (await unitDirectory()).find((u) => u.id === id) ?? null;
}

/** Ids of a unit and every unit below it (small: a province has ~100 units). */
export async function subtreeUnitIds(unitPath: string): Promise<string[]> {
  return (await unitDirectory()).filter((u) => u.path.startsWith(unitPath)).map((u) => u.id);
}

export function childPath(parentPath: string | null, id: string): string {
  return `${parentPath ?? "/"}${id}/`;
}

/** Active units as a tree, for pickers (grouped select: parent → children). From the reference cache: do not change it. */
export async function listActiveUnits() {
  return cachedReference("units", "active", async () =>
    sortUnits(
      await db.unit.findMany({
        where: { active: true },
        select: { id: true, name: true, code: true, parentId: true, path: true, level: { select: { code: true, rank: true } } },
      }),
    ),
  );
}

/** Creates a unit and sets its materialised path (its own id is part of it). */
export async function createUnit(
  tx: Tx,
  data: { code: string; name: string; nameSearch: string; levelId: string; parentId: string | null; remote?: boolean; active?: boolean; sortOrder?: number; validTo?: Date | null },
) {
  const parent = data.parentId ? await tx.unit.findUniqueOrThrow({ where: { id: data.parentId }, select: { path: true } }) : null;
  const created = await tx.unit.create({ data: { ...data, path: "" } });
  await referenceChanged(tx, "units");
  return tx.unit.update({ where: { id: created.id }, data: { path: childPath(parent?.path ?? null, created.id) } });
}

/** Choices for the unit form: levels and possible parents (active units). */
export async function unitFormOptions() {
  const [levels, parents] = await Promise.all([
    db.unitLevel.findMany({ orderBy: { rank: "asc" }, select: { id: true, code: true } }),
    db.unit.findMany({ where: { active: true }, select: { id: true, name: true, level: { select: { rank: true } } } }),
  ]);
  return { levels, parents: sortUnits(parents).map(({ id, name }) => ({ id, name })) };
}

/** The units whose cases a staff member may see: their own, and for a leader the units below. */
export async function staffScopeUnitIds(user: { role: string; unitId: string | null; unit: { path: string } | null }): Promise<string[]> {
  if (!user.unitId || !user.unit) return [];
  return roleHasPermission(user.role, "case:read:subtree") ? subtreeUnitIds(user.unit.path) : [user.unitId];
}

/** Where a case can be transferred: every other active unit, in picker order. */
export async function transferTargets(fromUnitId: string) {
  return (await listActiveUnits()).filter((u) => u.id !== fromUnitId).map(({ id, name }) => ({ id, name }));
}
