import { roleHasPermission } from "../auth/roles";
import type { SessionUser } from "../auth/session.server";
import { forbidden, notFound } from "~/utils/http.server";
import { loadDossier, type LoadedDossier } from "./dossiers.server";
import type { DossierActor } from "./workflow";

type Staff = Pick<SessionUser, "id" | "role" | "unitId"> & { unit: { path: string } | null };

/** Staff who work on this dossier: the desk, the competent unit, a step's unit — or a leader above one of them (read only). */
export function staffMayRead(user: Staff, d: Pick<LoadedDossier, "deskUnit" | "unit" | "steps">): boolean {
  if (!user.unitId || !user.unit) return false;
  const units = [d.deskUnit, d.unit, ...d.steps.map((s) => s.unit)];
  if (units.some((u) => u.id === user.unitId)) return true;
  return roleHasPermission(user.role, "case:read:subtree") && units.some((u) => u.path.startsWith(user.unit!.path));
}

export function staffActor(user: Staff): DossierActor {
  return { kind: "staff", userId: user.id, role: user.role, unitId: user.unitId };
}

/** The dossier for a staff page: 404 if it does not exist, 403 for another unit's staff. */
export async function requireStaffDossier(user: Staff, id: string | undefined): Promise<LoadedDossier> {
  const d = id ? await loadDossier(id) : null;
  if (!d) notFound();
  if (!staffMayRead(user, d)) forbidden();
  return d;
}

/** The applicant's own dossier; anyone else's is a 404, like one that does not exist. */
export async function requireOwnDossier(user: Pick<SessionUser, "id">, id: string | undefined): Promise<LoadedDossier> {
  const d = id ? await loadDossier(id) : null;
  if (!d || d.citizenId !== user.id) notFound();
  return d;
}
