import { db, isUniqueViolation, write } from "~/utils/db.server";
import { referenceChanged } from "~/utils/reference-cache.server";
import { foldForSearch } from "~/utils/text";
import { audit } from "../audit/audit.server";
import { childPath, createUnit } from "./units.server";

type UnitInput = { name: string; code: string; levelId: string; parentId?: string; remote?: boolean; active?: boolean };
type Result = { ok: true; unit: { id: string; name: string } } | { ok: false; errors: Record<string, string[]> };

async function checkUnitInput(input: UnitInput, unitId?: string) {
  const errors: Record<string, string[]> = {};
  const sameCode = await db.unit.findUnique({ where: { code: input.code }, select: { id: true } });
  if (sameCode && sameCode.id !== unitId) errors.code = ["errors.codeTaken"];
  if (!(await db.unitLevel.findUnique({ where: { id: input.levelId }, select: { id: true } }))) {
    errors.levelId = ["errors.invalidChoice"];
  }
  if (input.parentId) {
    const parent = await db.unit.findUnique({ where: { id: input.parentId }, select: { path: true } });
    if (!parent) errors.parentId = ["errors.invalidChoice"];
    // A unit under itself or under one of its own descendants would make a loop.
    else if (unitId && parent.path.includes(`/${unitId}/`)) errors.parentId = ["errors.parentCycle"];
  }
  return errors;
}

export async function createUnitByAdmin(actorId: string, input: UnitInput): Promise<Result> {
  const errors = await checkUnitInput(input);
  if (Object.keys(errors).length) return { ok: false, errors };
  try {
    const unit = await write(async (tx) => {
      const created = await createUnit(tx, {
        code: input.code,
        name: input.name,
        nameSearch: foldForSearch(input.name),
        levelId: input.levelId,
        parentId: input.parentId ?? null,
        remote: input.remote ?? false,
        active: input.active ?? true,
      });
      await audit(tx, { actorId, action: "UNIT_CREATED", targetType: "Unit", targetId: created.id, data: { code: created.code } });
      return created;
    });
    return { ok: true, unit };
  } catch (error) {
    if (isUniqueViolation(error)) return { ok: false, errors: { code: ["errors.codeTaken"] } };
    throw error;
  }
}

export async function updateUnitByAdmin(actorId: string, unitId: string, input: UnitInput): Promise<Result> {
  const errors = await checkUnitInput(input, unitId);
  if (Object.keys(errors).length) return { ok: false, errors };
  try {
    const unit = await write(async (tx) => {
      const before = await tx.unit.findUniqueOrThrow({ where: { id: unitId } });
      const parent = input.parentId
        ? await tx.unit.findUniqueOrThrow({ where: { id: input.parentId }, select: { path: true } })
        : null;
      const path = childPath(parent?.path ?? null, unitId);
      const updated = await tx.unit.update({
        where: { id: unitId },
        data: {
          name: input.name,
          nameSearch: foldForSearch(input.name),
          code: input.code,
          levelId: input.levelId,
          parentId: input.parentId ?? null,
          remote: input.remote ?? false,
          active: input.active ?? false,
          path,
        },
      });
      // Moving a unit moves its whole subtree: rewrite the descendants' paths.
      if (before.path !== path) {
        const descendants = await tx.unit.findMany({
          where: { path: { startsWith: before.path }, NOT: { id: unitId } },
          select: { id: true, path: true },
        });
        for (const d of descendants) {
          await tx.unit.update({ where: { id: d.id }, data: { path: path + d.path.slice(before.path.length) } });
        }
      }
      await referenceChanged(tx, "units");
      await audit(tx, {
        actorId,
        action: "UNIT_UPDATED",
        targetType: "Unit",
        targetId: unitId,
        data: { code: updated.code, parentId: before.parentId !== updated.parentId ? [before.parentId, updated.parentId] : undefined },
      });
      return updated;
    });
    return { ok: true, unit };
  } catch (error) {
    if (isUniqueViolation(error)) return { ok: false, errors: { code: ["errors.codeTaken"] } };
    throw error;
  }
}
