import { db, type Tx } from "~/utils/db.server";
import { roleHasPermission } from "../auth/roles";
import { sortUnits } from "./order";

/** Ids of a unit and every unit below it (small: a province has ~100 units). */
export async function subtreeUnitIds(unitPath: string): Promise<string[]> {
  const units = await db.unit.findMany({ where: { path: { startsWith: unitPath } }, select: { id: true } });
  return units.map((u) => u.id);
}

export function childPath(parentPath: string | null, id: string): string {
  return `${parentPath ?? "/"}${id}/`;
}

/** Active units as a tree, for pickers (grouped select: parent → children). */
export async function listActiveUnits() {
  const units = await db.unit.findMany({
    where: { active: true },
    select: { id: true, name: true, code: true, parentId: true, path: true, level: { select: { code: true, rank: true } } },
  });
  return sortUnits(units);
}

/** Creates a unit and sets its materialised path (its own id is part of it). */
export async function createUnit(
  tx: Tx,
  data: { code: string; name: string; nameSearch: string; levelId: string; parentId: string | null; remote?: boolean; active?: boolean; sortOrder?: number; validTo?: Date | null },
) {
  const parent = data.parentId ? await tx.unit.findUniqueOrThrow({ where: { id: data.parentId }, select: { path: true } }) : null;
  const created = await tx.unit.create({ data: { ...data, path: "" } });
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
  const units = await db.unit.findMany({ where: { active: true, NOT: { id: fromUnitId } }, select: { id: true, name: true, level: { select: { rank: true } } } });
  return sortUnits(units).map(({ id, name }) => ({ id, name }));
}
