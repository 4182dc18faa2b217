import type { ActionFunctionArgs } from "@remix-run/node";
import { requirePermission } from "~/modules/auth/guards.server";
import { completeCommitment } from "~/modules/dialogue/minutes.server";
import { staffScopeUnitIds } from "~/modules/units/units.server";
import { redirectWithToast } from "~/utils/toast.server";

/** Marks a commitment done (POST only; staff of the responsible unit). */
export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requirePermission(request, "case:read:unit");
  const done = await completeCommitment(params.id ?? "", await staffScopeUnitIds(user));
  return redirectWithToast("/desk", done ? { key: "dialogue.done.commitment", type: "success" } : { key: "dialogue.errors.commitmentGone", type: "error" });
}
