import { requirePermission } from "~/modules/auth/guards.server";
import { forbidden } from "~/utils/http.server";

/** A commune officer who runs its grassroots democracy (democracy:manage) and has a unit. */
export async function requireDemocracyDesk(request: Request) {
  const user = await requirePermission(request, "democracy:manage");
  if (!user.unitId || !user.unit) forbidden();
  return { ...user, unitId: user.unitId, unit: user.unit };
}
