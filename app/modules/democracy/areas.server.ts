import { db, write } from "~/utils/db.server";
import { audit } from "~/modules/audit/audit.server";
import { forbidden } from "~/utils/http.server";
import { mayManageDemocracy } from "./access.server";
import type { AreaKind } from "./constants";
import { parseRegister, type RegisterProblem } from "./household-csv";

type Officer = { id: string; role: string; unitId: string | null };

/** A commune's villages and residential groups, with how many households each has on its register. */
export async function unitAreas(unitId: string) {
  const [areas, counts] = await Promise.all([
    db.residentArea.findMany({ where: { unitId }, orderBy: { name: "asc" }, select: { id: true, name: true, kind: true, active: true, importedAt: true } }),
    db.household.groupBy({ by: ["areaId"], where: { area: { unitId }, active: true }, _count: { _all: true } }),
  ]);
  const byArea = new Map(counts.map((c) => [c.areaId, c._count._all]));
  return areas.map((a) => ({ ...a, households: byArea.get(a.id) ?? 0 }));
}

export async function areaForOfficer(officer: Officer, areaId: string) {
  const area = await db.residentArea.findUnique({ where: { id: areaId }, select: { id: true, unitId: true, name: true, kind: true, importedAt: true, unit: { select: { name: true } } } });
  if (!area) return null;
  if (!mayManageDemocracy(officer, area.unitId)) forbidden();
  return area;
}

export const householdPageSize = 50;

/** One page of an area's register, by household code (keyset on the unique (areaId, code)). */
export async function areaHouseholds(areaId: string, after: string | null) {
  const rows = await db.household.findMany({
    where: { areaId, active: true, ...(after ? { code: { gt: after } } : {}) },
    orderBy: { code: "asc" },
    take: householdPageSize + 1,
    select: { id: true, code: true, headName: true, voters: { select: { name: true, userId: true, user: { select: { identityVerified: true } } }, orderBy: { name: "asc" } } },
  });
  const shown = rows.slice(0, householdPageSize);
  return {
    households: shown.map((h) => ({
      id: h.id,
      code: h.code,
      headName: h.headName,
      voters: h.voters.map((v) => ({ name: v.name, linked: !!v.userId, verified: !!v.user?.identityVerified })),
    })),
    next: rows.length > householdPageSize ? (shown.at(-1)?.code ?? null) : null,
  };
}

export type ImportResult =
  | { ok: true; areaId: string; households: number; voters: number; linked: number; deactivated: number }
  | { ok: false; error: "unreadable" | "noHeader" | "empty" | "tooMany" | "duplicateName" }
  | { ok: false; problems: RegisterProblem[] };

/**
 * Imports the register of a village or residential group — all of it or
 * nothing (a register half-updated would give a wrong roll). Households are
 * matched by code: new ones added, changed heads updated, those no longer
 * listed made inactive (past rolls keep them); each household's voters are
 * replaced, and linked to the citizen account with their phone or email.
 */
export async function importRegister(
  officer: Officer,
  target: { areaId: string } | { name: string; kind: AreaKind },
  csv: string,
  now = new Date(),
): Promise<ImportResult> {
  if (!officer.unitId || !mayManageDemocracy(officer, officer.unitId)) forbidden();
  const unitId = officer.unitId;
  const parsed = parseRegister(csv);
  if (!parsed.ok) return { ok: false, error: parsed.error };
  if (parsed.problems.length) return { ok: false, problems: parsed.problems };

  if ("areaId" in target) {
    const area = await db.residentArea.findUnique({ where: { id: target.areaId }, select: { unitId: true } });
    if (!area || area.unitId !== unitId) forbidden();
  } else if (await db.residentArea.findUnique({ where: { unitId_name: { unitId, name: target.name } }, select: { id: true } })) {
    return { ok: false, error: "duplicateName" };
  }

  const emails = parsed.households.flatMap((h) => h.voters.flatMap((v) => (v.contact && "email" in v.contact ? [v.contact.email] : [])));
  const phones = parsed.households.flatMap((h) => h.voters.flatMap((v) => (v.contact && "phone" in v.contact ? [v.contact.phone] : [])));
  const accounts = await db.user.findMany({
    where: { role: "CITIZEN", disabled: false, OR: [{ email: { in: emails } }, { phone: { in: phones } }] },
    select: { id: true, email: true, phone: true },
  });
  const accountFor = (contact: { email: string } | { phone: string } | null) =>
    contact ? (accounts.find((a) => ("email" in contact ? a.email === contact.email : a.phone === contact.phone))?.id ?? null) : null;

  return write(async (tx) => {
    const areaId =
      "areaId" in target ? target.areaId : (await tx.residentArea.create({ data: { unitId, name: target.name, kind: target.kind }, select: { id: true } })).id;
    const existing = await tx.household.findMany({ where: { areaId }, select: { id: true, code: true, headName: true, active: true } });
    const byCode = new Map(existing.map((h) => [h.code, h]));
    const fresh = parsed.households.filter((h) => !byCode.has(h.code));
    if (fresh.length) await tx.household.createMany({ data: fresh.map((h) => ({ areaId, code: h.code, headName: h.headName })) });
    for (const h of parsed.households) {
      const old = byCode.get(h.code);
      if (old && (old.headName !== h.headName || !old.active)) await tx.household.update({ where: { id: old.id }, data: { headName: h.headName, active: true } });
    }
    const listed = parsed.households.map((h) => h.code);
    const { count: deactivated } = await tx.household.updateMany({ where: { areaId, active: true, code: { notIn: listed } }, data: { active: false } });
    const ids = new Map((await tx.household.findMany({ where: { areaId, code: { in: listed } }, select: { id: true, code: true } })).map((h) => [h.code, h.id]));
    await tx.householdVoter.deleteMany({ where: { householdId: { in: [...ids.values()] } } });
    const voters = parsed.households.flatMap((h) =>
      h.voters.map((v) => ({
        householdId: ids.get(h.code)!,
        name: v.name,
        contact: v.contact ? ("email" in v.contact ? v.contact.email : v.contact.phone) : null,
        userId: accountFor(v.contact),
      })),
    );
    if (voters.length) await tx.householdVoter.createMany({ data: voters });
    await tx.residentArea.update({ where: { id: areaId }, data: { importedAt: now } });
    const linked = voters.filter((v) => v.userId).length;
    await audit(tx, {
      actorId: officer.id,
      action: "HOUSEHOLD_REGISTER_IMPORTED",
      targetType: "ResidentArea",
      targetId: areaId,
      data: { households: parsed.households.length, voters: voters.length, linked, deactivated },
    });
    return { ok: true as const, areaId, households: parsed.households.length, voters: voters.length, linked, deactivated };
  });
}

/** The households a signed-in resident may vote for (they are a linked voter of), with their area. */
export async function householdsOfResident(userId: string) {
  return db.householdVoter.findMany({
    where: { userId, household: { active: true } },
    select: { household: { select: { id: true, code: true, headName: true, area: { select: { id: true, name: true, unitId: true } } } } },
  });
}

/** The communes and wards (where residents decide), for the public filters: about a hundred in a province. */
export async function communes() {
  return db.unit.findMany({ where: { active: true, level: { code: "COMMUNE" } }, select: { id: true, code: true, name: true }, orderBy: [{ sortOrder: "asc" }, { name: "asc" }] });
}
